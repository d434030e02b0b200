/**
 * The role table, walked whole: every channel of the contract called by a member of staff of
 * each role (holding that role only) through the dispatcher, answered FORBIDDEN or not. The
 * table below is the facility's policy written out (docs/staff.md shows it); a channel added
 * without its line here, or a role changed in the contract, fails this test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANYONE, CHANNELS, contract, type Channel } from '../../shared/api/contract';
import { ROLES, type Role } from '../../shared/domain/schemas';
import { createFixture, type Fixture } from '../testing/fixture';

/** Per channel, the roles that may call it (the manager may call everything). */
const TABLE: Record<Channel, readonly Role[] | 'anyone'> = {
  'settings.get': ['desk', 'care', 'manager'],
  'settings.update': ['manager'],
  'beds.list': ['desk', 'care', 'manager'],
  'beds.save': ['manager'],
  'beds.block': ['manager'],
  'beds.blocks': ['desk', 'care', 'manager'],
  'beds.unblock': ['manager'],
  'persons.search': ['desk', 'care', 'manager'],
  'persons.get': ['desk', 'care', 'manager'],
  'persons.names': ['desk', 'care', 'manager'],
  // Care staff take night emergencies: they may register the person who arrives.
  'persons.save': ['desk', 'care', 'manager'],
  // Names and what is missing only: the desk, the night carer and the manager all follow it up.
  'persons.readiness': ['desk', 'care', 'manager'],
  'persons.usage': ['desk', 'care', 'manager'],
  'persons.stays': ['desk', 'care', 'manager'],
  'stays.list': ['desk', 'care', 'manager'],
  'stays.get': ['desk', 'care', 'manager'],
  'stays.check': ['desk', 'care', 'manager'],
  'stays.create': ['desk', 'manager'],
  'stays.update': ['desk', 'manager'],
  'stays.cancel': ['desk', 'manager'],
  'stays.checkIn': ['desk', 'care', 'manager'],
  'stays.saveComment': ['care', 'manager'],
  'stays.saveGoals': ['desk', 'care', 'manager'],
  'stays.undoCheckIn': ['desk', 'care', 'manager'],
  'stays.checkOut': ['desk', 'care', 'manager'],
  'stays.toContact': ['desk', 'manager'],
  'stays.markContacted': ['desk', 'manager'],
  'stays.history': ['desk', 'care', 'manager'],
  'stays.offers': ['desk', 'manager'],
  'emergency.plan': ['desk', 'care', 'manager'],
  'emergency.commit': ['desk', 'care', 'manager'],
  'usage.get': ['desk', 'care', 'manager'],
  'training.list': ['desk', 'care', 'manager'],
  'training.save': ['care', 'manager'],
  'training.delete': ['care', 'manager'],
  'summary.get': ['desk', 'care', 'manager'],
  'training.tonight': ['desk', 'care', 'manager'],
  'training.progress': ['desk', 'care', 'manager'],
  'summary.month': ['desk', 'care', 'manager'],
  'print.preview': ['desk', 'care', 'manager'],
  'print.savePdf': ['desk', 'care', 'manager'],
  'storage.status': ['desk', 'care', 'manager'],
  'storage.restoreBackup': ['manager'],
  'storage.takeRecoveryKey': ['manager'],
  'storage.newRecoveryKey': ['manager'],
  'storage.keyState': 'anyone',
  'storage.recover': 'anyone',
  'storage.unlock': 'anyone',
  'staff.setup': 'anyone',
  'session.staffNames': 'anyone',
  'session.signIn': 'anyone',
  'changes.since': 'anyone',
  'connection.get': ['manager'],
  'connection.test': ['manager'],
  'connection.save': ['manager'],
  'connection.import': ['manager'],
  'session.signOut': ['desk', 'care', 'manager'],
  'session.current': ['desk', 'care', 'manager'],
  'staff.list': ['manager'],
  'staff.save': ['manager'],
  'staff.names': ['desk', 'care', 'manager'],
  'audit.list': ['manager'],
  'audit.csv': ['manager'],
  // 保存期間 and 本人開示 (docs/retention.md): erasing a person and copying everything held on
  // them are the manager's alone.
  'retention.list': ['manager'],
  'retention.preview': ['manager'],
  'retention.erase': ['manager'],
  'persons.disclosure': ['manager'],
  // The month's paperwork (docs/paperwork.md): days recorded by whoever is on shift; the
  // 実績記録票 and the reports are the desk's and the manager's; the longer add-on is the manager's.
  'stays.saveDay': ['desk', 'care', 'manager'],
  'stays.days': ['desk', 'care', 'manager'],
  'emergency.saveIntake': ['desk', 'care', 'manager'],
  'emergency.extendAddOn': ['manager'],
  'records.month': ['desk', 'manager'],
  'records.monthAll': ['desk', 'manager'],
  'reports.csv': ['desk', 'manager'],
  'reports.year': ['desk', 'manager'],
  'reports.occupancy': ['desk', 'manager'],
  'reports.experience': ['desk', 'manager'],
  'reports.emergencies': ['desk', 'manager'],
  'reports.registrations': ['desk', 'manager'],
};

let f: Fixture;
const sessions = {} as Record<Role, string>;

beforeAll(async () => {
  f = await createFixture('2026-05-12');
  for (const role of ROLES) {
    const { staff, secret } = await f.addStaff([role], `役割 ${role}`);
    sessions[role] = await f.signIn(staff.id, secret);
  }
});
afterAll(() => f.dispose());

describe('the role table', () => {
  it('names every channel of the contract, and the contract agrees with it', () => {
    expect(Object.keys(TABLE).sort()).toEqual([...CHANNELS].sort());
    for (const channel of CHANNELS) {
      const roles = contract[channel].roles;
      expect([channel, roles === ANYONE ? 'anyone' : [...roles].sort()]).toEqual([
        channel,
        TABLE[channel] === 'anyone' ? 'anyone' : [...TABLE[channel]].sort(),
      ]);
    }
  });

  // 52 channels × 3 roles, each a real call through the dispatcher with the role's session.
  // Input `{}` is wrong for most channels: an allowed call answers INVALID_INPUT (or a refusal
  // of its own), a refused one FORBIDDEN, before its input is even read.
  it.each(ROLES)('is enforced for %s on every channel', async (role) => {
    const answers: [Channel, boolean][] = [];
    for (const channel of CHANNELS) {
      // Signing out would end the session the walk is using: it is checked last, below.
      if (channel === 'session.signOut') continue;
      const answer = await f.as(sessions[role]).answer(channel, {});
      answers.push([channel, answer.ok || answer.error.code !== 'FORBIDDEN']);
    }
    const expected = answers.map(([channel]): [Channel, boolean] => {
      const allowed = TABLE[channel];
      return [channel, allowed === 'anyone' || allowed.includes(role)];
    });
    expect(answers).toEqual(expected);
    expect((await f.as(sessions[role]).answer('session.signOut', {})).ok).toBe(true);
  });
});
