/** The history reader of the sealed audit trail: appends, torn lines, rewrites. */
import { appendFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../shared/domain/schemas';
import { createAuditReader } from './audit-log';
import { AUDIT_FILE } from './data-files';
import { appendAuditLines, sealedCodec } from './file-codec';
import { keyIdOf, newDataKey } from './sealed-format';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tomari-audit-log-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const key = newDataKey();
const codec = sealedCodec(key, keyIdOf(key));
const entry = (entityId: string, action: string): string =>
  JSON.stringify({
    at: '2026-11-27T05:10:00.000Z',
    actor: 'staff-1',
    action,
    entity: 'stay',
    entityId,
  } satisfies AuditEntry);
const actions = (entries: AuditEntry[]) => entries.map((e) => e.action);

describe('the history of a record', () => {
  it('reads what was appended since the last read, newest first, skipping torn lines', async () => {
    const path = join(dir, AUDIT_FILE);
    const reader = createAuditReader(codec, dir);
    expect(await reader.entriesOf('s1')).toEqual([]);
    await appendAuditLines(codec, path, [entry('s1', 'stay.create'), entry('s2', 'stay.create')]);
    expect(actions(await reader.entriesOf('s1'))).toEqual(['stay.create']);
    // A kill in mid-append leaves the first part of a line; the next append starts a new one.
    const torn = codec.encodeLine(AUDIT_FILE, [entry('s1', 'stay.cancel')]);
    await appendFile(path, torn.slice(0, 40));
    expect(actions(await reader.entriesOf('s1'))).toEqual(['stay.create']);
    await appendAuditLines(codec, path, [entry('s1', 'stay.update')]);
    expect(actions(await reader.entriesOf('s1'))).toEqual(['stay.update', 'stay.create']);
    expect(actions(await reader.entriesOf('s2'))).toEqual(['stay.create']);

    // Rewritten (a restore): after reset, read from the start again.
    await writeFile(path, `${codec.encodeLine(AUDIT_FILE, [entry('s1', 'stay.checkIn')])}\n`);
    reader.reset();
    expect(actions(await reader.entriesOf('s1'))).toEqual(['stay.checkIn']);
  });
});
