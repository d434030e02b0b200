import BedIcon from '@mui/icons-material/Hotel';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { EmergencyPlan, Violation } from '../../../../shared/domain/schemas';
import { useBedsIncluding } from '../beds/useBedsIncluding';
import { violationMessage } from '../../api/errors-ja';
import { usePersonsById } from '../persons/usePersonsById';
import { DisplacedStayLine } from './DisplacedStayLine';
import { usePlanReasons } from './usePlanReasons';
import { useStaysById } from './useStaysById';

/** Warnings are shown and go ahead; an error (e.g. the person already stays) stops the commit. */
function violationSeverity(v: Violation): 'error' | 'warning' {
  return v.severity === 'error' ? 'error' : 'warning';
}

/**
 * The plan in words, the way the desk would say it on the phone: which bed, whose booking
 * gives way and why, and which dates could be offered to that family instead.
 */
export function PlanView({ plan }: { plan: EmergencyPlan }) {
  const { t } = useTranslation();
  const { beds, settled } = useBedsIncluding([
    plan.bedId,
    ...Object.values(plan.offers).flatMap((offers) => offers.map((o) => o.bedId)),
  ]);
  const bedName = (id: string) =>
    beds.find((b) => b.id === id)?.name ??
    (settled ? t('emergency.plan.bedUnknown') : t('common.pending'));
  const bed = beds.find((b) => b.id === plan.bedId);
  const displacedIds = [
    ...plan.bumped,
    ...plan.cutShort.map((c) => c.stayId),
    ...plan.shortened.map((c) => c.stayId),
  ];
  const reasonsInWords = usePlanReasons();
  const stays = useStaysById(displacedIds);
  const persons = usePersonsById([...new Set([...stays.values()].map((s) => s.personId))]);
  const nothingDisplaced = displacedIds.length === 0;

  return (
    <Box component="section" aria-labelledby="emergency-plan-title" data-testid="emergency-plan">
      <Typography id="emergency-plan-title" variant="h6" component="h3" gutterBottom>
        {t('emergency.plan.title')}
      </Typography>
      <Alert severity="info" icon={<BedIcon aria-hidden />} data-testid="plan-bed" sx={{ mb: 1 }}>
        {t(bed?.emergencyReserved ? 'emergency.plan.bedReserved' : 'emergency.plan.bed', {
          bed: bedName(plan.bedId),
        })}
        {bed?.room ? t('emergency.plan.room', { room: bed.room }) : ''}
      </Alert>
      {plan.violations.map((v) => (
        <Alert
          key={v.code}
          severity={violationSeverity(v)}
          data-testid={`plan-violation-${v.code}`}
          sx={{ mb: 1 }}
        >
          {v.code === 'NOT_REGISTERED' && (
            <Typography component="span" sx={{ fontWeight: 'bold', mr: 1 }}>
              {t('emergency.plan.followUp')}
            </Typography>
          )}
          {violationMessage(v, t)}
        </Alert>
      ))}
      {nothingDisplaced ? (
        <Typography data-testid="plan-nothing-displaced" sx={{ my: 1 }}>
          {t('emergency.plan.nothingDisplaced')}
        </Typography>
      ) : (
        <Box component="ul" sx={{ pl: 0, listStyle: 'none', my: 1 }}>
          {plan.bumped.map((id) => (
            <DisplacedStayLine
              key={id}
              stay={stays.get(id)}
              person={persons.byId.get(stays.get(id)?.personId ?? '')}
              personPending={persons.isPending}
              effect={{ kind: 'bumped', offers: plan.offers[id] ?? [] }}
              bedName={bedName}
            />
          ))}
          {plan.shortened.map((c) => (
            <DisplacedStayLine
              key={c.stayId}
              stay={stays.get(c.stayId)}
              person={persons.byId.get(stays.get(c.stayId)?.personId ?? '')}
              personPending={persons.isPending}
              effect={{ kind: 'shortened', newEnd: c.newEnd }}
              bedName={bedName}
            />
          ))}
          {plan.cutShort.map((c) => (
            <DisplacedStayLine
              key={c.stayId}
              stay={stays.get(c.stayId)}
              person={persons.byId.get(stays.get(c.stayId)?.personId ?? '')}
              personPending={persons.isPending}
              effect={{ kind: 'cutShort', newEnd: c.newEnd }}
              bedName={bedName}
            />
          ))}
        </Box>
      )}
      <Typography variant="subtitle2" component="h4">
        {t('emergency.plan.reasons')}
      </Typography>
      <Box component="ul" data-testid="plan-reasons" sx={{ mt: 0.5 }}>
        {reasonsInWords(plan.explanations, plan.reasons).map((reason) => (
          <li key={reason}>
            <Typography variant="body2">{reason}</Typography>
          </li>
        ))}
      </Box>
    </Box>
  );
}
