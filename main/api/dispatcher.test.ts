import { rm } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../shared/api/contract';
import type { Repository } from '../storage/repository';
import { openStore, type Store } from '../storage/store';
import {
  bedInput,
  checkedAgainstContract,
  createFixture,
  MANAGER_SECRET,
  personInput,
  TEST_SECRET_COST,
  type Fixture,
} from '../testing/fixture';
import { createDispatcher, type RuntimeContext } from './dispatcher';
import { createSessions } from './sessions';
import { storageOf } from '../runtime';
import { TEST_KEYS } from '../storage/test-fixtures';

let f: Fixture;
beforeEach(async () => {
  f = await createFixture();
});
afterEach(() => f.dispose());

describe('the dispatcher', () => {
  it('answers UNKNOWN_CHANNEL for a channel that is not in the contract', async () => {
    for (const name of ['stays.destroy', '__proto__', 'constructor', '']) {
      const answer = await f.answer(name, {});
      expect(answer.ok ? 'ok' : answer.error.code, name).toBe('UNKNOWN_CHANNEL');
    }
  });

  it('answers INVALID_INPUT with the schema issues for bad input on every channel, writing nothing', async () => {
    await f.call('beds.save', { bed: bedInput('A-1', 1) });
    await f.call('persons.save', { person: personInput() });
    const before = await f.storedData();
    for (const channel of CHANNELS) {
      for (const bad of [{ unexpected: true }, 'text', 42, [1, 2]]) {
        const answer = await f.answer(channel, bad);
        expect(answer.ok ? 'ok' : answer.error.code, `${channel} ${JSON.stringify(bad)}`).toBe(
          'INVALID_INPUT',
        );
        if (!answer.ok) expect(answer.error.issues?.length).toBeGreaterThan(0);
      }
    }
    expect(await f.storedData()).toEqual(before);
  });

  it('refuses malformed values inside an otherwise well-formed input', async () => {
    const bed = await f.call('beds.save', { bed: bedInput('A-1', 1) });
    const person = await f.call('persons.save', { person: personInput() });
    const before = await f.storedData();
    const cases: [string, unknown][] = [
      [
        'stays.create',
        {
          draft: {
            personId: person.id,
            bedId: bed.id,
            kind: 'experience',
            start: '2026-02-30',
            end: '2026-03-02',
          },
        },
      ],
      [
        'stays.create',
        {
          draft: {
            personId: person.id,
            bedId: bed.id,
            kind: 'holiday',
            start: '2026-05-01',
            end: '2026-05-02',
          },
        },
      ],
      [
        'stays.create',
        {
          draft: {
            personId: person.id,
            bedId: bed.id,
            kind: 'experience',
            start: '2026/05/01',
            end: '2026-05-02',
          },
        },
      ],
      ['persons.save', { person: { ...personInput(), certificateNumber: '12345' } }],
      ['persons.save', { person: { ...personInput(), familyNameKana: '' } }],
      ['settings.update', { fiscalYearStartMonth: 13 }],
      ['beds.save', { bed: { ...bedInput('A-2', 2), allows: [] } }],
      [
        'training.save',
        { record: { stayId: 'x', date: '2026-05-01', domain: 'cooking', level: 5 } },
      ],
      ['usage.get', { personId: person.id, fiscalYear: 'this year' }],
    ];
    for (const [channel, input] of cases) {
      const answer = await f.answer(channel, input);
      expect(answer.ok ? 'ok' : answer.error.code, `${channel} ${JSON.stringify(input)}`).toBe(
        'INVALID_INPUT',
      );
    }
    expect(await f.storedData()).toEqual(before);
  });

  it('refuses overlapping or reversed authorisation periods, naming the field', async () => {
    const overlapping = await f.answer('persons.save', {
      person: personInput({
        authorizations: [
          { from: '2026-04-01', to: '2026-09-30' },
          { from: '2026-09-01', to: '2027-03-31' },
        ],
      }),
    });
    expect(
      overlapping.ok ? [] : overlapping.error.issues?.map((i) => [i.code, i.path.join('.')]),
    ).toEqual([['AUTHORIZATION_OVERLAP', 'authorizations.1.from']]);
    const reversed = await f.answer('persons.save', {
      person: personInput({ authorizations: [{ from: '2026-09-01', to: '2026-04-01' }] }),
    });
    expect(reversed.ok ? [] : reversed.error.issues?.map((i) => i.code)).toEqual([
      'DATES_OUT_OF_ORDER',
    ]);
    expect(await f.call('persons.search', {})).toEqual([]);
  });

  it('runs writes one at a time so two bookings of the same night cannot both pass', async () => {
    const bed = await f.call('beds.save', { bed: bedInput('A-1', 1) });
    const people = await Promise.all(
      ['一', '二', '三', '四', '五'].map((g) =>
        f.call('persons.save', { person: personInput({ givenName: g }) }),
      ),
    );
    const answers = await Promise.all(
      people.map((p) =>
        f.answer('stays.create', {
          draft: {
            personId: p.id,
            bedId: bed.id,
            kind: 'experience',
            start: '2026-06-01',
            end: '2026-06-03',
          },
        }),
      ),
    );
    expect(answers.filter((a) => a.ok)).toHaveLength(1);
    expect(await f.call('stays.list', { from: '2026-06-01', to: '2026-06-03' })).toHaveLength(1);
  });
});

