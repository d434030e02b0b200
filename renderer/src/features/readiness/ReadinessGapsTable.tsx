import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { ChannelOutput } from '../../../../shared/api/contract';
import { useDateLabels } from '../../common/useDateLabels';
import { useGapTexts } from './useGapTexts';

type ReadinessRow = ChannelOutput<'persons.readiness'>[number];

/**
 * 利用者台帳's readiness list: the registered persons with gaps, most urgent first, each gap a
 * red chip, so the coordinator can be asked to fill them. The rows come sorted from the service.
 */
export function ReadinessGapsTable({ rows }: { rows: readonly ReadinessRow[] }) {
  const { t } = useTranslation();
  const { long } = useDateLabels();
  const texts = useGapTexts();
  return (
    <Stack spacing={1}>
      <Typography variant="body2">{t('readiness.list.intro')}</Typography>
      <TableContainer component={Paper} variant="outlined">
        <Table size="small" aria-label={t('readiness.list.label')} data-testid="readiness-list">
          <TableHead>
            <TableRow>
              <TableCell>{t('readiness.list.column.name')}</TableCell>
              <TableCell>{t('readiness.list.column.missing')}</TableCell>
              <TableCell>{t('readiness.list.column.authorization')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.length === 0 && (
              <TableRow>
                <TableCell colSpan={3}>{t('readiness.list.none')}</TableCell>
              </TableRow>
            )}
            {rows.map((row) => (
              <TableRow key={row.personId} hover data-testid={`readiness-row-${row.personId}`}>
                <TableCell>
                  <Link component={RouterLink} to={`/persons/${row.personId}#readiness`}>
                    {row.name}
                  </Link>
                  <Typography variant="caption" component="div" color="text.secondary">
                    {row.nameKana}
                  </Typography>
                </TableCell>
                <TableCell>
                  <Stack direction="row" spacing={0.5} sx={{ flexWrap: 'wrap', rowGap: 0.5 }}>
                    {row.missing.map((gap) => (
                      <Chip
                        key={gap}
                        size="small"
                        color="error"
                        variant="outlined"
                        label={texts.label(gap)}
                        data-testid={`gap-${gap}`}
                      />
                    ))}
                  </Stack>
                </TableCell>
                <TableCell>
                  {row.authorizationEnds
                    ? long(row.authorizationEnds)
                    : t('readiness.list.noAuthorization')}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </Stack>
  );
}
