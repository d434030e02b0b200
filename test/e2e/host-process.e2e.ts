import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bedInput, personInput } from '../../main/testing/builders';
import { E2E_MANAGER_SECRET, startHostProcess, type HostProcess } from './support/host';
import { settledDataFileContents } from '../../main/testing/data-files';

/**
 * The real `npm run host` process on real files: every answer class of docs/api.md over HTTP, and
 * data that outlives the process.
 */
let host: HostProcess;
let session: string;
beforeAll(async () => {
  host = await startHostProcess();
  session = await host.signIn(host.manager!.id, E2E_MANAGER_SECRET);
});
afterAll(() => host.dispose());

async function post(channel: string, body: string, token = host.token) {
  const res = await fetch(`${host.url}api/${channel}`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${token}`,
      'Content-Type': 'application/json',
      'X-Tomari-Session': session,
    },
    body,
  });
  return {
    status: res.status,
    body: (await res.json()) as { ok: boolean; error?: { code: string } },
  };
}

describe('the browser host process', () => {
  it('keeps bookings across a restart and refuses bad input without touching the files', async () => {
    const bed = await host.call<{ id: string }>('beds.save', { bed: bedInput('A-1', 1) });
    const person = await host.call<{ id: string }>('persons.save', {
      person: personInput({ authorizations: [{ from: '2020-01-01', to: '2035-12-31' }] }),
    });
    const stay = await host.call<{ id: string }>('stays.create', {
      draft: {
        personId: person.id,
        bedId: bed.id,
        kind: 'experience',
        start: '2030-06-01',
        end: '2030-06-04',
      },
    });
    // As on disk once the last change is in place (it follows the answer, docs/storage.md).
    const before = await settledDataFileContents(host.dataDir);

    expect(await post('stays.create', '{"draft":')).toMatchObject({
      status: 400,
      body: { ok: false },
    });
    expect(await post('stays.create', '{}', 'wrong-token')).toMatchObject({ status: 401 });
    expect(await post('stays.nothing', '{}')).toMatchObject({ status: 404 });
    expect(
      await post('stays.create', JSON.stringify({ draft: { personId: person.id } })),
    ).toMatchObject({
      status: 200,
      body: { ok: false, error: { code: 'INVALID_INPUT' } },
    });
    const clash = await post(
      'stays.create',
      JSON.stringify({
        draft: {
          personId: person.id,
          bedId: bed.id,
          kind: 'experience',
          start: '2030-06-02',
          end: '2030-06-03',
        },
      }),
    );
    expect(clash.body).toMatchObject({ ok: false, error: { code: 'RULE_VIOLATION' } });
    expect(await settledDataFileContents(host.dataDir)).toEqual(before);

    await host.restart();
    expect(await host.call<{ id: string }>('stays.get', { id: stay.id })).toMatchObject({
      id: stay.id,
      start: '2030-06-01',
    });
  });
});
