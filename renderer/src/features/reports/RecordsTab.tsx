import PrintIcon from '@mui/icons-material/Print';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { MonthRecord } from '../../../../shared/api/paperwork-schemas';
import { monthRange } from '../../../../shared/paperwork/days-of-use';
import { channelQuery } from '../../api/queries';
import { ErrorState } from '../../common/ErrorState';
import { LoadingState } from '../../common/LoadingState';
import { fullKana, fullName } from '../../common/personName';
import { RecordChecks } from '../records/RecordChecks';
import { PrintButtons } from '../summary/PrintButtons';
import { usePrintRoute } from '../summary/usePrintRoute';
import { CsvButton } from './CsvButton';
import { monthChoices } from './reportPeriod';

function RecordRow({ record }: { record: MonthRecord }) {
  const { t } = useTranslation();
  const { preview } = usePrintRoute(`/print/records/${record.month}/${record.person.id}`);
  const { totals } = record;
  const unsaved = record.days.filter((d) => !d.saved).length;
  const name = fullName(record.person);
  return (
    <TableRow data-testid={`records-row-${record.person.id}`}>
      <TableCell>
        <Typography variant="body2" sx={{ fontWeight: 'bold' }}>
          {name}
        </Typography>
        <Typography variant="caption" color="text.secondary">
          {fullKana(record.person)}
        </Typography>
      </TableCell>
      <TableCell>{record.person.certificateNumber ?? '—'}</TableCell>
      <TableCell align="right">
        {totals.days}
        {record.allowance !== null && ` / ${record.allowance}`}
        {unsaved > 0 && (
          <Typography variant="caption" color="text.secondary" component="div">
            {t('reports.records.unsavedDays', { count: unsaved })}
          </Typography>
        )}
      </TableCell>
      <TableCell align="right">{`${totals.pickups} / ${totals.dropoffs}`}</TableCell>
      <TableCell align="right">{`${totals.breakfasts} / ${totals.lunches} / ${totals.dinners}`}</TableCell>
      <TableCell align="right">{totals.emergencyAddOnDays}</TableCell>
      <TableCell align="right">
        {record.checks.length === 0
          ? t('reports.records.ok')
          : t('reports.records.checksCount', { count: record.checks.length })}
      </TableCell>
      <TableCell align="right">
        <IconButton
          size="small"
          disabled={record.days.length === 0 || preview.isPending}
          onClick={() => preview.mutate()}
          aria-label={`${name} ${t('reports.records.print')}`}
          data-testid={`records-print-${record.person.id}`}
        >
          <PrintIcon />
        </IconButton>
      </TableCell>
    </TableRow>
  );
}

/** 実績記録票: the month's guests with their totals, the check before printing, print and CSV. */
export function RecordsTab({
  month,
  today,
  onMonth,
}: {
  month: string;
  today: string;
  onMonth: (month: string) => void;
}) {
  const { t } = useTranslation();
  const records = useQuery(channelQuery('records.monthAll', { month }));
  const { from, to } = monthRange(month);
  return (
    <Stack spacing={2}>
      <Typography color="text.secondary">{t('reports.records.intro')}</Typography>
      <Stack
        direction="row"
        spacing={2}
        sx={{ alignItems: 'flex-start', flexWrap: 'wrap', rowGap: 2 }}
      >
        <TextField
          select
          size="small"
          label={t('reports.month')}
          value={month}
          onChange={(e) => onMonth(e.target.value)}
          sx={{ minWidth: 160 }}
          slotProps={{ htmlInput: { 'data-testid': 'records-month' } }}
        >
          {monthChoices(today).map((m) => (
            <MenuItem key={m} value={m}>
              {t('reports.monthOption', { year: m.slice(0, 4), month: Number(m.slice(5)) })}
            </MenuItem>
          ))}
        </TextField>
        <PrintButtons
          route={`/print/records/${month}`}
          printLabel={t('reports.records.printAll')}
          testId="records-print-all"
        />
        <CsvButton report="monthly-records" from={from} to={to} />
      </Stack>
      {records.isPending && <LoadingState />}
      {records.isError && (
        <ErrorState error={records.error} onRetry={() => void records.refetch()} />
      )}
      {records.data && (
        <>
          <RecordChecks records={records.data} />
          {records.data.length === 0 ? (
            <Typography>{t('records.empty')}</Typography>
          ) : (
            <Table size="small" aria-label={t('reports.tabs.records')}>
              <TableHead>
                <TableRow>
                  <TableCell>{t('reports.records.person')}</TableCell>
                  <TableCell>{t('reports.records.certificate')}</TableCell>
                  <TableCell align="right">{t('reports.records.days')}</TableCell>
                  <TableCell align="right">{t('reports.records.transport')}</TableCell>
                  <TableCell align="right">{t('reports.records.meals')}</TableCell>
                  <TableCell align="right">{t('reports.records.addOn')}</TableCell>
                  <TableCell align="right">{t('reports.records.checks')}</TableCell>
                  <TableCell align="right">{t('reports.records.actions')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {records.data.map((record) => (
                  <RecordRow key={record.person.id} record={record} />
                ))}
              </TableBody>
            </Table>
          )}
        </>
      )}
    </Stack>
  );
}
