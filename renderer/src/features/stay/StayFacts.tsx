import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { nightsOf, stayDates } from '../../../../shared/domain/dates';
import type { Bed, Stay } from '../../../../shared/domain/schemas';
import { useDateLabels } from '../../common/useDateLabels';
import { useStaffNames } from '../session/useStaffNames';
import { StayKindIcon } from '../week/StayKindIcon';

function Fact({
  label,
  children,
  testId,
}: {
  label: string;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <>
      <Typography component="dt" variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography component="dd" variant="body2" sx={{ m: 0 }} data-testid={testId}>
        {children}
      </Typography>
    </>
  );
}

/** Everything recorded about a stay, as a definition list. */
export function StayFacts({ stay, bed }: { stay: Stay; bed: Bed | undefined }) {
  const { t } = useTranslation();
  const approvers = useStaffNames(
    useMemo(() => stay.overrides.flatMap((o) => (o.approvedBy ? [o.approvedBy] : [])), [stay]),
  );
  const { long } = useDateLabels();
  return (
    <Box
      component="dl"
      sx={{
        display: 'grid',
        gridTemplateColumns: 'max-content 1fr',
        columnGap: 2,
        rowGap: 1,
        m: 0,
      }}
    >
      <Fact label={t('stay.facts.kind')}>
        <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
          <StayKindIcon kind={stay.kind} fontSize="small" />
          {t(`stayKind.${stay.kind}`)}
        </Box>
      </Fact>
      <Fact label={t('stay.facts.status')} testId="stay-status">
        {t(`stayStatus.${stay.status}`)}
      </Fact>
      <Fact label={t('stay.facts.bed')}>
        {bed ? `${bed.room ?? ''} ${bed.name}`.trim() : stay.bedId}
      </Fact>
      <Fact label={t('stay.facts.dates')} testId="stay-dates">
        {t('date.range', { from: long(stay.start), to: long(stay.end) })}
      </Fact>
      <Fact label={t('stay.facts.length')} testId="stay-length">
        {t('calendar.daysAndNights', {
          days: stayDates(stay.start, stay.end).length,
          nights: nightsOf(stay.start, stay.end),
        })}
      </Fact>
      {stay.originalEnd && (
        <Fact label={t('stay.facts.originalEnd')} testId="stay-original-end">
          {long(stay.originalEnd)}
        </Fact>
      )}
      {stay.cutShortBy && (
        <Fact label={t('stay.facts.cutShort')}>{t('stay.facts.cutShortText')}</Fact>
      )}
      {stay.shortenedBy && (
        <Fact label={t('stay.facts.shortened')}>{t('stay.facts.shortenedText')}</Fact>
      )}
      {stay.status === 'bumped' && (
        <Fact label={t('stay.facts.bumped')}>{stay.bumpReason ?? t('stay.facts.bumpedText')}</Fact>
      )}
      {stay.cancelReason && <Fact label={t('stay.facts.cancelReason')}>{stay.cancelReason}</Fact>}
      {stay.overrides.length > 0 && (
        <Fact label={t('stay.facts.overrides')}>
          {stay.overrides.map((o) => (
            <div key={o.rule}>
              {t('stay.facts.overrideLine', {
                rule: t(`booking.rules.${o.rule}`, { defaultValue: o.rule }),
                reason: o.reason,
                // Approved by a staff member (by id, since staff sign in), or as recorded before.
                approvedBy: o.approvedBy ? (approvers[o.approvedBy] ?? o.approvedBy) : '—',
              })}
            </div>
          ))}
        </Fact>
      )}
      {(stay.warnings ?? []).length > 0 && (
        <Fact label={t('stay.facts.warnings')}>
          {(stay.warnings ?? [])
            .map((code) => t(`booking.rules.${code}`, { defaultValue: code }))
            .join('、')}
        </Fact>
      )}
    </Box>
  );
}