/** Sets up the first manager on a fresh store and signs them in; answers the session. */
async function signedInManager(ctx: RuntimeContext): Promise<string> {
  const dispatch = createDispatcher(ctx);
  const setup = await dispatch('staff.setup', {
    name: '試験 管理者',
    nameKana: 'しけん',
    secret: MANAGER_SECRET,
  });
  if (!setup.ok) throw new Error(setup.error.code);
  const { id } = setup.value as { id: string };
  const signIn = await dispatch('session.signIn', { staffId: id, secret: MANAGER_SECRET });
  if (!signIn.ok) throw new Error(signIn.error.code);
  return (signIn.value as { session: string }).session;
}

describe("the dispatcher's write transaction", () => {
  let store: Store;
  let base: RuntimeContext;
  let manager: string;
  const asManager = () => ({ session: manager });
  beforeEach(async () => {
    store = await openStore({
      keys: TEST_KEYS,
      dataDir: f.dataDir + '-tx',
      now: () => f.clock.now,
    });
    base = {
      repo: store.repo,
      now: () => f.clock.now,
      sessions: createSessions(() => f.clock.now),
      secretCost: TEST_SECRET_COST,
      storage: storageOf(store),
    };
    manager = await signedInManager(base);
  });
  afterEach(async () => {
    await store.close();
    await rm(f.dataDir + '-tx', { recursive: true, force: true });
  });

  /**
   * A context whose store records its transactions and hands each one its own repository, as
   * a database store does (its repository bound to the transaction's connection).
   */
  function recordingContext(ctx: RuntimeContext) {
    const log: string[] = [];
    const inner = ctx.repo;
    const bound = (name: string): Repository =>
      new Proxy(inner, {
        get(target, key, receiver) {
          const value: unknown = Reflect.get(target, key, receiver);
          if (key === 'apply') {
            return (changes: Parameters<Repository['apply']>[0]) => {
              log.push(`${name}: apply`);
              return inner.apply(changes);
            };
          }
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
    let opened = 0;
    const repo = new Proxy(bound('outside'), {
      get(target, key, receiver) {
        if (key !== 'transaction') return Reflect.get(target, key, receiver);
        return <T>(work: (r: Repository) => Promise<T>) => {
          const name = `transaction ${++opened}`;
          log.push(`${name}: begin`);
          return inner.transaction(() => work(bound(name))).finally(() => log.push(`${name}: end`));
        };
      },
    });
    return { ctx: { ...ctx, repo }, log };
  }

  it('runs a channel that changes data in one transaction, writing through its repository', async () => {
    const { ctx, log } = recordingContext(base);
    const dispatch = createDispatcher(ctx);
    const answer = await dispatch('beds.save', { bed: bedInput('A-1', 1) }, asManager());
    expect(answer.ok).toBe(true);
    expect(log).toEqual(['transaction 1: begin', 'transaction 1: apply', 'transaction 1: end']);
  });

  it('runs a channel that only reads outside any transaction', async () => {
    const { ctx, log } = recordingContext(base);
    const dispatch = createDispatcher(ctx);
    expect((await dispatch('beds.list', {}, asManager())).ok).toBe(true);
    expect(
      (await dispatch('stays.list', { from: '2026-06-01', to: '2026-06-30' }, asManager())).ok,
    ).toBe(true);
    expect(log).toEqual([]);
  });

  it('opens no transaction for input its schema refuses', async () => {
    const { ctx, log } = recordingContext(base);
    const dispatch = createDispatcher(ctx);
    expect((await dispatch('beds.save', { bed: {} }, asManager())).ok).toBe(false);
    expect(log).toEqual([]);
  });
});

describe('the service-test fixture', () => {
  it("fails a call whose answer is outside the channel's output schema", () => {
    const stay = { id: 's1', personId: 'p1' };
    expect(() => checkedAgainstContract('stays.get', { ok: true, value: stay })).toThrow(
      /stays.get answered outside its output schema/,
    );
    const error = { ok: false as const, error: { code: 'NOT_FOUND' as const, message: '' } };
    expect(checkedAgainstContract('stays.get', error)).toBe(error);
  });
});
