import Box from '@mui/material/Box';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Disclosure } from '../../../../shared/api/contract';
import { formatJapaneseDate, japanDateTime } from '../../../../shared/domain/dates';
import {
  DEFAULT_TRAINING_DOMAINS,
  type Bed,
  type Settings,
} from '../../../../shared/domain/schemas';
import type jaDisclosure from '../../i18n/ja/disclosure.json';
import { paperCell, paperHead } from '../summary/paperStyles';
import { personLines } from './personLines';

type PaperKey = keyof typeof jaDisclosure.paper;

const cell = paperCell({
  px: '1.5mm',
  py: '0.8mm',
  verticalAlign: 'top',
  textAlign: 'left',
  fontSize: '8pt',
  lineHeight: 1.35,
  overflowWrap: 'anywhere',
});
const head = paperHead(cell);
const table = { width: '100%', borderCollapse: 'collapse', mb: '2mm' } as const;
const sectionTitle = { fontSize: '10pt', fontWeight: 700, mt: '3mm', mb: '1mm' } as const;

function Section({
  title,
  count,
  children,
}: {
  title: string;
  count?: number;
  children: ReactNode;
}) {
  const t = useTranslation().i18n.getFixedT('ja');
  return (
    <Box component="section">
      <Box component="h2" sx={sectionTitle}>
        {title}
        {count !== undefined && `（${t('disclosure.paper.count', { count })}）`}
      </Box>
      {children}
    </Box>
  );
}

function Table({
  columns,
  rows,
  widths = [],
}: {
  columns: string[];
  rows: ReactNode[][];
  /** Column widths on paper (the last columns take the rest). */
  widths?: (string | undefined)[];
}) {
  const t = useTranslation().i18n.getFixedT('ja');
  if (rows.length === 0) return <Box sx={{ fontSize: '8pt' }}>{t('disclosure.paper.none')}</Box>;
  return (
    <Box component="table" className="summary-table" sx={table}>
      <Box component="thead">
        <Box component="tr">
          {columns.map((c, i) => (
            <Box component="th" key={c} scope="col" sx={{ ...head, width: widths[i] }}>
              {c}
            </Box>
          ))}
        </Box>
      </Box>
      <Box component="tbody">
        {rows.map((row, i) => (
          <Box component="tr" key={i}>
            {row.map((value, j) => (
              <Box component="td" key={j} sx={cell}>
                {value}
              </Box>
            ))}
          </Box>
        ))}
      </Box>
    </Box>
  );
}

/**
 * 本人開示 on paper: everything in the copy (persons.disclosure), section by section, always in
 * Japanese, on A4 pages whose table rows never split. The JSON file holds the same data whole.
 */
