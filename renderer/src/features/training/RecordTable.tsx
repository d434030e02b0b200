import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { stayDates } from '../../../../shared/domain/dates';
import type { TrainingRecord } from '../../../../shared/domain/schemas';
import { useDateLabels } from '../../common/useDateLabels';
import { RecordAuthor } from './RecordAuthor';
import { RecordHistory } from './RecordHistory';
import { useLevelLabel } from './useLevelWord';

interface RecordTableProps {
  start: string;
  end: string;
  domains: readonly string[];
  domainLabel: (domain: string) => string;
  records: readonly TrainingRecord[];
  /** The names of the records' authors by staff id (summary.get's `authors`). */
  authors: Readonly<Record<string, string>>;
}

/**
 * Day × domain: the level in number and word, what was practised and the note, who wrote it and
 * whether it was corrected (its earlier versions listed under it), per cell.
 */
export function RecordTable(props: RecordTableProps) {
  const { start, end, domains, domainLabel, records, authors } = props;
  const { t } = useTranslation();
  const { dayHeader } = useDateLabels();
  const levelLabel = useLevelLabel();
  const byKey = new Map(records.map((r) => [`${r.date}|${r.domain}`, r]));
  return (
    <TableContainer>
      <Table size="small" aria-label={t('training.record.tableLabel')} data-testid="record-table">
        <TableHead>
          <TableRow>
            <TableCell component="th" scope="col">
              {t('training.record.date')}
            </TableCell>
            {domains.map((domain) => (
              <TableCell key={domain} component="th" scope="col">
                {domainLabel(domain)}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {stayDates(start, end).map((date) => (
            <TableRow key={date}>
              <TableCell component="th" scope="row" sx={{ whiteSpace: 'nowrap' }}>
                {dayHeader(date)}
              </TableCell>
              {domains.map((domain) => {
                const record = byKey.get(`${date}|${domain}`);
                return (
                  <TableCell key={domain} data-testid={`cell-${date}-${domain}`}>
                    {record ? (
                      <>
                        <Typography variant="body2" sx={{ fontWeight: 700 }}>
                          {levelLabel(record.level)}
                        </Typography>
                        {record.activity && (
                          <Typography variant="body2">{record.activity}</Typography>
                        )}
                        {record.note && (
                          <Typography variant="body2" color="text.secondary">
                            {record.note}
                          </Typography>
                        )}
                        <RecordAuthor
                          record={record}
                          names={authors}
                          testId={`cell-${date}-${domain}`}
                        />
                        <RecordHistory history={record.history ?? []} names={authors} />
                      </>
                    ) : (
                      t('training.record.noRecord')
                    )}
                  </TableCell>
                );
              })}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
