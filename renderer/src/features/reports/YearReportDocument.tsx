import Box from '@mui/material/Box';
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { YearlyReportValue } from '../../../../shared/api/paperwork-schemas';
import { formatWareki } from '../../../../shared/domain/dates';
import { warekiFiscalYear } from '../../../../shared/domain/wareki';
import {
  EMERGENCY_REASONS,
  EMERGENCY_REQUESTERS,
} from '../../../../shared/domain/emergency-intake';
import type { jaTranslation } from '../../i18n/japanese';
import { paperCell, paperHead } from '../summary/paperStyles';

const cell = paperCell({ px: '1.5mm', py: '0.8mm', fontSize: '9pt', textAlign: 'left' });
const figure = { ...cell, textAlign: 'right', width: '22mm' } as const;
const head = paperHead(cell);
const section = { fontSize: '11pt', fontWeight: 700, mt: '4mm', mb: '1.5mm' };

/** Label–figure pairs, `perRow` pairs to a row, so the whole report fits one A4 page. */
function Figures({ rows, perRow = 2 }: { rows: [string, string][]; perRow?: number }) {
  const lines: [string, string][][] = [];
  for (let i = 0; i < rows.length; i += perRow) lines.push(rows.slice(i, i + perRow));
  return (
    <Box component="table" sx={{ borderCollapse: 'collapse', width: '100%', tableLayout: 'fixed' }}>
      <tbody>
        {lines.map((line) => (
          <tr key={line[0]![0]}>
            {line.map(([label, value]) => (
              <Fragment key={label}>
                <Box component="th" scope="row" sx={head}>
                  {label}
                </Box>
                <Box component="td" sx={figure}>
                  {value}
                </Box>
              </Fragment>
            ))}
          </tr>
        ))}
      </tbody>
    </Box>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Box component="section" className="summary-avoid-break">
      <Box component="h2" sx={section}>
        {title}
      </Box>
      {children}
    </Box>
  );
}

type YearDocKey = keyof (typeof jaTranslation)['reports']['yearDoc'];

const percent = (rate: number) => (Math.round(rate * 1000) / 10).toFixed(1);

/**
 * The yearly report for the 拠点's review by the 自立支援協議会, on A4: aggregates only, no
 * name and no id of a person. Always in Japanese, as it is filed.
 */
export function YearReportDocument({
  report,
  facilityName,
  today,
}: {
  report: YearlyReportValue;
  facilityName: string;
  today: string;
}) {
  const { i18n } = useTranslation();
  const t = i18n.getFixedT('ja');
  const d = (key: YearDocKey, values: Record<string, unknown> = {}) =>
    t(`reports.yearDoc.${key}`, values);
  const cases = (count: number) => d('unitCases', { count });
  const people = (count: number) => d('unitPersons', { count });
  const days = (count: number) => d('unitDays', { count });
  const { registrations: r, emergencies: e, experience: x, bumps: b, occupancy: o } = report;
  return (
    <Box
      component="article"
      data-testid="year-report"
      sx={{ color: 'text.primary', bgcolor: 'background.paper', width: '186mm', mx: 'auto' }}
    >
      <Box component="h1" sx={{ fontSize: '14pt', m: 0, textAlign: 'center' }}>
        {d('title', {
          wareki: warekiFiscalYear(report.fiscalYear, Number(report.from.slice(5, 7))),
        })}
      </Box>
      <Box sx={{ fontSize: '9pt', textAlign: 'center', mb: '2mm' }}>{d('subtitle')}</Box>
      <Box sx={{ fontSize: '9pt', display: 'flex', justifyContent: 'space-between' }}>
        <span>{d('facility', { name: facilityName })}</span>
        <span>{d('period', { from: formatWareki(report.from), to: formatWareki(report.to) })}</span>
      </Box>

      <Section title={d('registrations')}>
        <Figures
          rows={[
            [d('registered'), people(r.registered)],
            [d('newInPeriod'), people(r.newInPeriod)],
            [d('pending'), people(r.pending)],
            [d('ended'), people(r.ended)],
          ]}
        />
      </Section>

      <Section title={d('emergencies')}>
        <Figures
          rows={[
            [d('count'), cases(e.count)],
            [d('persons'), people(e.persons)],
            [d('days'), days(e.days)],
            [d('addOnDays'), days(e.addOnDays)],
          ]}
        />
        <Box sx={{ display: 'flex', gap: '4mm', mt: '2mm' }}>
          <Box sx={{ flex: 1 }}>
            <Box sx={{ fontSize: '9pt', fontWeight: 700 }}>{d('byReason')}</Box>
            <Figures
              rows={[...EMERGENCY_REASONS, 'unrecorded' as const].map((reason) => [
                reason === 'unrecorded' ? d('unrecorded') : t(`emergency.intake.reasons.${reason}`),
                cases(e.byReason[reason]),
              ])}
              perRow={1}
            />
          </Box>
          <Box sx={{ flex: 1 }}>
            <Box sx={{ fontSize: '9pt', fontWeight: 700 }}>{d('byRequester')}</Box>
            <Figures
              rows={[...EMERGENCY_REQUESTERS, 'unrecorded' as const].map((who) => [
                who === 'unrecorded' ? d('unrecorded') : t(`emergency.intake.requesters.${who}`),
                cases(e.byRequester[who]),
              ])}
              perRow={1}
            />
          </Box>
        </Box>
      </Section>

      <Section title={d('experience')}>
        <Figures
          rows={[
            [d('stays'), cases(x.stays)],
            [d('expDays'), days(x.days)],
            [d('expPersons'), people(x.persons)],
            [d('atCap'), people(x.personsAtCap)],
          ]}
        />
      </Section>

      <Section title={d('bumps')}>
        <Figures
          rows={[
            [d('bumped'), cases(b.bumped)],
            [d('cutShort'), cases(b.cutShort)],
            [d('shortened'), cases(b.shortened)],
            [d('nightsLost'), d('unitNights', { count: b.nightsLost })],
            ...(['rebooked', 'contacted', 'waiting'] as const).map((outcome): [string, string] => [
              `${d('outcomes')}：${t(`reports.emergencies.outcome.${outcome}`)}`,
              cases(b.outcomes[outcome]),
            ]),
          ]}
        />
      </Section>

      <Section title={d('occupancy')}>
        <Box sx={{ fontSize: '9pt', mb: '1.5mm' }} data-testid="year-report-rate">
          {d('yearRate', { rate: percent(o.rate), nights: o.nights, available: o.available })}
        </Box>
        <Box
          component="table"
          sx={{ borderCollapse: 'collapse', width: '100%', tableLayout: 'fixed' }}
        >
          <tbody>
            <tr>
              <Box component="th" scope="row" sx={head}>
                {d('month')}
              </Box>
              {o.byMonth.map((m) => (
                <Box component="td" key={m.month} sx={{ ...head, textAlign: 'center' }}>
                  {`${Number(m.month.slice(5))}月`}
                </Box>
              ))}
            </tr>
            <tr>
              <Box component="th" scope="row" sx={head}>
                {d('rate')}
              </Box>
              {o.byMonth.map((m) => (
                <Box
                  component="td"
                  key={m.month}
                  sx={{ ...cell, textAlign: 'center', fontSize: '8pt' }}
                >
                  {percent(m.rate)}%
                </Box>
              ))}
            </tr>
          </tbody>
        </Box>
      </Section>
      <Box sx={{ fontSize: '8pt', textAlign: 'right', mt: '4mm' }}>
        {d('madeOn', { date: formatWareki(today) })}
      </Box>
    </Box>
  );
}
