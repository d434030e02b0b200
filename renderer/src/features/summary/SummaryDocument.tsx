import Box from '@mui/material/Box';
import type { SxProps, Theme } from '@mui/material/styles';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaySummary } from '../../../../shared/api/contract';
import {
  formatJapaneseDate,
  formatWareki,
  stayDates,
  todayInJapan,
} from '../../../../shared/domain/dates';
import { DEFAULT_TRAINING_DOMAINS, type SupportLevel } from '../../../../shared/domain/schemas';
import { authorsOf } from '../../../../shared/domain/training-history';
import { shortText } from './shortText';

// Sizes on paper, in print units: the page is A4 portrait (210 × 297 mm, 12 mm margins).
const border = '0.3mm solid';
const cell: SxProps<Theme> = {
  border,
  borderColor: 'text.primary',
  px: '1.5mm',
  py: '1mm',
  verticalAlign: 'top',
  textAlign: 'left',
  fontSize: '8.5pt',
  lineHeight: 1.35,
};
const headCell: SxProps<Theme> = { ...cell, fontWeight: 700, bgcolor: 'grey.100' };
const sectionTitle: SxProps<Theme> = { fontSize: '10pt', fontWeight: 700, mt: '3mm', mb: '1mm' };

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box component="tr">
      <Box component="th" scope="row" sx={{ ...headCell, width: '30mm' }}>
        {label}
      </Box>
      <Box component="td" sx={cell}>
        {children}
      </Box>
    </Box>
  );
}