export function DisclosureDocument({
  copy,
  settings,
  beds,
}: {
  copy: Disclosure;
  settings: Settings;
  beds: readonly Bed[];
}) {
  const { i18n } = useTranslation();
  const t = i18n.getFixedT('ja');
  const p = (key: PaperKey, values?: Record<string, unknown>) =>
    t(`disclosure.paper.${key}`, values ?? {});
  const date = (iso: string) => formatJapaneseDate(iso);
  const when = (instant: string) => japanDateTime(new Date(instant));
  const staff = (id: string | undefined) => (id ? (copy.staffNames[id] ?? id) : '');
  const bedName = (id: string) => beds.find((b) => b.id === id)?.name ?? '';
  const domain = (id: string) =>
    (DEFAULT_TRAINING_DOMAINS as readonly string[]).includes(id)
      ? t(`training.domains.${id as (typeof DEFAULT_TRAINING_DOMAINS)[number]}`)
      : (settings.extraTrainingDomains.find((d) => d.id === id)?.label ?? id);
  const word = (path: readonly string[], value: string): string => {
    const key = path.join('.');
    if (key === 'sex') return t(`persons.sex.${value as 'male'}`, { defaultValue: value });
    if (key === 'supportCategory')
      return t(`persons.supportCategory.${value as '1'}`, { defaultValue: value });
    if (key === 'registration.status')
      return t(`persons.registrationStatus.${value as 'registered'}`, { defaultValue: value });
    if (key === 'careNotes.flags')
      return t(`persons.care.flag.${value as 'seizure'}`, { defaultValue: value });
    if (key === 'careNotes.nothingToNote')
      return t(`persons.care.${value as 'diet'}`, { defaultValue: value });
    return /^\d{4}-\d{2}-\d{2}$/.test(value) ? date(value) : value;
  };
  const { person } = copy;
  const levelOf = (level: number) =>
    t('training.levelShort', { level, word: t(`training.levels.${level as 1}`) });
  return (
    <Box
      sx={{ width: '186mm', mx: 'auto', color: 'text.primary', bgcolor: 'background.paper' }}
      data-testid="disclosure-document"
    >
      <Box component="h1" sx={{ fontSize: '14pt', fontWeight: 700, textAlign: 'center', m: 0 }}>
        {p('title')}
      </Box>
      <Box sx={{ fontSize: '8.5pt', textAlign: 'right', mb: '2mm' }}>
        <div>{p('facility', { name: copy.facilityName })}</div>
        <div>{p('madeAt', { when: when(copy.madeAt) })}</div>
      </Box>
      <Box sx={{ fontSize: '12pt', fontWeight: 700 }}>
        {person.familyName} {person.givenName}（{person.familyNameKana} {person.givenNameKana}）
      </Box>

      <Section title={p('person')}>
        <Table
          columns={[p('field'), p('value')]}
          widths={['45mm']}
          rows={personLines(person, word).map((line) => [line.label, line.value])}
        />
      </Section>

      <Section title={p('stays')} count={copy.stays.length}>
        <Table
          columns={[p('dates'), p('kind'), p('status'), p('details')]}
          widths={['45mm', '14mm', '16mm']}
          rows={copy.stays.map((stay) => [
            <>
              {date(stay.start)}〜{date(stay.end)}
              <br />
              {bedName(stay.bedId)}
            </>,
            t(`stayKind.${stay.kind}`),
            t(`stayStatus.${stay.status}`),
            <>
              {Object.entries(stay.goals ?? {}).map(([d, text]) => (
                <div key={d}>{p('goal', { domain: domain(d), text })}</div>
              ))}
              {stay.staffComment && (
                <div>
                  {p('comment', {
                    text: stay.staffComment.text,
                    author: stay.staffComment.author.name,
                  })}
                </div>
              )}
              {stay.note && <div>{p('note', { text: stay.note })}</div>}
              {stay.cancelReason && <div>{p('cancelReason', { text: stay.cancelReason })}</div>}
              {stay.intake && (
                <div>
                  {p('intake', {
                    reason: [
                      t(`emergency.intake.reasons.${stay.intake.reason}`),
                      stay.intake.reasonText,
                    ]
                      .filter(Boolean)
                      .join('：'),
                    by: [
                      t(`emergency.intake.requesters.${stay.intake.requestedBy}`),
                      stay.intake.requestedByText,
                    ]
                      .filter(Boolean)
                      .join('：'),
                  })}
                </div>
              )}
            </>,
          ])}
        />
      </Section>

      <Section title={p('trainingRecords')} count={copy.trainingRecords.length}>
        <Table
          columns={[p('date'), p('domain'), p('level'), p('activity'), p('recordedBy')]}
          widths={['30mm', '22mm', '22mm', undefined, '28mm']}
          rows={copy.trainingRecords.map((r) => [
            date(r.date),
            domain(r.domain),
            levelOf(r.level),
            [r.activity, r.note].filter(Boolean).join(' / '),
            staff(r.recordedBy ?? r.staffId),
          ])}
        />
      </Section>

      <Section title={p('days')} count={copy.days.length}>
        <Table
          columns={[p('date'), p('meals'), p('transport'), p('dayNote'), p('recordedBy')]}
          widths={['30mm', '18mm', '22mm', undefined, '28mm']}
          rows={copy.days.map((d) => [
            date(d.date),
            (['breakfast', 'lunch', 'dinner'] as const)
              .filter((m) => d.meals[m])
              .map((m) => p(m))
              .join('・'),
            [d.pickup ? p('pickup') : '', d.dropoff ? p('dropoff') : ''].filter(Boolean).join('・'),
            d.note ?? '',
            staff(d.recordedBy),
          ])}
        />
      </Section>

      <Section title={p('audit')} count={copy.audit.length}>
        <Table
          columns={[p('at'), p('actor'), p('action'), p('changed')]}
          widths={['30mm', '28mm', '34mm']}
          rows={copy.audit.map((e) => [
            when(e.at),
            e.actorName ?? staff(e.actor),
            t(`audit.actions.${e.action.replaceAll('.', '_')}`, {
              defaultValue: t(`stay.history.actions.${e.action.replaceAll('.', '_')}`, {
                defaultValue: e.action,
              }),
            }),
            (e.fields ?? []).join('、'),
          ])}
        />
      </Section>
      <Box sx={{ fontSize: '8.5pt', textAlign: 'right', mt: '2mm' }}>{p('end')}</Box>
    </Box>
  );
}
