/**
 * The staff register (職員台帳): what the manager may change, what keeps the facility managed,
 * and what the audit says about it.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Envelope } from '../../shared/api/errors';
import { createFixture, type Fixture } from '../testing/fixture';

let f: Fixture;
beforeEach(async () => {
  f = await createFixture('2026-05-12');
});
afterEach(() => f.dispose());

const codeOf = (answer: Envelope<unknown>) => (answer.ok ? 'ok' : answer.error.code);
const newStaff = {
  name: '支援 次郎',
  nameKana: 'しえん じろう',
  roles: ['care' as const],
  qualifications: ['喀痰吸引等研修 第3号', '介護福祉士'],
  active: true,
};

describe('the staff register', () => {
  it('adds a member of staff with roles, qualifications and a secret, listed by reading', async () => {
    const added = await f.call('staff.save', {
      staff: { ...newStaff, roles: ['manager', 'care', 'desk'] },
      secret: 'jiro-2026',
    });
    // Roles in their usual order, whatever order they came in.
    expect(added).toMatchObject({ ...newStaff, roles: ['desk', 'care', 'manager'] });
    const list = await f.call('staff.list', {});
    expect(list.map((s) => s.nameKana)).toEqual(['しえん じろう', 'しけん かんりしゃ']);
  });

  it('needs a secret of six characters or more for someone new; a change may leave it as it is', async () => {
    expect(await f.answer('staff.save', { staff: newStaff })).toMatchObject({
      error: { code: 'INVALID_INPUT', issues: [{ path: ['secret'], code: 'SECRET_REQUIRED' }] },
    });
    expect(await f.answer('staff.save', { staff: newStaff, secret: '12345' })).toMatchObject({
      error: { issues: [{ code: 'SECRET_TOO_SHORT', details: { min: 6 } }] },
    });
    // Six characters, counted as characters: 六文字の合言葉 would do as well.
    const added = await f.call('staff.save', { staff: newStaff, secret: 'ひみつのあい' });
    const renamed = await f.call('staff.save', { staff: { ...added, name: '支援 二郎' } });
    expect(renamed.name).toBe('支援 二郎');
    const session = await f.signIn(added.id, 'ひみつのあい');
    expect(session).toBeTruthy();
  });

  it('refuses roles that are not one of desk, care and manager, and a member with none', async () => {
    for (const roles of [[], ['admin'], ['care', 'care']]) {
      expect(
        codeOf(await f.answer('staff.save', { staff: { ...newStaff, roles }, secret: 'abcdef' })),
      ).toBe('INVALID_INPUT');
    }
  });

  it('keeps one active manager: the last one can neither retire nor lose the role', async () => {
    const me = f.manager!;
    expect(codeOf(await f.answer('staff.save', { staff: { ...me, active: false } }))).toBe(
      'LAST_MANAGER',
    );
    expect(codeOf(await f.answer('staff.save', { staff: { ...me, roles: ['desk'] } }))).toBe(
      'LAST_MANAGER',
    );
    await f.call('staff.save', { staff: { ...newStaff, roles: ['manager'] }, secret: 'second-1' });
    expect(codeOf(await f.answer('staff.save', { staff: { ...me, roles: ['desk'] } }))).toBe('ok');
  });

  it('answers NOT_FOUND for an id that is not in the register', async () => {
    expect(await f.answer('staff.save', { staff: { ...newStaff, id: 'nobody' } })).toMatchObject({
      error: { code: 'NOT_FOUND', entity: 'staff' },
    });
  });

  it('ends the other sessions of someone given a new secret, not the session of whoever set it', async () => {
    const carer = await f.addStaff(['care']);
    const theirs = await f.signIn(carer.staff.id, carer.secret);
    await f.call('staff.save', { staff: carer.staff, secret: 'kawatta-1' });
    expect(codeOf(await f.as(theirs).answer('beds.list', {}))).toBe('UNAUTHENTICATED');
    // The manager changing their own secret stays signed in.
    await f.call('staff.save', { staff: f.manager!, secret: 'kanri-new-1' });
    expect(codeOf(await f.answer('beds.list', {}))).toBe('ok');
  });

  it('writes who changed whom, and which fields, into the audit; never the secret', async () => {
    const carer = await f.addStaff(['care']);
    await f.call('staff.save', {
      staff: { ...carer.staff, qualifications: ['看護師'] },
      secret: 'kawatta-1',
    });
    const trail = await f.call('audit.list', {
      from: '2026-05-12',
      to: '2026-05-12',
      entityId: carer.staff.id,
    });
    expect(trail.filter((e) => e.action.startsWith('staff.'))).toMatchObject([
      {
        action: 'staff.update',
        actor: f.manager?.id,
        actorName: '試験 管理者',
        fields: ['qualifications', 'secret'],
      },
      { action: 'staff.create', actor: f.manager?.id },
    ]);
    expect(JSON.stringify(trail)).not.toMatch(/kawatta|himitsu|看護師/);
  });

  it('lets the manager extend the qualifications the register offers', async () => {
    const settings = await f.call('settings.get', {});
    expect(settings.qualifications).toContain('喀痰吸引等研修 第1号');
    expect(settings.qualifications).toContain('強度行動障害支援者養成研修 実践研修');
    const extended = await f.call('settings.update', {
      qualifications: [...settings.qualifications, '移動支援従業者'],
    });
    expect(extended.qualifications.at(-1)).toBe('移動支援従業者');
  });
});
