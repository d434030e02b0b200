import type { ChannelOutput, ParsedInput } from '../../shared/api/contract';
import { fail } from '../../shared/api/errors';
import type { EmergencyPlan, Person, Settings, Stay } from '../../shared/domain/schemas';
import { planEmergency, planWindow, type PlanSnapshot } from '../../shared/planner/plan-emergency';
import { auditEntry } from './audit';
import { personWindow } from './check-context';
import { timestamp, todayInJapan } from './clock';
import type { ServiceContext } from './context';
import { newId } from './ids';
import { requirePerson } from './lookups';
import { checkIntake } from './emergency-intake';

type Request = Omit<ParsedInput<'emergency.plan'>, 'intake'>;

/**
 * Loads the part of the data an emergency plan can depend on: beds, blocks and stays in the
 * plan's window, and the full records (person and stays for the rules) of the requesting
 * person and of every person whose stay could give way, i.e. who holds a bed on those nights.
 */
export async function loadPlanSnapshot(
  ctx: ServiceContext,
  request: Request,
): Promise<PlanSnapshot> {
  const person = await requirePerson(ctx, request.personId);
  const settings = await ctx.repo.getSettings();
  return loadSnapshot(ctx, settings, planWindow(request, settings), (stays) => {
    const affected = stays.filter((s) => s.start < request.end && request.start < s.end);
    return [person.id, ...affected.map((s) => s.personId)];
  });
}

/**
 * Loads a planner snapshot for the dates of `window`: beds, blocks and stays in it, and the
 * person and stays (as far as the rules look) of each person `personIdsOf` names among them.
 * Shared by emergency plans and by the offers of the to-contact list (`stays.offers`).
 */
export async function loadSnapshot(
  ctx: ServiceContext,
  settings: Settings,
  window: { from: string; to: string },
  personIdsOf: (stays: readonly Stay[]) => Iterable<string>,
): Promise<PlanSnapshot> {
  const [beds, blocks, stays] = await Promise.all([
    ctx.repo.listBeds(),
    ctx.repo.blocksInRange(window),
    ctx.repo.staysInRange(window),
  ]);
  const personRange = personWindow({ start: window.from, end: window.to }, settings);
  const persons: Record<string, Person> = {};
  const personStays: Record<string, Stay[]> = {};
  await Promise.all(
    [...new Set(personIdsOf(stays))].map(async (id) => {
      const found = await ctx.repo.getPerson(id);
      if (!found) return;
      persons[id] = found;
      personStays[id] = await ctx.repo.staysInRange(personRange, { personId: id });
    }),
  );
  return { settings, today: todayInJapan(ctx.now()), beds, blocks, stays, persons, personStays };
}

async function plan(ctx: ServiceContext, request: Request): Promise<EmergencyPlan> {
  const result = planEmergency(request, await loadPlanSnapshot(ctx, request));
  if (!result.ok) {
    fail('NO_EMERGENCY_CAPACITY', {
      reasons: result.reasons,
      explanations: result.explanations,
    });
  }
  return result.plan;
}

export async function planEmergencyStay(
  ctx: ServiceContext,
  input: ParsedInput<'emergency.plan'>,
): Promise<EmergencyPlan> {
  const { intake, ...request } = input;
  if (intake) checkIntake(ctx, intake);
  return plan(ctx, request);
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  const x = [...a].sort();
  const y = [...b].sort();
  return x.length === y.length && x.every((id, i) => id === y[i]);
}

/** The plan the desk saw: same bed, same bookings bumped, and (when given) the same shortened. */
function samePlan(
  plan: EmergencyPlan,
  expect: { bedId: string; bumped: string[]; shortened?: string[] },
): boolean {
  return (
    plan.bedId === expect.bedId &&
    sameIds(plan.bumped, expect.bumped) &&
    (expect.shortened === undefined ||
      sameIds(
        plan.shortened.map((s) => s.stayId),
        expect.shortened,
      ))
  );
}

/**
 * Re-plans from current data and applies the plan in one write: the emergency stay, every bumped
 * stay, every stay cut short and every booking shortened land together, or nothing does.
 */
export async function commitEmergency(
  ctx: ServiceContext,
  input: ParsedInput<'emergency.commit'>,
): Promise<ChannelOutput<'emergency.commit'>> {
  const { expect, intake, ...request } = input;
  if (intake) checkIntake(ctx, intake);
  const current = await plan(ctx, request);
  if (expect && !samePlan(current, expect)) {
    fail('STALE_PLAN', { plan: current });
  }
  const errors = current.violations.filter((v) => v.severity === 'error');
  if (errors.length > 0) {
    fail('RULE_VIOLATION', { violations: current.violations });
  }
  const at = timestamp(ctx.now());
  const stay: Stay = {
    id: newId(),
    personId: request.personId,
    bedId: current.bedId,
    kind: 'emergency',
    start: request.start,
    end: request.end,
    status: 'confirmed',
    createdAt: at,
    overrides: [],
    warnings: [...new Set(current.violations.map((v) => v.code))],
    ...(intake ? { intake } : {}),
  };
  const reason = '緊急受入のため';
  const bumped: Stay[] = [];
  for (const id of current.bumped) {
    const old = await ctx.repo.getStay(id);
    if (old)
      bumped.push({
        ...old,
        status: 'bumped',
        bumpedBy: stay.id,
        bumpReason: reason,
        updatedAt: at,
      });
  }
  const cutShort: Stay[] = [];
  for (const { stayId, newEnd } of current.cutShort) {
    const old = await ctx.repo.getStay(stayId);
    if (old) {
      cutShort.push({
        ...old,
        end: newEnd,
        originalEnd: old.originalEnd ?? old.end,
        cutShortBy: stay.id,
        bumpReason: reason,
        updatedAt: at,
      });
    }
  }
  const shortened: Stay[] = [];
  for (const { stayId, newEnd } of current.shortened) {
    const old = await ctx.repo.getStay(stayId);
    if (old) {
      shortened.push({
        ...old,
        end: newEnd,
        originalEnd: old.originalEnd ?? old.end,
        shortenedBy: stay.id,
        bumpReason: reason,
        updatedAt: at,
      });
    }
  }
  await ctx.repo.apply({
    stays: [stay, ...bumped, ...cutShort, ...shortened],
    audit: [
      auditEntry(ctx, {
        action: 'emergency.commit',
        entity: 'stay',
        entityId: stay.id,
        facts: {
          bedId: stay.bedId,
          reason: intake?.reason ?? null,
          requestedBy: intake?.requestedBy ?? null,
          bumped: bumped.length,
          cutShort: cutShort.length,
          shortened: shortened.length,
        },
      }),
      ...bumped.map((s) =>
        auditEntry(ctx, {
          action: 'stay.bump',
          entity: 'stay',
          entityId: s.id,
          facts: { by: stay.id },
        }),
      ),
      ...cutShort.map((s) =>
        auditEntry(ctx, {
          action: 'stay.cutShort',
          entity: 'stay',
          entityId: s.id,
          fields: ['end'],
          facts: { by: stay.id },
        }),
      ),
      ...shortened.map((s) =>
        auditEntry(ctx, {
          action: 'stay.shorten',
          entity: 'stay',
          entityId: s.id,
          fields: ['end'],
          facts: { by: stay.id },
        }),
      ),
    ],
  });
  return { stay, bumped, cutShort, shortened };
}
