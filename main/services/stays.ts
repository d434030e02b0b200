import type { ChannelOutput, ParsedInput } from '../../shared/api/contract';
import { fail } from '../../shared/api/errors';
import { issue } from '../../shared/messages/issues';
import type {
  Author,
  Override,
  StaffComment,
  StaffCommentVersion,
  Stay,
  StayStatus,
} from '../../shared/domain/schemas';
import { canTransition, isClosed } from '../../shared/domain/status';
import {
  checkInRefusal,
  checkOutRefusal,
  dateChangeRefusal,
  departureKind,
  undoCheckInRefusal,
  type Refusal,
} from '../../shared/domain/stay-lifecycle';
import { auditEntry, changedFields } from './audit';
import { acceptDraft, checkDraft } from './booking';
import { timestamp, todayInJapan } from './clock';
import type { ServiceContext } from './context';
import { newId } from './ids';
import { requireStay } from './lookups';

export async function listStays(
  ctx: ServiceContext,
  input: ParsedInput<'stays.list'>,
): Promise<ChannelOutput<'stays.list'>> {
  return ctx.repo.staysInRange(input);
}

export async function getStay(ctx: ServiceContext, input: ParsedInput<'stays.get'>): Promise<Stay> {
  return requireStay(ctx, input.id);
}

export async function checkStayDraft(
  ctx: ServiceContext,
  input: ParsedInput<'stays.check'>,
): Promise<ChannelOutput<'stays.check'>> {
  if (input.stayId) await requireStay(ctx, input.stayId);
  return { violations: await checkDraft(ctx, input.draft, input.stayId) };
}

export async function createStay(
  ctx: ServiceContext,
  input: ParsedInput<'stays.create'>,
): Promise<Stay> {
  const { draft } = input;
  const bumped = input.rebookOf ? await requireRebookable(ctx, input.rebookOf, draft) : undefined;
  const accepted = await acceptDraft(ctx, draft, input.overrides);
  const stay: Stay = {
    ...draft,
    id: newId(),
    status: draft.status ?? 'tentative',
    createdAt: timestamp(ctx.now()),
    overrides: accepted.overrides,
    warnings: accepted.warnings,
    ...(bumped ? { rebookOf: bumped.id } : {}),
  };
  const rebooked = bumped
    ? { ...bumped, rebookedAs: stay.id, updatedAt: timestamp(ctx.now()) }
    : undefined;
  await ctx.repo.apply({
    stays: rebooked ? [stay, rebooked] : [stay],
    audit: [
      auditEntry(ctx, {
        action: 'stay.create',
        entity: 'stay',
        entityId: stay.id,
        facts: {
          kind: stay.kind,
          status: stay.status,
          overrides: stay.overrides.map((o) => o.rule).join(',') || null,
          warnings: accepted.warnings.join(',') || null,
          rebookOf: bumped?.id ?? null,
        },
      }),
      ...(rebooked
        ? [
            auditEntry(ctx, {
              action: 'stay.rebook',
              entity: 'stay',
              entityId: rebooked.id,
              fields: ['rebookedAs'],
              facts: { as: stay.id },
            }),
          ]
        : []),
    ],
  });
  return stay;
}

/**
 * The bumped stay a new booking gives new dates to: it must be bumped, not given new dates
 * already (one family, one rebooking), and for the same person.
 */
async function requireRebookable(
  ctx: ServiceContext,
  id: string,
  draft: { personId: string },
): Promise<Stay> {
  const bumped = await requireStay(ctx, id);
  if (bumped.status !== 'bumped') fail('STAY_NOT_BUMPED', { status: bumped.status });
  if (bumped.rebookedAs) fail('ALREADY_REBOOKED', { rebookedAs: bumped.rebookedAs });
  if (bumped.personId !== draft.personId) {
    fail('INVALID_INPUT', { issues: [issue('NOT_SAME_PERSON', ['draft', 'personId'])] });
  }
  return bumped;
}

function refuseTransition(from: StayStatus, to: StayStatus): never {
  return fail('INVALID_TRANSITION', { from, to });
}

