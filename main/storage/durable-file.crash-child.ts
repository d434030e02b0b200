/**
 * Test support, run as a child process by the crash test: rewrites one file through the durable
 * adapter, alternating two documents, until it is killed.
 */
import { crashDocument } from './crash-document';
import type { CrashDocument } from './crash-document';
import { durableJsonFile } from './durable-file';

const file = process.argv[2];
if (!file) throw new Error('usage: durable-file.crash-child.ts FILE');
const adapter = durableJsonFile<CrashDocument>(
  file,
  (bytes) => JSON.parse(bytes.toString('utf8')) as CrashDocument,
  (data) => Buffer.from(`${JSON.stringify(data)}\n`),
);
const documents = [crashDocument('A'), crashDocument('B')] as const;

process.stdout.write('ready\n');
// The file starts as A, so the first write is B.
for (let n = 1; ; n++) {
  await adapter.write(documents[n % 2] ?? documents[0]);
}
