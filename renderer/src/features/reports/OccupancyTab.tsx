import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { BarChart } from '@mui/x-charts/BarChart';
import { useTranslation } from 'react-i18next';
import { occupancyRate } from '../../../../shared/reports/occupancy';
import type { OccupancyReport } from '../../../../shared/api/paperwork-schemas';
import { CsvButton } from './CsvButton';
import { yearReportTab } from './yearReportTab';

const percent = (rate: number) => Math.round(rate * 1000) / 10;

/** 稼働率: nights held per bed and month against nights open, as a table and a chart. */
function OccupancyView({ data, from, to }: { data: OccupancyReport; from: string; to: string }) {
  const { t } = useTranslation();
  const { months, beds, cells } = data;
  const cellOf = (bedId: string, month: string) =>
    cells.find((c) => c.bedId === bedId && c.month === month) ?? { nights: 0, available: 0 };
  const monthLabel = (m: string) =>
    t('reports.monthOption', { year: m.slice(0, 4), month: Number(m.slice(5)) });
  const byMonth = months.map((m) => occupancyRate(cells.filter((c) => c.month === m)));
  return (
    <Stack spacing={2}>
      <Typography color="text.secondary">{t('reports.occupancy.intro')}</Typography>
      <CsvButton report="occupancy" from={from} to={to} />
      <Box role="img" aria-label={t('reports.occupancy.chartLabel')} data-testid="occupancy-chart">
        <BarChart
          height={260}
          skipAnimation
          xAxis={[{ scaleType: 'band', data: months.map((m) => `${Number(m.slice(5))}月`) }]}
          yAxis={[{ min: 0, max: 100 }]}
          series={[
            {
              data: byMonth.map((r) => percent(r.rate)),
              label: t('reports.occupancy.chartSeries'),
            },
          ]}
        />
      </Box>
      <Box sx={{ overflowX: 'auto' }}>
        <Table size="small" aria-label={t('reports.tabs.occupancy')} data-testid="occupancy-table">
          <TableHead>
            <TableRow>
              <TableCell>{t('reports.occupancy.bed')}</TableCell>
              {months.map((m) => (
                <TableCell key={m} align="right" title={monthLabel(m)}>
                  {`${Number(m.slice(5))}月`}
                </TableCell>
              ))}
              <TableCell align="right">{t('reports.occupancy.rate')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {beds.map((bed) => {
              const total = occupancyRate(months.map((m) => cellOf(bed.id, m)));
              return (
                <TableRow key={bed.id}>
                  <TableCell component="th" scope="row">
                    {[bed.room, bed.name].filter(Boolean).join(' ')}
                  </TableCell>
                  {months.map((m) => {
                    const c = cellOf(bed.id, m);
                    return (
                      <TableCell key={m} align="right">
                        {t('reports.occupancy.cell', { nights: c.nights, available: c.available })}
                      </TableCell>
                    );
                  })}
                  <TableCell align="right">
                    {t('reports.occupancy.rateValue', { rate: percent(total.rate) })}
                  </TableCell>
                </TableRow>
              );
            })}
            <TableRow>
              <TableCell component="th" scope="row" sx={{ fontWeight: 'bold' }}>
                {t('reports.occupancy.total')}
              </TableCell>
              {byMonth.map((r, i) => (
                <TableCell key={months[i]} align="right" sx={{ fontWeight: 'bold' }}>
                  {t('reports.occupancy.rateValue', { rate: percent(r.rate) })}
                </TableCell>
              ))}
              <TableCell align="right" sx={{ fontWeight: 'bold' }} data-testid="occupancy-total">
                {t('reports.occupancy.rateValue', { rate: percent(occupancyRate(cells).rate) })}
              </TableCell>
            </TableRow>
          </TableBody>
        </Table>
      </Box>
    </Stack>
  );
}

export const OccupancyTab = yearReportTab('reports.occupancy', OccupancyView);
