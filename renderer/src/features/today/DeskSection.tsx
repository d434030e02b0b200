import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonName } from '../../../../shared/api/contract';
import type { Bed, Stay } from '../../../../shared/domain/schemas';
import type { DeskAction } from './deskActions';
import { DeskStayRow } from './DeskStayRow';

interface DeskSectionProps {
  title: string;
  testId: string;
  stays: Stay[];
  persons: ReadonlyMap<string, PersonName>;
  beds: readonly Bed[];
  actionFor: (stay: Stay) => DeskAction;
  busy: boolean;
  onAction: (stay: Stay, action: Exclude<DeskAction, null>) => void;
  onOpen: (stay: Stay) => void;
  /** The day a row records facts for (本日の記録), null when it has none. */
  dayFor: (stay: Stay) => string | null;
  onRecordDay: (stay: Stay, date: string) => void;
}

export function DeskSection({
  title,
  testId,
  stays,
  persons,
  beds,
  actionFor,
  busy,
  onAction,
  onOpen,
  dayFor,
  onRecordDay,
}: DeskSectionProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <Paper component="section" aria-labelledby={id} sx={{ p: 2 }} data-testid={testId}>
      <Typography id={id} variant="h6" component="h2">
        {title}
        <Typography component="span" color="text.secondary" sx={{ ml: 1 }}>
          {t('today.count', { count: stays.length })}
        </Typography>
      </Typography>
      {stays.length === 0 ? (
        <Typography color="text.secondary">{t('today.none')}</Typography>
      ) : (
        // Fixed columns, so the five tables of the page line up one under the other.
        <Table size="small" aria-labelledby={id} sx={{ tableLayout: 'fixed' }}>
          <TableHead>
            <TableRow>
              <TableCell sx={{ width: '26%' }}>{t('today.person')}</TableCell>
              <TableCell sx={{ width: '12%' }}>{t('today.bed')}</TableCell>
              <TableCell sx={{ width: '12%' }}>{t('today.kind')}</TableCell>
              <TableCell sx={{ width: '22%' }}>{t('today.dates')}</TableCell>
              <TableCell sx={{ width: '12%' }}>{t('today.status')}</TableCell>
              <TableCell sx={{ width: '16%' }} align="right">
                {t('today.action')}
              </TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {stays.map((stay) => {
              const day = dayFor(stay);
              return (
                <DeskStayRow
                  key={stay.id}
                  {...(day ? { onRecordDay: () => onRecordDay(stay, day) } : {})}
                  stay={stay}
                  person={persons.get(stay.personId)}
                  bed={beds.find((b) => b.id === stay.bedId)}
                  action={actionFor(stay)}
                  busy={busy}
                  onAction={onAction}
                  onOpen={onOpen}
                />
              );
            })}
          </TableBody>
        </Table>
      )}
    </Paper>
  );
}