/** One stay summary (利用記録), one A4 page per stay; always in Japanese, as filed. */
export function SummaryDocument({ summary, today }: { summary: StaySummary; today: string }) {
  const { i18n } = useTranslation();
  const t = i18n.getFixedT('ja');
  const { stay, person, domains, records, goals, progress } = summary;
  const comment = stay.staffComment;
  const label = (domain: string) =>
    (DEFAULT_TRAINING_DOMAINS as readonly string[]).includes(domain)
      ? t(`training.domains.${domain as (typeof DEFAULT_TRAINING_DOMAINS)[number]}`)
      : (summary.domainLabels[domain] ?? domain);
  const level = (value: SupportLevel) =>
    t('training.levelShort', { level: value, word: t(`training.levels.${value}`) });
  const byKey = new Map(records.map((r) => [`${r.date}|${r.domain}`, r]));
  const held = stay.status !== 'cancelled' && stay.status !== 'bumped';
  const name = `${person.familyName} ${person.givenName}`;
  // Who wrote the day's records (and any earlier versions): the paper names them, not ids.
  const authors = authorsOf(records, summary.authors);

  return (
    <Box
      component="article"
      data-testid={`summary-${stay.id}`}
      sx={{ color: 'text.primary', bgcolor: 'background.paper', width: '186mm', mx: 'auto' }}
    >
      <Box component="header" sx={{ display: 'flex', justifyContent: 'space-between', mb: '2mm' }}>
        <Box>
          <Box component="h1" sx={{ fontSize: '16pt', m: 0, letterSpacing: '0.3em' }}>
            {t('summary.title')}
          </Box>
          <Box sx={{ fontSize: '9pt' }}>
            {t('summary.subtitle', { kind: t(`stayKind.${stay.kind}`) })}
          </Box>
        </Box>
        <Box sx={{ textAlign: 'right', fontSize: '9pt' }}>
          <div>{summary.facilityName}</div>
          {summary.facilityAddress && <div>{summary.facilityAddress}</div>}
          {summary.facilityPhone && (
            <div>{t('summary.phone', { phone: summary.facilityPhone })}</div>
          )}
          <div>{t('summary.printedOn', { date: formatWareki(today) })}</div>
        </Box>
      </Box>

      {!held && (
        <Box
          role="note"
          sx={{ border: '0.6mm solid', p: '1.5mm', fontSize: '9pt', fontWeight: 700, mb: '2mm' }}
        >
          {t('summary.notHeld', { status: t(`stayStatus.${stay.status}`) })}
        </Box>
      )}

      <Box component="table" sx={{ width: '100%', borderCollapse: 'collapse' }}>
        <tbody>
          <Row label={t('summary.person')}>
            <Box component="span" sx={{ fontSize: '11pt', fontWeight: 700 }}>
              {name}
            </Box>
            {'　'}（{person.familyNameKana} {person.givenNameKana}）
          </Row>
          <Row label={t('summary.certificate')}>
            {person.certificateNumber ?? t('summary.noName')}
          </Row>
          <Row label={t('summary.facility')}>{summary.facilityName || t('summary.noName')}</Row>
          <Row label={t('summary.period')}>
            {t('summary.periodValue', {
              from: formatWareki(stay.start),
              to: formatWareki(stay.end),
            })}
            {'　'}
            {t('summary.westernRange', {
              from: formatJapaneseDate(stay.start),
              to: formatJapaneseDate(stay.end),
            })}
          </Row>
          <Row label={t('summary.kind')}>
            {t(`stayKind.${stay.kind}`)}（{t(`stayStatus.${stay.status}`)}）{'　'}
            {t('summary.bed')}：{summary.bed.room ? `${summary.bed.room} ` : ''}
            {summary.bed.name}
          </Row>
          <Row label={t('summary.daysUsed')}>
            {t('summary.daysValue', { days: summary.daysUsed })}
            {'　'}
            {t('summary.fiscalUsage', { year: summary.fiscalYearUsage.fiscalYear })}：
            {t('summary.fiscalUsageValue', {
              used: summary.fiscalYearUsage.experienceDays,
              cap: summary.fiscalYearUsage.cap,
            })}
          </Row>
        </tbody>
      </Box>

      <Box sx={sectionTitle}>{t('summary.goals')}</Box>
      <Box component="table" sx={{ width: '100%', borderCollapse: 'collapse' }}>
        <tbody>
          {domains.map((domain) => (
            <Row key={domain} label={label(domain)}>
              {goals[domain] ?? '—'}
            </Row>
          ))}
        </tbody>
      </Box>

      <Box sx={sectionTitle}>{t('summary.records')}</Box>
      <Box
        component="table"
        className="summary-table"
        sx={{ width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed' }}
      >
        <thead>
          <tr>
            <Box component="th" scope="col" sx={{ ...headCell, width: '24mm' }}>
              {t('summary.date')}
            </Box>
            {domains.map((domain) => (
              <Box component="th" scope="col" key={domain} sx={headCell}>
                {label(domain)}
              </Box>
            ))}
          </tr>
        </thead>
        <tbody>
          {stayDates(stay.start, stay.end).map((date) => (
            <tr key={date}>
              <Box
                component="th"
                scope="row"
                sx={{ ...headCell, fontWeight: 400, whiteSpace: 'nowrap' }}
              >
                {formatJapaneseDate(date).replace(/^\d+年/, '')}
              </Box>
              {domains.map((domain) => {
                const r = byKey.get(`${date}|${domain}`);
                return (
                  <Box component="td" key={domain} sx={cell}>
                    {r ? (
                      <>
                        <Box sx={{ fontWeight: 700 }}>{level(r.level)}</Box>
                        <Box sx={{ fontSize: '7.5pt' }}>
                          {shortText([r.activity, r.note].filter(Boolean).join('／'), 36)}
                        </Box>
                      </>
                    ) : (
                      ''
                    )}
                  </Box>
                );
              })}
            </tr>
          ))}
        </tbody>
      </Box>
      <Box sx={{ fontSize: '7.5pt', mt: '1mm' }}>{t('summary.legend')}</Box>
      {authors.length > 0 && (
        <Box sx={{ fontSize: '8pt', mt: '1mm' }} data-testid="summary-authors">
          {t('summary.recordedBy', { names: authors.join('、') })}
        </Box>
      )}

      <Box className="summary-avoid-break">
        <Box sx={sectionTitle}>{t('summary.progress')}</Box>
        <Box
          component="table"
          sx={{ width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed' }}
        >
          <tbody>
            <tr>
              {domains.map((domain) => {
                const p = progress[domain];
                return (
                  <Box component="td" key={domain} sx={{ ...cell, textAlign: 'center' }}>
                    <Box sx={{ fontWeight: 700 }}>{label(domain)}</Box>
                    {p
                      ? t('summary.progressValue', { first: level(p.first), last: level(p.last) })
                      : t('summary.notRecorded')}
                  </Box>
                );
              })}
            </tr>
          </tbody>
        </Box>
      </Box>

      <Box
        className="summary-avoid-break"
        sx={{ display: 'flex', gap: '4mm', mt: '3mm', alignItems: 'stretch' }}
      >
        <Box sx={{ flex: 1 }}>
          <Box sx={{ ...sectionTitle, mt: 0 }}>{t('summary.comments')}</Box>
          <Box
            sx={{ ...cell, minHeight: '22mm', whiteSpace: 'pre-wrap' }}
            data-testid="summary-comments"
          >
            {comment?.text || t('summary.noComments')}
            {comment?.text && (
              <Box sx={{ textAlign: 'right', fontSize: '7.5pt', mt: '1mm' }}>
                {t('summary.commentBy', {
                  name: comment.author.name,
                  date: formatWareki(todayInJapan(new Date(comment.writtenAt))),
                })}
              </Box>
            )}
          </Box>
        </Box>
        <Box>
          <Box sx={{ ...sectionTitle, mt: 0 }}>{t('summary.seals')}</Box>
          <Box component="table" sx={{ borderCollapse: 'collapse' }}>
            <tbody>
              <tr>
                {[t('summary.sealStaff'), t('summary.sealManager')].map((who) => (
                  <Box
                    component="th"
                    scope="col"
                    key={who}
                    sx={{ ...headCell, textAlign: 'center', width: '22mm' }}
                  >
                    {who}
                  </Box>
                ))}
              </tr>
              <tr>
                <Box component="td" sx={{ ...cell, height: '20mm' }} />
                <Box component="td" sx={{ ...cell, height: '20mm' }} />
              </tr>
            </tbody>
          </Box>
        </Box>
      </Box>
    </Box>
  );
}
