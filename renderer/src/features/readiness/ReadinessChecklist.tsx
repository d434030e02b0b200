import CheckCircleIcon from '@mui/icons-material/CheckCircleOutlined';
import ErrorIcon from '@mui/icons-material/ErrorOutlined';
import Alert from '@mui/material/Alert';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import {
  personReadiness,
  READINESS_GAPS,
  type ReadinessGap,
} from '../../../../shared/domain/person-readiness';
import type { Person } from '../../../../shared/domain/schemas';
import { useDateLabels } from '../../common/useDateLabels';
import { todayInJapan } from '../../lib/calendar';
import { PrintButtons } from '../summary/PrintButtons';
import { emergencySheetRoute } from './emergencySheetRoute';
import { useGapTexts } from './useGapTexts';

/**
 * 緊急時の備え on the person record: the same checklist as the register's list
 * (shared/domain/person-readiness.ts), each item with what is on file or what is missing, and the
 * emergency information sheet one click away.
 */
export function ReadinessChecklist({ person }: { person: Person }) {
  const { t } = useTranslation();
  const { long } = useDateLabels();
  const texts = useGapTexts();
  const readiness = personReadiness(person, todayInJapan());
  const gaps = new Set(readiness.missing);
  const onFile = (gap: ReadinessGap): string => {
    switch (gap) {
      case 'contacts':
        return t('readiness.okDetail.contacts', { count: person.contacts?.length ?? 0 });
      case 'authorization':
        return readiness.authorization.state === 'current'
          ? t('readiness.okDetail.authorization', { date: long(readiness.authorization.ends) })
          : '';
      case 'consultationOffice':
        return t('readiness.okDetail.consultationOffice', {
          office: person.consultationOffice?.office ?? '',
        });
      case 'careNotes':
        return t('readiness.okDetail.careNotes');
      case 'review':
        return t('readiness.okDetail.review', {
          date: long(person.registration.reviewDate ?? ''),
        });
    }
  };
  return (
    <Stack spacing={1} data-testid="readiness-checklist">
      <Alert severity={gaps.size === 0 ? 'success' : 'warning'} data-testid="readiness-summary">
        {gaps.size === 0
          ? t('readiness.checklist.ready')
          : t('readiness.checklist.notReady', { count: gaps.size })}
      </Alert>
      <List dense disablePadding>
        {READINESS_GAPS.map((gap) => {
          const missing = gaps.has(gap);
          return (
            <ListItem
              key={gap}
              disableGutters
              data-testid={`readiness-item-${gap}`}
              data-missing={String(missing)}
            >
              <ListItemIcon sx={{ minWidth: 32 }}>
                {missing ? (
                  <ErrorIcon color="error" aria-hidden />
                ) : (
                  <CheckCircleIcon color="success" aria-hidden />
                )}
              </ListItemIcon>
              <ListItemText
                primary={texts.label(gap)}
                secondary={missing ? texts.missing(gap, readiness, person) : onFile(gap)}
                slotProps={{
                  secondary: { color: missing ? 'error' : 'text.secondary' },
                }}
              />
            </ListItem>
          );
        })}
      </List>
      <PrintButtons
        route={emergencySheetRoute(person.id)}
        printLabel={t('readiness.checklist.printSheet')}
        testId="print-emergency-sheet"
      />
    </Stack>
  );
}
