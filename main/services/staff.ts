/**
 * The staff register (職員台帳): the first manager at first run, then the manager adds, changes
 * and retires staff and sets their secrets. A retired member of staff stays in the register (they
 * are the author of old records) but cannot sign in, and their open sessions end.
 */
import type { ChannelOutput, ParsedInput } from '../../shared/api/contract';
import { fail } from '../../shared/api/errors';
import { issue } from '../../shared/messages/issues';
import { ROLES, type Role } from '../../shared/domain/schemas';
import {
  MIN_SECRET_LENGTH,
  secretLongEnough,
  type Credential,
  type Staff,
} from '../../shared/domain/staff';
import { auditEntry, changedFields } from './audit';
import type { ServiceContext } from './context';
import { newId } from './ids';
import { hashSecret } from './secrets';

/** Refuses a missing secret or one shorter than MIN_SECRET_LENGTH, naming the field, never the secret. */
function requireSecret(secret: string | undefined): string {
  if (secret === undefined || !secretLongEnough(secret)) {
    const code = secret === undefined ? 'SECRET_REQUIRED' : 'SECRET_TOO_SHORT';
    fail('INVALID_INPUT', { issues: [issue(code, ['secret'], { min: MIN_SECRET_LENGTH })] });
  }
  return secret;
}

/** The roles in their usual order, each once. */
function orderedRoles(roles: readonly Role[]): Role[] {
  return ROLES.filter((role) => roles.includes(role));
}

const isActiveManager = (s: Staff) => s.active && s.roles.includes('manager');

/** `staff.setup`: the first manager, made only while the register is empty. */
export async function setupStaff(
  ctx: ServiceContext,
  input: ParsedInput<'staff.setup'>,
): Promise<Staff> {
  if ((await ctx.repo.listStaff()).length > 0) {
    fail('ALREADY_SET_UP');
  }
  const secret = requireSecret(input.secret);
  const staff: Staff = {
    id: newId(),
    name: input.name,
    nameKana: input.nameKana,
    roles: ['manager'],
    qualifications: [],
    active: true,
  };
  const credential = await hashSecret(staff.id, secret, ctx.secretCost, ctx.now());
  await ctx.repo.apply({
    staff: [staff],
    credentials: [credential],
    audit: [
      // Nobody is signed in yet: the first manager sets themselves up.
      auditEntry(
        { ...ctx, actor: { id: staff.id, name: staff.name } },
        {
          action: 'staff.setup',
          entity: 'staff',
          entityId: staff.id,
          fields: ['name', 'nameKana', 'roles', 'secret'],
        },
      ),
    ],
  });
  return staff;
}

export async function listStaff(ctx: ServiceContext): Promise<Staff[]> {
  return ctx.repo.listStaff();
}

/** `staff.names`: names by id for showing authors, retired staff included. */
export async function staffNames(
  ctx: ServiceContext,
  input: ParsedInput<'staff.names'>,
): Promise<ChannelOutput<'staff.names'>> {
  const wanted = new Set(input.ids);
  return (await ctx.repo.listStaff())
    .filter((s) => wanted.has(s.id))
    .map(({ id, name, nameKana, active }) => ({ id, name, nameKana, active }));
}

/**
 * `staff.save`: adds or changes a member of staff. A new one needs a secret. Setting a secret
 * also lifts a lock (the manager vouches for the person) and ends the person's other sessions;
 * retiring ends all of them. The register must keep one active manager.
 */
export async function saveStaff(
  ctx: ServiceContext,
  input: ParsedInput<'staff.save'>,
): Promise<Staff> {
  const everyone = await ctx.repo.listStaff();
  const given = input.staff;
  const before =
    given.id === undefined
      ? undefined
      : (everyone.find((s) => s.id === given.id) ??
        fail('NOT_FOUND', { entity: 'staff', id: given.id }));
  const secret = input.secret !== undefined || !before ? requireSecret(input.secret) : undefined;
  const staff: Staff = { ...given, id: before?.id ?? newId(), roles: orderedRoles(given.roles) };

  const managersAfter = everyone
    .map((s) => (s.id === staff.id ? staff : s))
    .concat(before ? [] : [staff])
    .filter(isActiveManager);
  if (managersAfter.length === 0) {
    fail('LAST_MANAGER');
  }

  let credential: Credential | undefined;
  if (secret !== undefined)
    credential = await hashSecret(staff.id, secret, ctx.secretCost, ctx.now());
  const fields = changedFields(before, staff).concat(credential ? ['secret'] : []);
  await ctx.repo.apply({
    staff: [staff],
    ...(credential
      ? { credentials: [credential], signInStates: [{ staffId: staff.id, failures: 0 }] }
      : {}),
    audit: [
      auditEntry(ctx, {
        action: before ? 'staff.update' : 'staff.create',
        entity: 'staff',
        entityId: staff.id,
        fields,
        facts: { roles: staff.roles.join(','), active: staff.active },
      }),
    ],
  });
  if (!staff.active) ctx.sessions.endAllOf(staff.id);
  else if (credential) ctx.sessions.endAllOf(staff.id, ctx.sessionId);
  return staff;
}
