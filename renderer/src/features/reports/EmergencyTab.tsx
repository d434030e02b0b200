import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { EmergencyReport } from '../../../../shared/api/paperwork-schemas';
import { fullName } from '../../common/personName';
import { useDateLabels } from '../../common/useDateLabels';
import { CsvButton } from './CsvButton';
import { yearReportTab } from './yearReportTab';

/** 緊急受入: each emergency begun in the year, why and who asked, and what gave way to it. */
function EmergencyView({ data, from, to }: { data: EmergencyReport; from: string; to: string }) {
  const { t } = useTranslation();
  const { dayHeader } = useDateLabels();
  const nameOf = (p: { familyName: string; givenName: string } | null) =>
    p ? fullName(p) : t('reports.unknownPerson');
  return (
    <Stack spacing={2}>
      <Typography color="text.secondary">{t('reports.emergencies.intro')}</Typography>
      <CsvButton report="emergencies" from={from} to={to} />
      {data.entries.length === 0 ? (
        <Typography>{t('reports.emergencies.empty')}</Typography>
      ) : (
        <Table size="small" aria-label={t('reports.tabs.emergencies')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('reports.emergencies.start')}</TableCell>
              <TableCell>{t('reports.emergencies.person')}</TableCell>
              <TableCell>{t('reports.emergencies.reason')}</TableCell>
              <TableCell>{t('reports.emergencies.requestedBy')}</TableCell>
              <TableCell align="right">{t('reports.emergencies.days')}</TableCell>
              <TableCell align="right">{t('reports.emergencies.addOn')}</TableCell>
              <TableCell>{t('reports.emergencies.displaced')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {data.entries.map((e) => (
              <TableRow key={e.stayId} data-testid={`emergency-log-${e.stayId}`}>
                <TableCell>
                  {t('date.range', { from: dayHeader(e.start), to: dayHeader(e.end) })}
                </TableCell>
                <TableCell>{nameOf(e.person)}</TableCell>
                <TableCell>
                  {e.reason
                    ? [t(`emergency.intake.reasons.${e.reason}`), e.reasonText]
                        .filter(Boolean)
                        .join('：')
                    : t('reports.emergencies.unrecorded')}
                </TableCell>
                <TableCell>
                  {e.requestedBy
                    ? t(`emergency.intake.requesters.${e.requestedBy}`)
                    : t('reports.emergencies.unrecorded')}
                </TableCell>
                <TableCell align="right">{e.days}</TableCell>
                <TableCell align="right">{e.addOnDays}</TableCell>
                <TableCell>
                  {e.displaced.length === 0
                    ? t('reports.emergencies.none')
                    : e.displaced.map((d) => (
                        <div key={d.stayId}>
                          {t('reports.emergencies.displacedLine', {
                            name: nameOf(d.person),
                            effect: t(`reports.emergencies.effect.${d.effect}`),
                            outcome: t(`reports.emergencies.outcome.${d.outcome}`),
                          })}
                        </div>
                      ))}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Stack>
  );
}

export const EmergencyTab = yearReportTab('reports.emergencies', EmergencyView);
