import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { holdersOfNights, isShortNight } from '../../../../shared/domain/night-readiness';
import type { Stay } from '../../../../shared/domain/schemas';
import { fullName } from '../../common/personName';
import { useDateLabels } from '../../common/useDateLabels';
import { usePersonsById } from '../persons/usePersonsById';
import { useReadinessAhead } from './useReadinessAhead';

/** How many short nights 本日の受付 lists by date; the calendar shows them all. */
const NIGHTS_LISTED = 7;

/**
 * 本日の受付's readiness line: in one line, whether tonight the facility has the beds it keeps
 * free for an emergency, then the short nights of the coming eight weeks with who holds the
 * beds (docs/readiness.md).
 */
export function TonightReadinessLine({ today }: { today: string }) {
  const { t } = useTranslation();
  const { long } = useDateLabels();
  const found = useReadinessAhead(today);
  const listed = found?.ahead.shortNights.slice(0, NIGHTS_LISTED) ?? [];
  const holders = found
    ? holdersOfNights(
        found.beds,
        found.stays,
        listed.map((night) => night.date),
      )
    : new Map<string, Stay[]>();
  const persons = usePersonsById([
    ...new Set([...holders.values()].flatMap((stays) => stays.map((s) => s.personId))),
  ]);
  if (!found) return null;
  const { ahead } = found;
  const tonightShort = isShortNight(ahead.tonight, ahead.target);
  const figures = { free: ahead.tonight.freeEmergencyBeds, target: ahead.target };
  const names = (date: string) =>
    (holders.get(date) ?? [])
      .map((stay) => {
        const person = persons.byId.get(stay.personId);
        return person ? fullName(person) : t('today.unknownPerson');
      })
      .join('、');
  return (
    <Alert
      severity={tonightShort ? 'warning' : 'success'}
      data-testid="readiness-line"
      data-ready={String(!tonightShort)}
    >
      <Typography variant="body2" sx={{ fontWeight: 700 }} data-testid="readiness-tonight">
        {ahead.target === 0
          ? t('readiness.tonight.noTarget')
          : t(tonightShort ? 'readiness.tonight.short' : 'readiness.tonight.ready', figures)}
      </Typography>
      {ahead.target > 0 && (
        <Box data-testid="readiness-ahead">
          <Typography variant="body2">
            {ahead.shortNights.length === 0
              ? t('readiness.tonight.noneAhead')
              : t('readiness.tonight.shortAhead', { count: ahead.shortNights.length })}
          </Typography>
          {listed.length > 0 && (
            <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
              {listed.map((night) => (
                <Typography
                  component="li"
                  variant="body2"
                  key={night.date}
                  data-testid={`short-night-${night.date}`}
                >
                  {t('readiness.tonight.nightLine', {
                    date: long(night.date),
                    free: night.freeEmergencyBeds,
                    target: ahead.target,
                  })}
                  {holders.get(night.date)?.length ? (
                    <Box component="span" sx={{ ml: 2 }}>
                      {t('readiness.tonight.heldBy', { names: names(night.date) })}
                    </Box>
                  ) : null}
                </Typography>
              ))}
            </Box>
          )}
        </Box>
      )}
    </Alert>
  );
}
