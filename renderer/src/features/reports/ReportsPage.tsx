import Container from '@mui/material/Container';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { fiscalYearOf, fiscalYearRange } from '../../../../shared/domain/dates';
import { warekiFiscalYear } from '../../../../shared/domain/wareki';
import { PageHeader } from '../../common/PageHeader';
import { todayInJapan } from '../../lib/calendar';
import { useSettings } from '../settings/useSettings';
import { EmergencyTab } from './EmergencyTab';
import { ExperienceTab } from './ExperienceTab';
import { OccupancyTab } from './OccupancyTab';
import { RecordsTab } from './RecordsTab';
import { RegistrationsTab } from './RegistrationsTab';
import { fiscalYearChoices, previousMonth } from './reportPeriod';
import { YearTab } from './YearTab';

const TABS = [
  'records',
  'occupancy',
  'experience',
  'emergencies',
  'registrations',
  'year',
] as const;
type TabId = (typeof TABS)[number];

function isTab(value: string | null): value is TabId {
  return (TABS as readonly (string | null)[]).includes(value);
}

/**
 * 帳票・集計: the month's 実績記録票, occupancy, experience usage, the emergency log,
 * registrations and the yearly report. The tab, the fiscal year and the month are in the
 * address (?tab=…&fy=…&month=…), so a report can be reopened where it was left.
 */
export function ReportsPage() {
  const { t } = useTranslation();
  const [today] = useState(() => todayInJapan());
  const startMonth = useSettings().data?.fiscalYearStartMonth ?? 4;
  const [params, setParams] = useSearchParams();
  const tabParam = params.get('tab');
  const tab: TabId = isTab(tabParam) ? tabParam : 'records';
  const fiscalYear = Number(params.get('fy')) || fiscalYearOf(today, startMonth);
  const month = /^\d{4}-\d{2}$/.test(params.get('month') ?? '')
    ? (params.get('month') as string)
    : previousMonth(today);
  const set = (key: string, value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.set(key, value);
        return next;
      },
      { replace: true },
    );
  const { from, to } = fiscalYearRange(fiscalYear, startMonth);
  return (
    <Container maxWidth="xl" sx={{ py: 3 }}>
      <Stack spacing={2}>
        <PageHeader
          title={t('reports.title')}
          actions={
            tab !== 'records' && (
              <TextField
                select
                size="small"
                label={t('reports.fiscalYear')}
                value={fiscalYear}
                onChange={(e) => set('fy', e.target.value)}
                sx={{ minWidth: 200 }}
                slotProps={{ htmlInput: { 'data-testid': 'reports-fiscal-year' } }}
              >
                {fiscalYearChoices(today, startMonth).map((fy) => (
                  <MenuItem key={fy} value={fy}>
                    {t('reports.fiscalYearOption', {
                      year: fy,
                      wareki: warekiFiscalYear(fy, startMonth),
                    })}
                  </MenuItem>
                ))}
              </TextField>
            )
          }
        />
        <Tabs
          value={tab}
          onChange={(_, next: TabId) => set('tab', next)}
          variant="scrollable"
          aria-label={t('reports.title')}
        >
          {TABS.map((id) => (
            <Tab
              key={id}
              value={id}
              label={t(`reports.tabs.${id}`)}
              data-testid={`reports-tab-${id}`}
            />
          ))}
        </Tabs>
        {tab === 'records' && (
          <RecordsTab month={month} today={today} onMonth={(m) => set('month', m)} />
        )}
        {tab === 'occupancy' && <OccupancyTab fiscalYear={fiscalYear} from={from} to={to} />}
        {tab === 'experience' && <ExperienceTab fiscalYear={fiscalYear} from={from} to={to} />}
        {tab === 'emergencies' && <EmergencyTab fiscalYear={fiscalYear} from={from} to={to} />}
        {tab === 'registrations' && (
          <RegistrationsTab fiscalYear={fiscalYear} from={from} to={to} />
        )}
        {tab === 'year' && <YearTab fiscalYear={fiscalYear} />}
      </Stack>
    </Container>
  );
}
