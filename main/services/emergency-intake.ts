/**
 * The facts of an emergency request kept on the emergency stay (why, when, who asked), and the
 * manager's unavoidable reason that lets its add-on count 14 days instead of 7.
 */
import type { ParsedInput } from '../../shared/api/contract';
import { fail } from '../../shared/api/errors';
import { issue } from '../../shared/messages/issues';
import type { EmergencyIntake } from '../../shared/domain/emergency-intake';
import type { Stay } from '../../shared/domain/schemas';
import { auditEntry } from './audit';
import { timestamp } from './clock';
import type { ServiceContext } from './context';
import { requireStay } from './lookups';

/** A request cannot have come later than now; a few minutes allow for another PC's clock. */
const CLOCK_SLACK_MS = 5 * 60_000;

export function checkIntake(ctx: ServiceContext, intake: EmergencyIntake): void {
  if (Date.parse(intake.requestedAt) > ctx.now().getTime() + CLOCK_SLACK_MS) {
    fail('INVALID_INPUT', { issues: [issue('REQUESTED_IN_FUTURE', ['intake', 'requestedAt'])] });
  }
}

async function requireEmergencyStay(ctx: ServiceContext, id: string): Promise<Stay> {
  const stay = await requireStay(ctx, id);
  if (stay.kind !== 'emergency') {
    fail('NOT_EMERGENCY_STAY', { kind: stay.kind });
  }
  return stay;
}

export async function saveIntake(
  ctx: ServiceContext,
  input: ParsedInput<'emergency.saveIntake'>,
): Promise<Stay> {
  const stay = await requireEmergencyStay(ctx, input.stayId);
  checkIntake(ctx, input.intake);
  const saved: Stay = { ...stay, intake: input.intake, updatedAt: timestamp(ctx.now()) };
  await ctx.repo.apply({
    stays: [saved],
    audit: [
      auditEntry(ctx, {
        action: 'emergency.intake',
        entity: 'stay',
        entityId: stay.id,
        fields: ['intake'],
        facts: { reason: input.intake.reason, requestedBy: input.intake.requestedBy },
      }),
    ],
  });
  return saved;
}

export async function extendAddOn(
  ctx: ServiceContext,
  input: ParsedInput<'emergency.extendAddOn'>,
): Promise<Stay> {
  const stay = await requireEmergencyStay(ctx, input.stayId);
  const at = timestamp(ctx.now());
  const saved: Stay = { ...stay, updatedAt: at };
  if (input.reason === null) delete saved.addOnExtension;
  else saved.addOnExtension = { reason: input.reason, approvedBy: ctx.actor.id, at };
  await ctx.repo.apply({
    stays: [saved],
    audit: [
      auditEntry(ctx, {
        action: input.reason === null ? 'emergency.addOn.withdraw' : 'emergency.addOn.extend',
        entity: 'stay',
        entityId: stay.id,
        fields: ['addOnExtension'],
      }),
    ],
  });
  return saved;
}
