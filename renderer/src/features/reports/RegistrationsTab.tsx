import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { RegistrationReport } from '../../../../shared/api/paperwork-schemas';
import { fullKana, fullName } from '../../common/personName';
import { useDateLabels } from '../../common/useDateLabels';
import { CsvButton } from './CsvButton';
import { yearReportTab } from './yearReportTab';

const COUNTS = ['registered', 'newInPeriod', 'pending', 'ended'] as const;

/** 事前登録: the counts of the year and every person's registration. */
function RegistrationsView({
  data,
  from,
  to,
}: {
  data: RegistrationReport;
  from: string;
  to: string;
}) {
  const { t } = useTranslation();
  const { long } = useDateLabels();
  const { counts, rows } = data;
  const date = (d: string | undefined) => (d ? long(d) : '—');
  return (
    <Stack spacing={2}>
      <Typography color="text.secondary">{t('reports.registrations.intro')}</Typography>
      <CsvButton report="registrations" from={from} to={to} />
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
        {COUNTS.map((key) => (
          <Chip key={key} label={`${t(`reports.registrations.${key}`)} ${counts[key]}`} />
        ))}
      </Stack>
      <Table size="small" aria-label={t('reports.tabs.registrations')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('reports.registrations.person')}</TableCell>
            <TableCell>{t('reports.registrations.status')}</TableCell>
            <TableCell>{t('reports.registrations.registeredOn')}</TableCell>
            <TableCell>{t('reports.registrations.reviewDate')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.person.id}>
              <TableCell>
                {fullName(row.person)}
                <Typography variant="caption" color="text.secondary" sx={{ ml: 1 }}>
                  {fullKana(row.person)}
                </Typography>
              </TableCell>
              <TableCell>{t(`reports.registrations.statuses.${row.status}`)}</TableCell>
              <TableCell>{date(row.registeredOn)}</TableCell>
              <TableCell>{date(row.reviewDate)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Stack>
  );
}

export const RegistrationsTab = yearReportTab('reports.registrations', RegistrationsView);
