/**
 * `npm run data -- import --from DIR --database URL` copies a data folder (the live one while
 * Tomari is closed, or a backup) into an empty PostgreSQL database;
 * `npm run data -- export --database URL --to DIR` writes a data folder the embedded store
 * opens. Both read back what they wrote and compare record counts and content hashes per table
 * (main/storage/postgres/transfer.ts); the summary is printed, and a mismatch exits with 1.
 * `TOMARI_DATABASE_URL` may stand for `--database`. Data folders are encrypted: the folder's key
 * comes from this PC's key file (`--key-file`, as the browser host's), and an exported folder gets
 * a new key and a recovery key, printed once.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  differences,
  readDatabase,
  readFolder,
  summarize,
  writeDatabase,
  writeFolder,
  type Summary,
} from '../storage/postgres/transfer';
import { keyFileStore, type KeyAccess } from '../storage/data-key';
import { folderCodecOf, openFolderKey } from '../storage/folder-key';
import { defaultKeyFile } from './default-data-dir';

const USAGE = `usage:
  npm run data -- import --from DIR --database URL [--key-file FILE]
  npm run data -- export --database URL --to DIR [--key-file FILE]`;

function printSummary(wrote: Summary, readBack: Summary): void {
  const rows = (Object.keys(wrote) as (keyof Summary)[]).map((table) => ({
    table,
    records: wrote[table].count,
    sha256: `${wrote[table].sha256.slice(0, 16)}…`,
    verified:
      wrote[table].sha256 === readBack[table].sha256 &&
      wrote[table].count === readBack[table].count,
  }));
  console.table(rows);
}

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      from: { type: 'string' },
      to: { type: 'string' },
      database: { type: 'string' },
      'key-file': { type: 'string' },
    },
  });
  const access: KeyAccess = {
    keys: keyFileStore(resolve(values['key-file'] ?? defaultKeyFile())),
  };
  const action = positionals[0];
  const database = values.database ?? process.env.TOMARI_DATABASE_URL;
  if (!database || (action === 'import' ? !values.from : action === 'export' ? !values.to : true)) {
    console.error(USAGE);
    return 2;
  }
  const fromFolder = action === 'import';
  const from = resolve(values.from ?? '');
  const folder = fromFolder ? await readFolder(from, await folderCodecOf(from, access)) : undefined;
  const data = folder ?? (await readDatabase(database));
  if (folder && folder.tornAuditLines > 0) {
    console.log(
      `${folder.tornAuditLines} audit line(s) torn by a crash were left out, as Tomari does`,
    );
  }
  const to = resolve(values.to ?? '');
  if (fromFolder) await writeDatabase(database, data);
  else {
    await writeFolder(to, data, async () => {
      const { codec, newRecoveryKey } = await openFolderKey(to, access, () => new Date());
      console.log(`The new folder's recovery key (shown once: print it and lock it away):`);
      console.log(`  ${newRecoveryKey ?? ''}`);
      return codec;
    });
  }
  const wrote = summarize(data);
  const readBack = summarize(
    fromFolder
      ? await readDatabase(database)
      : await readFolder(to, await folderCodecOf(to, access)),
  );
  printSummary(wrote, readBack);
  const wrong = differences(wrote, readBack);
  if (wrong.length > 0) {
    console.error(`${action} NOT verified: ${wrong.join(', ')} differ`);
    return 1;
  }
  console.log(`${action} verified: every table matches${fromFolder ? '' : ` (${to})`}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    // A refusal of Tomari's own (DATABASE_TOO_NEW, …) carries its Japanese sentence.
    const own = (error as { error?: { message?: unknown } } | null)?.error?.message;
    const reason =
      typeof own === 'string' ? own : error instanceof Error ? error.message : String(error);
    console.error(`data ${process.argv[2] ?? ''} failed: ${reason}`);
    process.exit(1);
  },
);
