import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import { useTranslation } from 'react-i18next';
import type { MonthRecord } from '../../../../shared/api/paperwork-schemas';
import { fullName } from '../../common/personName';
import { useCheckText } from './useCheckText';

/**
 * The check before printing: every finding of the month's records, per guest, once the
 * facility-wide ones (the 事業所番号) are said once.
 */
export function RecordChecks({ records }: { records: readonly MonthRecord[] }) {
  const { t } = useTranslation();
  const text = useCheckText();
  const facilityWide = records
    .flatMap((r) => r.checks)
    .find((c) => c.code === 'NO_PROVIDER_NUMBER');
  const lines = records.flatMap((record) =>
    record.checks
      .filter((c) => c.code !== 'NO_PROVIDER_NUMBER')
      .map((check, i) => ({
        key: `${record.person.id}-${i}`,
        text: t('records.checkLine', { name: fullName(record.person), text: text(check) }),
      })),
  );
  if (!facilityWide && lines.length === 0) {
    return (
      <Alert severity="success" data-testid="record-checks">
        {t('records.checksNone')}
      </Alert>
    );
  }
  return (
    <Alert severity="warning" data-testid="record-checks">
      <AlertTitle>{t('records.checksTitle')}</AlertTitle>
      {facilityWide && <div>{text(facilityWide)}</div>}
      {lines.map((line) => (
        <div key={line.key} data-testid="record-check">
          {line.text}
        </div>
      ))}
    </Alert>
  );
}
