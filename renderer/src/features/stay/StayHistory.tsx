import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../../shared/domain/schemas';
import { stayStatusSchema } from '../../../../shared/domain/schemas';
import { ErrorState } from '../../common/ErrorState';
import { LoadingState } from '../../common/LoadingState';
import { useDateLabels } from '../../common/useDateLabels';
import { japanDateAndTime } from './historyTime';
import { useStayHistory } from './useStayHistory';

/** A status fact (`from`, `to`, `status`) in words; unknown values are shown as they are. */
function useStatusLabel() {
  const { t } = useTranslation();
  return (value: unknown) => {
    const parsed = stayStatusSchema.safeParse(value);
    return parsed.success ? t(`stayStatus.${parsed.data}`) : String(value);
  };
}

function HistoryLine({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const { long } = useDateLabels();
  const statusLabel = useStatusLabel();
  const { date, time } = japanDateAndTime(entry.at);
  const facts = entry.facts ?? {};
  const fields = (entry.fields ?? [])
    .filter((f) => f !== 'updatedAt' && !(f === 'status' && facts.to !== undefined))
    .map((f) => t(`stay.history.fields.${f}`, { defaultValue: f }));
  const details: string[] = [];
  if (facts.from !== undefined && facts.to !== undefined) {
    details.push(
      t('stay.history.transition', { from: statusLabel(facts.from), to: statusLabel(facts.to) }),
    );
  }
  if (typeof facts.date === 'string')
    details.push(t('stay.history.day', { date: long(facts.date) }));
  if (fields.length > 0) details.push(t('stay.history.changed', { fields: fields.join('・') }));
  if (typeof facts.overrides === 'string' && facts.overrides !== '') {
    details.push(t('stay.history.overridden', { rules: facts.overrides }));
  }
  return (
    <ListItem disableGutters data-testid="stay-history-entry" data-action={entry.action}>
      <ListItemText
        primary={
          // Keys cannot hold dots: 'stay.checkIn' is looked up as 'stay_checkIn'.
          t(`stay.history.actions.${entry.action.replaceAll('.', '_')}`, {
            defaultValue: entry.action,
          })
        }
        secondary={
          <>
            {t('stay.history.when', {
              date: long(date),
              time,
              // The staff member's name as they were when they acted; older entries name the
              // computer's account, as they were written.
              actor: entry.actorName ?? entry.actor,
            })}
            {details.map((d) => (
              <span key={d} style={{ display: 'block' }}>
                {d}
              </span>
            ))}
          </>
        }
      />
    </ListItem>
  );
}

/** Who did what to the stay, and when, newest first. */
export function StayHistory({ stayId }: { stayId: string }) {
  const { t } = useTranslation();
  const history = useStayHistory(stayId);
  if (history.isPending) return <LoadingState />;
  if (history.isError)
    return <ErrorState error={history.error} onRetry={() => void history.refetch()} />;
  if (history.data.length === 0) {
    return <Typography variant="body2">{t('stay.history.empty')}</Typography>;
  }
  return (
    <List dense data-testid="stay-history">
      {history.data.map((entry, i) => (
        <HistoryLine key={`${entry.at}-${i}`} entry={entry} />
      ))}
    </List>
  );
}
