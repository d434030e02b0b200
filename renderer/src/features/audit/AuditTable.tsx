import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../../shared/domain/schemas';
import { useDateLabels } from '../../common/useDateLabels';
import { japanDateAndTime } from '../stay/historyTime';

const COLUMNS = ['at', 'actor', 'action', 'entity', 'fields'] as const;

/** One page of the trail: when, who (by name, with the staff id), what was done to which record. */
export function AuditTable({ entries }: { entries: readonly AuditEntry[] }) {
  const { t } = useTranslation();
  const { long } = useDateLabels();
  // Keys cannot hold dots: 'stay.checkIn' is looked up as 'stay_checkIn'; the stay's own words
  // (its history) name its actions, an action not named anywhere shows as it is stored.
  const actionLabel = (action: string) => {
    const key = action.replaceAll('.', '_');
    return t(`audit.actions.${key}`, {
      defaultValue: t(`stay.history.actions.${key}`, { defaultValue: action }),
    });
  };
  // A sign-in attempt is made before anyone is signed in; the app's own work is nobody's.
  const actorLabel = (entry: AuditEntry) =>
    entry.actor === 'signed-out'
      ? t('audit.signedOut')
      : entry.actor === 'system'
        ? t('audit.system')
        : (entry.actorName ?? entry.actor);
  return (
    <TableContainer component={Paper}>
      <Table size="small" aria-label={t('audit.title')} data-testid="audit-table">
        <TableHead>
          <TableRow>
            {COLUMNS.map((column) => (
              <TableCell key={column} component="th" scope="col">
                {t(`audit.columns.${column}`)}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {entries.length === 0 && (
            <TableRow>
              <TableCell colSpan={COLUMNS.length}>{t('audit.empty')}</TableCell>
            </TableRow>
          )}
          {entries.map((entry, i) => {
            const { date, time } = japanDateAndTime(entry.at);
            const facts = Object.entries(entry.facts ?? {})
              .map(([key, value]) => `${key}=${value === null ? '' : String(value)}`)
              .join(' ');
            return (
              <TableRow key={`${entry.at}-${i}`} data-testid="audit-row" data-action={entry.action}>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  {long(date)} {time}
                </TableCell>
                <TableCell data-testid="audit-actor">{actorLabel(entry)}</TableCell>
                <TableCell>{actionLabel(entry.action)}</TableCell>
                <TableCell>
                  {t(`audit.entities.${entry.entity}`)}
                  {entry.entityId !== undefined && (
                    <code style={{ marginLeft: 8, fontSize: '0.8em' }}>{entry.entityId}</code>
                  )}
                </TableCell>
                <TableCell>
                  {[(entry.fields ?? []).join('・'), facts].filter(Boolean).join(' ')}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
