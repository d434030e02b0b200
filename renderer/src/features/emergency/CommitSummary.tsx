import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ChannelOutput } from '../../../../shared/api/contract';
import type { Bed, Person } from '../../../../shared/domain/schemas';
import { fullName } from '../../common/personName';
import { useDateLabels } from '../../common/useDateLabels';
import { emergencySheetRoute } from '../readiness/emergencySheetRoute';
import { PrintButtons } from '../summary/PrintButtons';

interface CommitSummaryProps {
  result: ChannelOutput<'emergency.commit'>;
  person: Person;
  beds: readonly Bed[];
  onClose: () => void;
}

/**
 * What was done, and what the desk must do next: print the person's 緊急時情報シート for the
 * night staff, call the families, register the person.
 */
export function CommitSummary({ result, person, beds, onClose }: CommitSummaryProps) {
  const { t } = useTranslation();
  const { long } = useDateLabels();
  const bed = beds.find((b) => b.id === result.stay.bedId)?.name ?? '';
  const toCall = result.bumped.length + result.cutShort.length + result.shortened.length;
  return (
    <Stack spacing={2} data-testid="emergency-done">
      <Alert severity="success" icon={<CheckCircleIcon aria-hidden />} role="status">
        <AlertTitle>{t('emergency.done.title')}</AlertTitle>
        {t('emergency.done.body', {
          name: fullName(person),
          bed,
          range: t('date.range', { from: long(result.stay.start), to: long(result.stay.end) }),
        })}
      </Alert>
      <PrintButtons
        route={emergencySheetRoute(person.id)}
        printLabel={t('readiness.checklist.printSheet')}
        testId="emergency-print-sheet"
      />
      {toCall > 0 && (
        <Alert
          severity="warning"
          action={
            <Button component={Link} to="/contact" onClick={onClose} color="inherit">
              {t('emergency.done.toContact')}
            </Button>
          }
        >
          {t('emergency.done.callFamilies', {
            bumped: result.bumped.length,
            cutShort: result.cutShort.length,
            shortened: result.shortened.length,
          })}
        </Alert>
      )}
      {person.registration.status !== 'registered' && (
        <Alert severity="warning" data-testid="emergency-done-follow-up">
          {t('emergency.done.registerLater')}
        </Alert>
      )}
    </Stack>
  );
}