/** Saves a changed stay with its audit line; the status change, if any, is recorded as a fact. */
async function saveStay(
  ctx: ServiceContext,
  before: Stay,
  after: Stay,
  action: string,
): Promise<Stay> {
  const saved = { ...after, updatedAt: timestamp(ctx.now()) };
  await ctx.repo.apply({
    stays: [saved],
    audit: [
      auditEntry(ctx, {
        action,
        entity: 'stay',
        entityId: saved.id,
        fields: changedFields(before, after),
        facts:
          before.status === after.status
            ? { status: after.status }
            : { from: before.status, to: after.status },
      }),
    ],
  });
  return saved;
}

export async function updateStay(
  ctx: ServiceContext,
  input: ParsedInput<'stays.update'>,
): Promise<Stay> {
  const stay = await requireStay(ctx, input.id);
  const { changes } = input;
  const status = changes.status ?? stay.status;
  const touchesBooking =
    changes.bedId !== undefined || changes.start !== undefined || changes.end !== undefined;

  if (status !== stay.status) {
    // Bumping happens only through an emergency commit, checkout and cancel have their own
    // channels that record the date and the reason, and check-in has its own that checks the date.
    if (
      status === 'bumped' ||
      status === 'in_stay' ||
      status === 'completed' ||
      status === 'cancelled'
    )
      refuseTransition(stay.status, status);
    if (!canTransition(stay.status, status)) refuseTransition(stay.status, status);
  }
  if (isClosed(stay.status) && (touchesBooking || status !== stay.status)) {
    fail('STAY_CLOSED', { status: stay.status });
  }
  // Which dates may change, for the stay's status (shared with the calendar and the panel).
  const datesRefusal = dateChangeRefusal(stay, changes, todayInJapan(ctx.now()));
  if (datesRefusal) refuse(datesRefusal);

  let next: Stay = {
    ...stay,
    ...changes,
    status,
  };
  if (touchesBooking) {
    const accepted = await acceptDraft(ctx, next, mergeOverrides(stay, input.overrides), stay.id);
    next = { ...next, overrides: accepted.overrides, warnings: accepted.warnings };
  }
  return saveStay(ctx, stay, next, 'stay.update');
}

/**
 * Overrides already given still count after an edit, with who approved them; new reasons
 * replace old ones for a rule.
 */
function mergeOverrides(stay: Stay, given: { rule: string; reason: string }[] = []) {
  const byRule = new Map<string, Override>(stay.overrides.map((o) => [o.rule, o]));
  for (const o of given) byRule.set(o.rule, { rule: o.rule, reason: o.reason });
  return [...byRule.values()];
}

export async function cancelStay(
  ctx: ServiceContext,
  input: ParsedInput<'stays.cancel'>,
): Promise<Stay> {
  const stay = await requireStay(ctx, input.id);
  if (stay.status !== 'tentative' && stay.status !== 'confirmed')
    refuseTransition(stay.status, 'cancelled');
  return saveStay(
    ctx,
    stay,
    { ...stay, status: 'cancelled', cancelReason: input.reason.trim() },
    'stay.cancel',
  );
}

function refuse(refusal: Refusal): never {
  if (refusal.code === 'INVALID_TRANSITION') {
    const { from, to } = refusal.details as { from: StayStatus; to: StayStatus };
    return refuseTransition(from, to);
  }
  return fail(refusal.code, refusal.details);
}

export async function checkIn(
  ctx: ServiceContext,
  input: ParsedInput<'stays.checkIn'>,
): Promise<Stay> {
  const stay = await requireStay(ctx, input.id);
  const refusal = checkInRefusal(stay, todayInJapan(ctx.now()));
  if (refusal) refuse(refusal);
  const from = stay.status === 'tentative' ? 'tentative' : 'confirmed';
  return saveStay(
    ctx,
    stay,
    { ...stay, status: 'in_stay', checkedIn: { at: timestamp(ctx.now()), from } },
    'stay.checkIn',
  );
}

/**
 * Undoes a check-in recorded by mistake, the same day only: the stay is again the booking it
 * was (tentative or confirmed), and the audit trail keeps both steps.
 */
