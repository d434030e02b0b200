import DownloadIcon from '@mui/icons-material/Download';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Container from '@mui/material/Container';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { channelQuery } from '../../api/queries';
import { DateField } from '../../common/dates/DateField';
import { ErrorState } from '../../common/ErrorState';
import { LoadingState } from '../../common/LoadingState';
import { PageHeader } from '../../common/PageHeader';
import { todayInJapan } from '../../lib/calendar';
import { PersonPicker, type PickedPerson } from '../persons/PersonPicker';
import { AuditTable } from './AuditTable';
import {
  AUDIT_ENTITIES,
  AUDIT_PAGE_SIZE,
  auditFilterInput,
  auditPageInput,
  defaultAuditFilter,
  periodComplete,
  type AuditFilterValues,
} from './auditFilter';
import { downloadCsv } from './downloadCsv';

/**
 * 監査ログ (manager): who did what and when, filtered by period, staff member, person and kind of
 * record, a page at a time, and the same selection as a CSV file for Excel. Entries name what
 * changed, never the values, so the screen and the file hold no personal data.
 */
export function AuditPage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState(() => defaultAuditFilter(todayInJapan()));
  const [person, setPerson] = useState<PickedPerson | null>(null);
  const [page, setPage] = useState(0);
  const change = (changes: Partial<AuditFilterValues>) => {
    setFilter((f) => ({ ...f, ...changes }));
    setPage(0);
  };
  const complete = periodComplete(filter);
  const entries = useQuery({
    ...channelQuery('audit.list', complete ? auditPageInput(filter, page) : null),
    placeholderData: keepPreviousData,
  });
  const staff = useQuery(channelQuery('staff.list', {}));
  const exportCsv = useMutation({
    mutationFn: () => call('audit.csv', auditFilterInput(filter)),
    onSuccess: ({ fileName, text }) => downloadCsv(fileName, text),
  });
  const rows = entries.data ?? [];
  return (
    <Container maxWidth="xl" sx={{ py: 3 }} data-testid="audit-page">
      <Stack spacing={3}>
        <PageHeader
          title={t('audit.title')}
          subtitle={t('audit.subtitle')}
          actions={
            <Button
              variant="outlined"
              startIcon={<DownloadIcon aria-hidden />}
              disabled={!complete || exportCsv.isPending}
              onClick={() => exportCsv.mutate()}
              data-testid="audit-csv"
            >
              {t('audit.csv')}
            </Button>
          }
        />
        <Paper sx={{ p: 2 }} component="section" aria-label={t('audit.filters')}>
          <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
            <DateField
              label={t('audit.from')}
              value={filter.from}
              onChange={(from) => change({ from })}
              size="small"
              testId="audit-from"
            />
            <DateField
              label={t('audit.to')}
              value={filter.to}
              onChange={(to) => change({ to })}
              size="small"
              testId="audit-to"
            />
            <TextField
              select
              size="small"
              label={t('audit.staff')}
              value={filter.staffId}
              onChange={(e) => change({ staffId: e.target.value })}
              sx={{ minWidth: 180 }}
              slotProps={{ htmlInput: { 'data-testid': 'audit-staff' } }}
            >
              <MenuItem value="">{t('audit.anyone')}</MenuItem>
              {(staff.data ?? []).map((s) => (
                <MenuItem key={s.id} value={s.id}>
                  {s.name}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              select
              size="small"
              label={t('audit.entity')}
              value={filter.entity}
              onChange={(e) => change({ entity: e.target.value as AuditFilterValues['entity'] })}
              sx={{ minWidth: 180 }}
              slotProps={{ htmlInput: { 'data-testid': 'audit-entity' } }}
            >
              <MenuItem value="">{t('audit.anyKind')}</MenuItem>
              {AUDIT_ENTITIES.map((entity) => (
                <MenuItem key={entity} value={entity}>
                  {t(`audit.entities.${entity}`)}
                </MenuItem>
              ))}
            </TextField>
            <Stack sx={{ minWidth: 260 }}>
              <PersonPicker
                value={person}
                onChange={(picked) => {
                  setPerson(picked);
                  change({ personId: picked?.id ?? '' });
                }}
                label={t('audit.person')}
                hint={t('audit.personHint')}
                noneFound={t('audit.noPerson')}
                testId="audit-person"
              />
            </Stack>
          </Stack>
          {!complete && (
            <Alert severity="warning" sx={{ mt: 2 }}>
              {t('audit.periodIncomplete')}
            </Alert>
          )}
        </Paper>
        {exportCsv.isError && <ErrorState error={exportCsv.error} />}
        {exportCsv.isSuccess && (
          <Alert severity="success" data-testid="audit-csv-done">
            {t('audit.csvDone', { count: exportCsv.data.rows, file: exportCsv.data.fileName })}
          </Alert>
        )}
        {entries.isError ? (
          <ErrorState error={entries.error} onRetry={() => void entries.refetch()} />
        ) : entries.isPending && complete ? (
          <LoadingState />
        ) : (
          <>
            <AuditTable entries={rows} />
            <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
              <Button
                disabled={page === 0}
                onClick={() => setPage((p) => p - 1)}
                data-testid="audit-previous"
              >
                {t('audit.previous')}
              </Button>
              <Typography data-testid="audit-page-label">
                {t('audit.pageLabel', {
                  from: rows.length === 0 ? 0 : page * AUDIT_PAGE_SIZE + 1,
                  to: page * AUDIT_PAGE_SIZE + rows.length,
                })}
              </Typography>
              <Button
                disabled={rows.length < AUDIT_PAGE_SIZE}
                onClick={() => setPage((p) => p + 1)}
                data-testid="audit-next"
              >
                {t('audit.next')}
              </Button>
            </Stack>
          </>
        )}
      </Stack>
    </Container>
  );
}
