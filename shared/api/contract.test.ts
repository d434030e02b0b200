import { describe, expect, it } from 'vitest';
import { ROLES } from '../domain/schemas';
import { ANYONE, CHANNELS, DATA_KINDS, contract, refreshedBy, type Channel } from './contract';

describe('the contract entries', () => {
  it('say for every channel whether it changes data, and what', () => {
    for (const channel of CHANNELS) {
      const { mutates, reads, changes } = contract[channel];
      expect(changes.length > 0, channel).toBe(mutates);
      if (mutates) expect(reads, channel).toEqual([]);
      for (const kind of [...reads, ...changes]) expect(DATA_KINDS, channel).toContain(kind);
    }
  });

  it('mark exactly the channels that write as changing data', () => {
    const mutating = CHANNELS.filter((c) => contract[c].mutates).sort();
    expect(mutating).toEqual(
      [
        'beds.block',
        'beds.save',
        'beds.unblock',
        'emergency.commit',
        'persons.save',
        'session.signIn',
        'session.signOut',
        'settings.update',
        'staff.save',
        'staff.setup',
        'stays.saveGoals',
        'storage.newRecoveryKey',
        'storage.recover',
        'storage.restoreBackup',
        'storage.takeRecoveryKey',
        'storage.unlock',
        'stays.cancel',
        'stays.checkIn',
        'stays.undoCheckIn',
        'stays.saveComment',
        'stays.checkOut',
        'stays.create',
        'stays.markContacted',
        'stays.update',
        'stays.saveDay',
        'emergency.saveIntake',
        'emergency.extendAddOn',
        'training.delete',
        'training.save',
        'retention.erase',
      ].sort(),
    );
  });

  it('let the manager call every channel, and only signing in and the change poll be open to anyone', () => {
    for (const channel of CHANNELS) {
      const { roles } = contract[channel];
      if (roles === ANYONE) continue;
      expect(roles, channel).toContain('manager');
      for (const role of roles) expect(ROLES, channel).toContain(role);
    }
    // changes.since names no record, and a poll every second must not keep a session alive.
    expect(CHANNELS.filter((c) => contract[c].roles === ANYONE).sort()).toEqual([
      'changes.since',
      'session.signIn',
      'session.staffNames',
      'staff.setup',
      // Before the folder opens nobody can sign in: the recovery key or passphrase opens it.
      'storage.keyState',
      'storage.recover',
      'storage.unlock',
    ]);
  });

  it('open only the damaged-store notice and its restore while the store is damaged', () => {
    expect(CHANNELS.filter((c) => 'openWhileDamaged' in contract[c]).sort()).toEqual([
      'storage.keyState',
      'storage.recover',
      'storage.restoreBackup',
      'storage.status',
      'storage.unlock',
    ]);
  });

  it('leave no cached answer that no change would ever refresh', () => {
    const refreshed = new Set<Channel>(CHANNELS.flatMap((c) => refreshedBy(c)));
    const cached = CHANNELS.filter((c) => !contract[c].mutates && contract[c].reads.length > 0);
    expect(cached.filter((c) => !refreshed.has(c))).toEqual([]);
  });
});

describe('what a change refreshes', () => {
  it.each<[Channel, Channel[], Channel[]]>([
    // The yearly usage changes with every stay change: a drag, a check-out, an emergency's bumps.
    ['stays.update', ['usage.get', 'persons.usage', 'stays.list', 'stays.check'], ['beds.list']],
    ['emergency.commit', ['usage.get', 'persons.usage', 'stays.toContact', 'emergency.plan'], []],
    ['stays.checkOut', ['usage.get', 'training.tonight', 'summary.get'], ['persons.get']],
    // The cap and the fiscal year's first month are settings.
    ['settings.update', ['usage.get', 'stays.check', 'settings.get'], ['stays.list']],
    ['beds.block', ['beds.blocks', 'stays.check', 'emergency.plan', 'stays.offers'], ['usage.get']],
    ['persons.save', ['persons.search', 'persons.get', 'persons.names', 'stays.check'], []],
    ['training.save', ['training.tonight', 'summary.get', 'training.progress'], ['usage.get']],
    ['storage.restoreBackup', ['storage.status', 'usage.get', 'beds.list', 'training.list'], []],
    // A day's facts are on the stay panel and the 実績記録票; they change no booking.
    [
      'stays.saveDay',
      ['stays.days', 'records.month', 'records.monthAll'],
      ['usage.get', 'stays.list'],
    ],
    ['emergency.commit', ['reports.year', 'reports.emergencies', 'reports.occupancy'], []],
    ['settings.update', ['stays.days', 'records.month'], []],
  ])('%s refreshes %j and not %j', (channel, refreshed, untouched) => {
    const stale = refreshedBy(channel);
    for (const c of refreshed) expect(stale).toContain(c);
    for (const c of untouched) expect(stale).not.toContain(c);
  });

  it('refreshes nothing after a call that changes nothing', () => {
    for (const channel of CHANNELS.filter((c) => !contract[c].mutates)) {
      expect(refreshedBy(channel), channel).toEqual([]);
    }
  });

  it('never names a channel that changes data as a cached answer', () => {
    for (const channel of CHANNELS) {
      for (const c of refreshedBy(channel)) expect(contract[c].mutates).toBe(false);
    }
  });
});
