/**
 * Personal data at rest (docs/storage.md, "Encryption at rest"): every file Tomari writes in the
 * data folder (data files, stays of every fiscal year, the staff register and sign-in state, audit
 * trail, backups, kept copies) is sealed, every kind reads back whole, and no test person's or
 * staff member's name, phone number or note can be found in any of them.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bedInput, createFixture, japanNoon, personInput, type Fixture } from '../testing/fixture';
import { looksSealed } from './sealed-format';

/** What must never be readable on disk: fictional, and rare enough not to occur by chance. */
const SECRETS = {
  familyName: '綴喜',
  givenName: '陽葵',
  kana: 'つづき',
  certificate: '1357924680',
  contactName: '綴喜 千代子',
  phone: '090-8765-4321',
  medication: 'テグレトール錠二百',
  stayNote: '母が夜勤明けのため迎えは十八時',
  trainingNote: 'ひとりで出汁から味噌汁',
  nextYearNote: '来年度は送迎車の手配が要る',
  staffName: '鵜飼 紬',
  staffKana: 'うかい つむぎ',
  staffSecret: 'himitsu-no-kotoba-7',
};

/** Every file under `dir`, with its path relative to it. */
async function everyFile(dir: string, under = ''): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(join(dir, under), { withFileTypes: true })) {
    const path = join(under, entry.name);
    if (entry.isDirectory()) files.push(...(await everyFile(dir, path)));
    else files.push(path);
  }
  return files;
}

let f: Fixture;
beforeEach(async () => {
  f = await createFixture('2027-03-25');
});
afterEach(() => f.dispose());

/**
 * A person with contacts and care notes, stays with notes in two fiscal years, a training record
 * with a note, and a member of staff who signed in (register, credential, sign-in state).
 */
async function recordEverything() {
  const staff = await f.call('staff.save', {
    staff: {
      name: SECRETS.staffName,
      nameKana: SECRETS.staffKana,
      roles: ['desk'],
      qualifications: [],
      active: true,
    },
    secret: SECRETS.staffSecret,
  });
  await f.call('session.signIn', { staffId: staff.id, secret: SECRETS.staffSecret });
  const bed = await f.call('beds.save', { bed: bedInput('A-1', 1) });
  const person = await f.call('persons.save', {
    person: personInput({
      familyName: SECRETS.familyName,
      givenName: SECRETS.givenName,
      familyNameKana: SECRETS.kana,
      certificateNumber: SECRETS.certificate,
      contacts: [{ name: SECRETS.contactName, relation: '母', phone: SECRETS.phone }],
      careNotes: { medications: SECRETS.medication, flags: ['seizure'] },
      authorizations: [{ from: '2026-04-01', to: '2028-03-31', daysPerMonth: 15 }],
    }),
  });
  const stay = await f.call('stays.create', {
    draft: {
      personId: person.id,
      bedId: bed.id,
      kind: 'experience',
      start: '2027-03-25',
      end: '2027-03-28',
      status: 'confirmed',
      note: SECRETS.stayNote,
    },
  });
  // The next fiscal year: its own stays file.
  await f.call('stays.create', {
    draft: {
      personId: person.id,
      bedId: bed.id,
      kind: 'experience',
      start: '2027-04-12',
      end: '2027-04-14',
      status: 'confirmed',
      note: SECRETS.nextYearNote,
    },
  });
  const record = await f.call('training.save', {
    record: {
      stayId: stay.id,
      date: '2027-03-25',
      domain: 'cooking',
      level: 2,
      note: SECRETS.trainingNote,
    },
  });
  return { person, stay, record };
}

describe('the data folder at rest', () => {
  it('holds every kind of file sealed, and each reads back whole after a restart', async () => {
    const { person, stay, record } = await recordEverything();
    // The next day: a daily backup of all of it.
    f.clock.now = japanNoon('2027-03-26');
    await f.restart();

    const files = await everyFile(f.dataDir);
    // Two years of stays, each its own sealed file, in the folder and in the backup.
    expect(files.filter((p) => /^stays-\d{4}\.json$/.test(p)).sort()).toEqual([
      'stays-2026.json',
      'stays-2027.json',
    ]);
    const kinds = files.map((p) =>
      p.replace(/\d{8}T\d{6}Z/g, 'T').replace(/\d{4}\.json$/, 'Y.json'),
    );
    expect(new Set(kinds)).toEqual(
      new Set([
        'master.json',
        'stays-Y.json',
        'training-Y.json',
        'audit.jsonl',
        // Empty once every change is in place; sealed line by line while it holds one.
        'journal.jsonl',
        'tomari-keyring.json',
        join('backups', 'T', 'master.json'),
        join('backups', 'T', 'stays-Y.json'),
        join('backups', 'T', 'tomari-keyring.json'),
        join('backups', 'T', 'training-Y.json'),
        join('backups', 'T', 'audit.jsonl'),
        '.tomari-lock-holder.json',
      ]),
    );
    for (const file of files) {
      const bytes = await readFile(join(f.dataDir, file));
      if (
        file.endsWith('.json') &&
        !file.endsWith('keyring.json') &&
        !file.includes('.tomari-lock')
      ) {
        expect(looksSealed(bytes), file).toBe(true);
      }
      if (file.endsWith('.jsonl')) {
        for (const line of bytes.toString('utf8').split('\n').filter(Boolean)) {
          expect(line, file).toMatch(/^E1:[A-Za-z0-9_-]+$/);
        }
      }
    }

    expect(await f.call('persons.get', { id: person.id })).toEqual(person);
    expect(await f.call('stays.get', { id: stay.id })).toMatchObject({ note: SECRETS.stayNote });
    expect(await f.call('training.list', { stayId: stay.id })).toEqual([record]);
    expect((await f.call('stays.history', { id: stay.id })).length).toBeGreaterThan(0);
  });

  it("has no test person's name, phone number or note in any file, backups and kept copies included", async () => {
    await recordEverything();
    f.clock.now = japanNoon('2027-03-26');
    await f.restart();
    // A damaged file: kept aside (sealed whole), then restored from the backup.
    await f.runtime.close();
    const master = join(f.dataDir, 'master.json');
    await writeFile(master, (await readFile(master)).subarray(0, 100));
    await f.restart();
    expect((await f.call('storage.status', {})).damaged).toHaveLength(1);
    expect((await f.call('storage.restoreBackup', {})).ok).toBe(true);
    const files = await everyFile(f.dataDir);
    expect(files.some((p) => p.includes('.corrupt-'))).toBe(true);

    const found: string[] = [];
    for (const file of files) {
      const bytes = await readFile(join(f.dataDir, file));
      for (const [what, secret] of Object.entries(SECRETS)) {
        if (bytes.includes(Buffer.from(secret, 'utf8'))) found.push(`${what} in ${file}`);
        // Also as JSON would escape it, had anything written it so.
        const escaped = JSON.stringify(secret)
          .slice(1, -1)
          .replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
        if (bytes.includes(Buffer.from(escaped, 'latin1')))
          found.push(`${what} (escaped) in ${file}`);
      }
    }
    expect(found).toEqual([]);
    // And the data is all there, read through the key.
    const [person] = await f.call('persons.search', { text: SECRETS.kana });
    expect(person?.familyName).toBe(SECRETS.familyName);
    const staff = await f.call('staff.list', {});
    expect(staff.map((s) => s.name)).toContain(SECRETS.staffName);
  });
});
