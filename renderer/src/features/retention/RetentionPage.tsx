import DeleteForeverIcon from '@mui/icons-material/DeleteForever';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Container from '@mui/material/Container';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RetentionRow } from '../../../../shared/api/contract';
import { channelQuery } from '../../api/queries';
import { ErrorState } from '../../common/ErrorState';
import { LoadingState } from '../../common/LoadingState';
import { PageHeader } from '../../common/PageHeader';
import { fullKana, fullName } from '../../common/personName';
import { useDateLabels } from '../../common/useDateLabels';
import { EraseDialog, type Erased } from './EraseDialog';

/**
 * 保存期間 (manager): the persons whose retention period is over (shared/domain/retention.ts),
 * each with the date it is counted from and its last day, and a confirmed erase. The screen says
 * how the backups roll, since an erased person stays in the backups made before the erase until
 * they roll off (docs/retention.md).
 */
export function RetentionPage() {
  const { t } = useTranslation();
  const { long } = useDateLabels();
  const list = useQuery(channelQuery('retention.list', {}));
  const [erasing, setErasing] = useState<RetentionRow | null>(null);
  const [erased, setErased] = useState<Erased | null>(null);
  return (
    <Container maxWidth="lg" sx={{ py: 3 }} data-testid="retention-page">
      <Stack spacing={3}>
        <PageHeader
          title={t('retention.title')}
          subtitle={t('retention.subtitle', { years: list.data?.retentionYears ?? 5 })}
        />
        {list.isPending && <LoadingState />}
        {list.isError && <ErrorState error={list.error} onRetry={() => void list.refetch()} />}
        {list.isSuccess && (
          <>
            <Alert severity="info" data-testid="retention-rule">
              {t('retention.rule')}
            </Alert>
            <Alert severity="warning" data-testid="retention-backups">
              {t('retention.backups', {
                kept: list.data.backups.kept,
                interval: list.data.backups.intervalDays,
              })}
            </Alert>
            {erased && (
              <Alert
                severity="success"
                data-testid="retention-erased"
                onClose={() => setErased(null)}
              >
                {t('retention.erased', { name: erased.name, ...erased.counts })}
              </Alert>
            )}
            <Typography color="text.secondary">
              {t('retention.today', { date: long(list.data.today) })}
              {' · '}
              {t('retention.count', { count: list.data.persons.length })}
            </Typography>
            {list.data.persons.length === 0 ? (
              <Typography data-testid="retention-empty">{t('retention.empty')}</Typography>
            ) : (
              <TableContainer component={Paper}>
                <Table size="small" aria-label={t('retention.tableLabel')}>
                  <TableHead>
                    <TableRow>
                      <TableCell>{t('retention.column.name')}</TableCell>
                      <TableCell>{t('retention.column.basis')}</TableCell>
                      <TableCell>{t('retention.column.keptUntil')}</TableCell>
                      <TableCell align="right">{t('retention.column.stays')}</TableCell>
                      <TableCell>{t('retention.column.actions')}</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {list.data.persons.map((row) => (
                      <TableRow key={row.id} data-testid={`retention-row-${row.id}`}>
                        <TableCell>
                          <Typography>{fullName(row)}</Typography>
                          <Typography variant="body2" color="text.secondary">
                            {fullKana(row)}
                          </Typography>
                        </TableCell>
                        <TableCell>
                          {t(`retention.basis.${row.basis}`, { date: long(row.basisDate) })}
                        </TableCell>
                        <TableCell>{long(row.keptUntil)}</TableCell>
                        <TableCell align="right">
                          {t('retention.staysCount', { count: row.stays })}
                        </TableCell>
                        <TableCell>
                          <Button
                            color="error"
                            variant="outlined"
                            size="small"
                            startIcon={<DeleteForeverIcon aria-hidden />}
                            aria-label={t('retention.eraseLabel', { name: fullName(row) })}
                            onClick={() => setErasing(row)}
                            data-testid={`retention-erase-${row.id}`}
                          >
                            {t('retention.erase')}
                          </Button>
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </TableContainer>
            )}
            {erasing && (
              <EraseDialog
                row={erasing}
                backupsKept={list.data.backups.kept}
                onClose={() => setErasing(null)}
                onErased={(done) => {
                  setErasing(null);
                  setErased(done);
                }}
              />
            )}
          </>
        )}
      </Stack>
    </Container>
  );
}
