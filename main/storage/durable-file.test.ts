import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { crashDocument } from './crash-document';
import { bundleCrashChild, runAndKill } from './crash-runner';
import { appendLine, durableJsonFile, prepareFileDurably, writeFileDurably } from './durable-file';

const CHILD = fileURLToPath(new URL('./durable-file.crash-child.ts', import.meta.url));

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tomari-durable-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('durable JSON file', () => {
  it('leaves exactly the old or the new document when the writer is killed at any moment', async () => {
    const texts = [crashDocument('A'), crashDocument('B')].map((d) => `${JSON.stringify(d)}\n`);
    const ITERATIONS = 40;
    const PARALLEL = 2;
    const seen = { A: 0, B: 0, tempLeftovers: 0 };
    const started = Date.now();
    const script = await bundleCrashChild(CHILD, join(dir, 'crash-child.mjs'));

    const lane = async (laneIndex: number) => {
      const file = join(dir, `doc-${laneIndex}.json`);
      await writeFile(file, texts[0] ?? '');
      for (let i = laneIndex; i < ITERATIONS; i += PARALLEL) {
        await runAndKill(script, file, 0, 40);
        const text = await readFile(file, 'utf8');
        expect([texts[0], texts[1]]).toContain(text);
        seen[(JSON.parse(text) as { label: 'A' | 'B' }).label]++;
      }
    };
    await Promise.all(Array.from({ length: PARALLEL }, (_, i) => lane(i)));

    seen.tempLeftovers = (await readdir(dir)).filter((f) => f.endsWith('.tmp')).length;
    expect(seen.A).toBeGreaterThan(0);
    expect(seen.B).toBeGreaterThan(0);
    console.info(
      `crash test: ${ITERATIONS} kills in ${Date.now() - started} ms; ` +
        `found A ${seen.A}×, B ${seen.B}×, temp leftovers ${seen.tempLeftovers}`,
    );
    expect(seen.A + seen.B).toBe(ITERATIONS);
  });

  it('lands concurrent writes to one file in call order', async () => {
    const file = join(dir, 'order.json');
    const adapter = durableJsonFile(
      file,
      (bytes) => JSON.parse(bytes.toString('utf8')) as { n: number },
      (data) => Buffer.from(JSON.stringify(data)),
    );
    const written: number[] = [];
    await Promise.all(
      Array.from({ length: 30 }, (_, n) => adapter.write({ n }).then(() => written.push(n))),
    );
    expect(written).toEqual(Array.from({ length: 30 }, (_, n) => n));
    expect(await adapter.read()).toEqual({ n: 29 });
  });

  it('reads a missing file as null', async () => {
    const adapter = durableJsonFile(
      join(dir, 'none.json'),
      (bytes) => JSON.parse(bytes.toString('utf8')) as unknown,
      (data) => Buffer.from(JSON.stringify(data)),
    );
    expect(await adapter.read()).toBeNull();
  });

  it('leaves no temp file behind after a successful write', async () => {
    await writeFileDurably(join(dir, 'a.json'), '{}\n');
    expect(await readdir(dir)).toEqual(['a.json']);
  });

  it('writes a version in two halves: nothing changes until it is put in place', async () => {
    const file = join(dir, 'two.json');
    await writeFileDurably(file, 'old\n');
    const kept = await prepareFileDurably(file, 'new\n');
    expect(await readFile(file, 'utf8')).toBe('old\n');
    await kept.commit();
    expect(await readFile(file, 'utf8')).toBe('new\n');
    const dropped = await prepareFileDurably(file, 'never\n');
    await dropped.discard();
    expect(await readFile(file, 'utf8')).toBe('new\n');
    expect(await readdir(dir)).toEqual(['two.json']);
  });

  it('appends lines and starts a fresh line after a torn one', async () => {
    const file = join(dir, 'audit.jsonl');
    await appendLine(file, '{"a":1}');
    await writeFile(file, '{"torn', { flag: 'a' });
    await appendLine(file, '{"b":2}');
    expect(await readFile(file, 'utf8')).toBe('{"a":1}\n{"torn\n{"b":2}\n');
  });
});
