import EventRepeatIcon from '@mui/icons-material/EventRepeat';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { nightsOf } from '../../../../shared/domain/dates';
import type { PersonName } from '../../../../shared/api/contract';
import type { RescheduleOffer, Stay } from '../../../../shared/domain/schemas';
import { fullName } from '../../common/personName';
import { useDateLabels } from '../../common/useDateLabels';

export type Displacement =
  | { kind: 'bumped'; offers: RescheduleOffer[] }
  | { kind: 'cutShort'; newEnd: string }
  | { kind: 'shortened'; newEnd: string };

interface DisplacedStayLineProps {
  stay: Stay | undefined;
  person: PersonName | undefined;
  /** The name is still on its way: say so, not that it could not be found. */
  personPending: boolean;
  effect: Displacement;
  bedName: (bedId: string) => string;
}

/** One stay that gives way, in a sentence, with the dates its family could be offered. */
export function DisplacedStayLine(props: DisplacedStayLineProps) {
  const { stay, person, personPending, effect, bedName } = props;
  const { t } = useTranslation();
  const { long } = useDateLabels();
  if (!stay) {
    return (
      <Typography component="li" color="text.secondary">
        {t('common.loading')}
      </Typography>
    );
  }
  const name = person
    ? fullName(person)
    : personPending
      ? t('common.pending')
      : t('emergency.plan.unknownPerson');
  const range = t('date.range', { from: long(stay.start), to: long(stay.end) });
  return (
    <Paper
      component="li"
      variant="outlined"
      data-testid={`plan-displaced-${stay.id}`}
      sx={{ p: 1.5, mb: 1 }}
    >
      <Typography sx={{ fontWeight: 'bold' }}>
        {effect.kind === 'bumped'
          ? t('emergency.plan.bumpedLine', { name, range, nights: nightsOf(stay.start, stay.end) })
          : t(
              effect.kind === 'shortened'
                ? 'emergency.plan.shortenedLine'
                : 'emergency.plan.cutShortLine',
              { name, range, newEnd: long(effect.newEnd) },
            )}
      </Typography>
      {effect.kind === 'bumped' &&
        (effect.offers.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {t('emergency.plan.noOffers')}
          </Typography>
        ) : (
          <Box sx={{ mt: 0.5 }}>
            <Typography variant="body2" sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
              <EventRepeatIcon fontSize="small" aria-hidden />
              {t('emergency.plan.offers')}
            </Typography>
            <Box component="ol" sx={{ my: 0 }}>
              {effect.offers.map((offer) => (
                <Typography component="li" variant="body2" key={`${offer.bedId}-${offer.start}`}>
                  {t('emergency.plan.offerLine', {
                    range: t('date.range', { from: long(offer.start), to: long(offer.end) }),
                    bed: bedName(offer.bedId),
                  })}
                </Typography>
              ))}
            </Box>
          </Box>
        ))}
    </Paper>
  );
}
