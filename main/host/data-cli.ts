/**
 * `npm run data -- <command>`: looking after a data folder from a terminal.
 *
 *   recover --from DIR [--key-file FILE]
 *       DIR is an encrypted data folder or one of its backups (e.g. copied from a USB drive to a
 *       new PC). Asks for the recovery key, unwraps the data key from DIR's keyring and keeps
 *       it in the key file (the browser host's; by default the user's config folder). Then
 *       `npm run host -- --data-dir DIR` opens it.
 *   new-recovery-key [--data-dir DIR] [--key-file FILE]
 *       Makes a new recovery key for the folder (Tomari must not be running on it), prints it
 *       once, and stops the old one from opening the folder or its backups. No data file is
 *       rewritten.
 *   show FILE [--key-file FILE]
 *       Prints what a file of an encrypted folder holds, in clear: a data file, the audit trail,
 *       a backup's file, or a copy kept aside when it was found damaged (`stays-2026.json.corrupt-…`),
 *       for whoever investigates. Its folder (or, for a backup, the backup) has the keyring.
 *   import --from DIR --database URL [--key-file FILE]
 *       Copies a data folder (the live one while Tomari is closed, or a backup) into an empty
 *       PostgreSQL database.
 *   export --database URL --to DIR [--key-file FILE]
 *       Writes a data folder the embedded store opens, sealed under a new key of its own; its
 *       recovery key is printed once.
 *
 * Import and export read back what they wrote and compare record counts and content hashes per
 * table (main/storage/postgres/transfer.ts); the summary is printed, and a mismatch exits with
 * 1. `TOMARI_DATABASE_URL` may stand for `--database`. A folder's key comes from this PC's key
 * file (`--key-file`, as the browser host's). Answers with exit code 0, or 1 and the Japanese
 * sentence of the error's code.
 */
import { readFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { startupFailureText } from '../runtime';
import { AUDIT_FILE } from '../storage/data-files';
import { keyFileStore, openKeyring, type KeyAccess } from '../storage/data-key';
import { decodeLines, sealedCodec } from '../storage/file-codec';
import { folderCodecOf, KEPT_COPY_RE, openFolderKey } from '../storage/folder-key';
import { lockDataFolder } from '../storage/folder-lock';
import {
  differences,
  readDatabase,
  readFolder,
  summarize,
  writeDatabase,
  writeFolder,
  type Summary,
} from '../storage/postgres/transfer';
import { recoverWithKey, replaceRecoveryKey } from '../storage/recovery';
import { defaultDataDir, defaultKeyFile } from './default-data-dir';

const USAGE = `usage:
  npm run data -- recover --from DIR [--key-file FILE]
  npm run data -- new-recovery-key [--data-dir DIR] [--key-file FILE]
  npm run data -- show FILE [--key-file FILE]
  npm run data -- import --from DIR --database URL [--key-file FILE]
  npm run data -- export --database URL --to DIR [--key-file FILE]`;

async function ask(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: false });
  try {
    process.stderr.write(question);
    for await (const line of rl) return line.trim();
    return '';
  } finally {
    rl.close();
  }
}

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

/** Copies a folder into the database, or the database into a new folder; checked both ways. */
async function transfer(
  action: 'import' | 'export',
  database: string,
  folderPath: string,
  access: KeyAccess,
): Promise<number> {
  const fromFolder = action === 'import';
  const folder = fromFolder
    ? await readFolder(folderPath, await folderCodecOf(folderPath, access))
    : undefined;
  const data = folder ?? (await readDatabase(database));
  if (folder && folder.tornAuditLines > 0) {
    console.log(
      `${folder.tornAuditLines} audit line(s) torn by a crash were left out, as Tomari does`,
    );
  }
  if (fromFolder) await writeDatabase(database, data);
  else {
    await writeFolder(folderPath, data, async () => {
      const { codec, newRecoveryKey } = await openFolderKey(folderPath, access, () => new Date());
      console.log('新しいフォルダの回復キー（印刷して保管してください。二度と表示されません）:');
      console.log(newRecoveryKey ?? '');
      return codec;
    });
  }
  const wrote = summarize(data);
  const readBack = summarize(
    fromFolder
      ? await readDatabase(database)
      : await readFolder(folderPath, await folderCodecOf(folderPath, access)),
  );
  printSummary(wrote, readBack);
  const wrong = differences(wrote, readBack);
  if (wrong.length > 0) {
    console.error(`${action} NOT verified: ${wrong.join(', ')} differ`);
    return 1;
  }
  console.log(`${action} verified: every table matches${fromFolder ? '' : ` (${folderPath})`}`);
  return 0;
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      from: { type: 'string' },
      to: { type: 'string' },
      database: { type: 'string' },
      'data-dir': { type: 'string' },
      'key-file': { type: 'string' },
    },
  });
  const keyFile = resolve(values['key-file'] ?? defaultKeyFile());
  const keys = keyFileStore(keyFile);
  const [command] = positionals;
  if (command === 'recover' && values.from) {
    const dir = resolve(values.from);
    const code = await ask('回復キーを入力してください（Recovery key）: ');
    const keyId = await recoverWithKey(dir, code, keys);
    console.log(`鍵を復元しました（鍵 ${keyId}、保存先 ${keyFile}）。`);
    console.log(`Recovered the data key ${keyId} into ${keyFile}.`);
    return 0;
  }
  if (command === 'new-recovery-key') {
    const dataDir = resolve(values['data-dir'] ?? defaultDataDir());
    const lock = await lockDataFolder(
      dataDir,
      () => new Date(),
      () => undefined,
    );
    try {
      const code = await replaceRecoveryKey(dataDir, { keys }, () => new Date());
      console.log('新しい回復キー（印刷して保管してください。二度と表示されません）:');
      console.log(code);
    } finally {
      await lock.release();
    }
    return 0;
  }
  if (command === 'show' && positionals[1]) {
    const file = resolve(positionals[1]);
    const { keyring, key } = await openKeyring(dirname(file), { keys });
    const codec = sealedCodec(key, keyring.keyId);
    // A kept copy is sealed under the name of the file it copies (damaged-copy.ts).
    const name = basename(file).replace(KEPT_COPY_RE, '');
    const bytes = await readFile(file);
    if (name === AUDIT_FILE && basename(file) === AUDIT_FILE) {
      const { good, torn, bad } = decodeLines(codec, name, bytes.toString('utf8'));
      for (const { lines } of good) for (const line of lines) process.stdout.write(`${line}\n`);
      if (torn + bad > 0) console.error(`（開けない行：途中で切れた ${torn} 行、破損 ${bad} 行）`);
    } else {
      process.stdout.write(codec.decode(name, bytes));
    }
    return 0;
  }
  const database = values.database ?? process.env.TOMARI_DATABASE_URL;
  if (database && command === 'import' && values.from) {
    return transfer('import', database, resolve(values.from), { keys });
  }
  if (database && command === 'export' && values.to) {
    return transfer('export', database, resolve(values.to), { keys });
  }
  console.error(USAGE);
  return 2;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    // A refusal of Tomari's own (RECOVERY_KEY_WRONG, DATABASE_TOO_NEW, …) carries its sentence.
    console.error(`data ${process.argv[2] ?? ''} failed: ${startupFailureText(error)}`);
    process.exit(1);
  },
);
