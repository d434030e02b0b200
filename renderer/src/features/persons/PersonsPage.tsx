import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import FormControlLabel from '@mui/material/FormControlLabel';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tabs from '@mui/material/Tabs';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import WarningIcon from '@mui/icons-material/WarningAmber';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { todayInJapan } from '../../../../shared/domain/dates';
import { registrationStatusSchema } from '../../../../shared/domain/schemas';
import { ErrorState } from '../../common/ErrorState';
import { LoadingState } from '../../common/LoadingState';
import { useDateLabels } from '../../common/useDateLabels';
import {
  authorizationSummary,
  filterPersons,
  NO_FILTER,
  type PersonListFilter,
} from './personListFilter';
import { usePersonList } from './usePersonList';
import { ReadinessGapsTable } from '../readiness/ReadinessGapsTable';
import { useReadinessList } from '../readiness/useReadinessList';
import { fullName } from '../../common/personName';

/**
 * 利用者台帳: the register, searched by name or kana, filtered, in 五十音 order; its second tab
 * lists the registered persons whose record lacks what an emergency needs (docs/readiness.md).
 */
export function PersonsPage() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<'all' | 'readiness'>('all');
  const readiness = useReadinessList();

  return (
    <Box sx={{ p: 2, maxWidth: 1200, mx: 'auto' }}>
      <Stack direction="row" sx={{ alignItems: 'center', mb: 2 }}>
        <Typography variant="h5" component="h1" sx={{ flexGrow: 1 }}>
          {t('persons.title')}
        </Typography>
        <Button
          component={RouterLink}
          to="/persons/new"
          variant="contained"
          startIcon={<PersonAddIcon />}
        >
          {t('persons.newPerson')}
        </Button>
      </Stack>
      <Tabs value={tab} onChange={(_e, value: typeof tab) => setTab(value)} sx={{ mb: 2 }}>
        <Tab value="all" label={t('readiness.list.tabAll')} />
        <Tab
          value="readiness"
          label={t('readiness.list.tabGaps', { count: readiness.data?.length ?? 0 })}
          data-testid="readiness-tab"
        />
      </Tabs>
      {/* The register stays mounted behind the other tab, so its search is kept. */}
      <Box hidden={tab !== 'all'}>
        <PersonsRegister />
      </Box>
      {tab === 'readiness' &&
        (readiness.isPending ? (
          <LoadingState />
        ) : readiness.isError ? (
          <ErrorState error={readiness.error} onRetry={() => void readiness.refetch()} />
        ) : (
          <ReadinessGapsTable rows={readiness.data} />
        ))}
    </Box>
  );
}

/** The register's first tab: search, filters and the list. */
function PersonsRegister() {
  const { t } = useTranslation();
  const { long } = useDateLabels();
  const [text, setText] = useState('');
  const [filter, setFilter] = useState<PersonListFilter>(NO_FILTER);
  const persons = usePersonList(text);
  const today = todayInJapan(new Date());
  const shown = filterPersons(persons.data ?? [], filter, today);
  return (
    <>
      <Stack direction="row" spacing={2} sx={{ mb: 2, flexWrap: 'wrap', alignItems: 'center' }}>
        <TextField
          label={t('persons.searchLabel')}
          helperText={t('persons.searchHint')}
          value={text}
          onChange={(e) => setText(e.target.value)}
          type="search"
          sx={{ minWidth: 300 }}
          slotProps={{ htmlInput: { 'data-testid': 'person-search' } }}
        />
        <ToggleButtonGroup
          exclusive
          size="small"
          value={filter.status}
          aria-label={t('persons.statusFilterLabel')}
          onChange={(_e, status: PersonListFilter['status'] | null) =>
            status && setFilter({ ...filter, status })
          }
        >
          <ToggleButton value="all">{t('persons.filterAll')}</ToggleButton>
          {registrationStatusSchema.options.map((status) => (
            <ToggleButton key={status} value={status}>
              {t(`persons.registrationStatus.${status}`)}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
        <FormControlLabel
          control={
            <Checkbox
              checked={filter.expiringOnly}
              onChange={(_e, expiringOnly) => setFilter({ ...filter, expiringOnly })}
            />
          }
          label={t('persons.expiringFilter')}
        />
      </Stack>
      {persons.isPending ? (
        <LoadingState />
      ) : persons.isError ? (
        <ErrorState error={persons.error} onRetry={() => void persons.refetch()} />
      ) : (
        <>
          <Typography variant="body2" role="status" sx={{ mb: 1 }}>
            {t('persons.count', { count: shown.length })}
          </Typography>
          <TableContainer component={Paper} variant="outlined">
            <Table size="small" aria-label={t('persons.tableLabel')} data-testid="person-list">
              <TableHead>
                <TableRow>
                  <TableCell>{t('persons.column.name')}</TableCell>
                  <TableCell>{t('persons.column.kana')}</TableCell>
                  <TableCell>{t('persons.column.registration')}</TableCell>
                  <TableCell>{t('persons.column.authorization')}</TableCell>
                  <TableCell>{t('persons.column.certificate')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {shown.length === 0 && (
                  <TableRow>
                    <TableCell colSpan={5}>{t('persons.empty')}</TableCell>
                  </TableRow>
                )}
                {shown.map((person) => {
                  const auth = authorizationSummary(person, today);
                  return (
                    <TableRow key={person.id} hover data-testid={`person-row-${person.id}`}>
                      <TableCell>
                        <Link component={RouterLink} to={`/persons/${person.id}`}>
                          {fullName(person)}
                        </Link>
                      </TableCell>
                      <TableCell>
                        {person.familyNameKana} {person.givenNameKana}
                      </TableCell>
                      <TableCell>
                        {t(`persons.registrationStatus.${person.registration.status}`)}
                      </TableCell>
                      <TableCell>
                        {auth.until
                          ? t('persons.authorizationUntil', { date: long(auth.until) })
                          : t('persons.noAuthorization')}
                        {auth.expiringSoon && (
                          <Chip
                            size="small"
                            color="warning"
                            icon={<WarningIcon />}
                            label={t('persons.expiringSoon')}
                            sx={{ ml: 1 }}
                          />
                        )}
                      </TableCell>
                      <TableCell>{person.certificateNumber ?? ''}</TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </TableContainer>
        </>
      )}
    </>
  );
}
