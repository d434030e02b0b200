import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { ExperienceReport } from '../../../../shared/api/paperwork-schemas';
import { fullKana, fullName } from '../../common/personName';
import { CsvButton } from './CsvButton';
import { yearReportTab } from './yearReportTab';

/** 体験利用: experience days per person in the year against the yearly cap. */
function ExperienceView({ data, from, to }: { data: ExperienceReport; from: string; to: string }) {
  const { t } = useTranslation();
  const { cap, rows } = data;
  return (
    <Stack spacing={2}>
      <Typography color="text.secondary">{t('reports.experience.intro', { cap })}</Typography>
      <CsvButton report="experience-usage" from={from} to={to} />
      {rows.length === 0 ? (
        <Typography>{t('reports.experience.empty')}</Typography>
      ) : (
        <Table size="small" aria-label={t('reports.tabs.experience')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('reports.experience.person')}</TableCell>
              <TableCell align="right">{t('reports.experience.stays')}</TableCell>
              <TableCell align="right">{t('reports.experience.days')}</TableCell>
              <TableCell align="right">{t('reports.experience.remaining')}</TableCell>
              <TableCell sx={{ width: '30%' }}>{t('reports.experience.usage')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.person.id}>
                <TableCell>
                  <Typography variant="body2">{fullName(row.person)}</Typography>
                  <Typography variant="caption" color="text.secondary">
                    {fullKana(row.person)}
                  </Typography>
                </TableCell>
                <TableCell align="right">{row.stays}</TableCell>
                <TableCell align="right">{`${row.days} / ${cap}`}</TableCell>
                <TableCell align="right">{row.remaining}</TableCell>
                <TableCell>
                  <LinearProgress
                    variant="determinate"
                    value={Math.min(100, (row.days / cap) * 100)}
                    color={row.remaining === 0 ? 'error' : 'primary'}
                    aria-label={`${fullName(row.person)} ${row.days} / ${cap}`}
                  />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Stack>
  );
}

export const ExperienceTab = yearReportTab('reports.experience', ExperienceView);