export async function undoCheckIn(
  ctx: ServiceContext,
  input: ParsedInput<'stays.undoCheckIn'>,
): Promise<Stay> {
  const stay = await requireStay(ctx, input.id);
  const refusal = undoCheckInRefusal(stay, todayInJapan(ctx.now()));
  if (refusal) refuse(refusal);
  const { checkedIn, ...rest } = stay;
  return saveStay(
    ctx,
    stay,
    { ...rest, status: checkedIn?.from ?? 'confirmed' },
    'stay.undoCheckIn',
  );
}

const CHECK_OUT_ACTION = {
  asPlanned: 'stay.checkOut',
  early: 'stay.checkOutEarly',
  sameDay: 'stay.checkOutSameDay',
} as const;

/**
 * Records a departure that happened, today or earlier (see `checkOutRefusal`). A departure
 * before the booked end frees the remaining nights: the stay ends on that date and keeps its
 * booked end as `originalEnd`. A departure on the arrival date leaves a stay of one day of use
 * and no night (`end == start`).
 */
export async function checkOut(
  ctx: ServiceContext,
  input: ParsedInput<'stays.checkOut'>,
): Promise<Stay> {
  const stay = await requireStay(ctx, input.id);
  const today = todayInJapan(ctx.now());
  const date = input.date ?? today;
  const refusal = checkOutRefusal(stay, date, today);
  if (refusal) refuse(refusal);
  const kind = departureKind(stay, date);
  const early = date < stay.end;
  return saveStay(
    ctx,
    stay,
    {
      ...stay,
      status: 'completed',
      end: date,
      ...(early ? { originalEnd: stay.originalEnd ?? stay.end } : {}),
    },
    CHECK_OUT_ACTION[kind],
  );
}

export async function staysToContact(ctx: ServiceContext): Promise<Stay[]> {
  return ctx.repo.staysToContact();
}

export async function markContacted(
  ctx: ServiceContext,
  input: ParsedInput<'stays.markContacted'>,
): Promise<Stay> {
  const stay = await requireStay(ctx, input.id);
  if (stay.status !== 'bumped') {
    fail('STAY_NOT_BUMPED', { status: stay.status });
  }
  if (stay.contactedAt) return stay;
  return saveStay(ctx, stay, { ...stay, contactedAt: timestamp(ctx.now()) }, 'stay.markContacted');
}

/** Who signs a comment: the signed-in staff member, by id and the name they have now. */
function commentAuthor(ctx: ServiceContext): Author {
  return { id: ctx.actor.id, name: ctx.actor.name };
}

/**
 * Writes the stay's 職員所見 (what its summary prints), with its author and time. A stay of any
 * status may have them: they are usually written after the guest has left. The version
 * replaced is kept in `earlier`, so a comment is corrected, never lost.
 */
export async function saveComment(
  ctx: ServiceContext,
  input: ParsedInput<'stays.saveComment'>,
): Promise<Stay> {
  const stay = await requireStay(ctx, input.stayId);
  const before = stay.staffComment;
  const text = input.text.trim();
  if (before && before.text === text) return stay;
  const version: StaffCommentVersion = {
    text,
    author: commentAuthor(ctx),
    writtenAt: timestamp(ctx.now()),
  };
  const staffComment: StaffComment = before
    ? {
        ...version,
        earlier: [
          ...(before.earlier ?? []),
          { text: before.text, author: before.author, writtenAt: before.writtenAt },
        ],
      }
    : version;
  return saveStay(ctx, stay, { ...stay, staffComment }, 'stay.comment');
}

/**
 * `stays.saveGoals`: replaces the stay's training goals per domain (目標). A channel of its own,
 * not a change of the booking: the care staff set goals, the front desk changes bookings.
 */
export async function saveGoals(
  ctx: ServiceContext,
  input: ParsedInput<'stays.saveGoals'>,
): Promise<Stay> {
  const stay = await requireStay(ctx, input.stayId);
  return saveStay(ctx, stay, { ...stay, goals: input.goals }, 'stay.goals');
}
