import { createInstance, type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { connectionSaveSchema } from '../../../../shared/api/connection-schemas';
import {
  connectionFormSchema,
  connectionFormValues,
  connectionSaveOf,
  serverInputOf,
  type ConnectionFormValues,
} from './connectionForm';

let t: TFunction;
beforeAll(async () => {
  const i18n = createInstance();
  const { resources } = await import('../../i18n/resources');
  await i18n.init({ resources, lng: 'ja', interpolation: { escapeValue: false } });
  t = i18n.t;
});

const server = (extra: Partial<ConnectionFormValues> = {}): ConnectionFormValues => ({
  ...connectionFormValues(null),
  kind: 'server',
  host: 'db.example.jp',
  ...extra,
});

/** The message each refused field shows: its first, as the form's resolver shows it. */
const messagesOf = (values: ConnectionFormValues) => {
  const parsed = connectionFormSchema(t).safeParse(values);
  if (parsed.success) return [];
  const first = new Map<string, string>();
  for (const issue of parsed.error.issues) {
    const field = issue.path.join('.');
    if (!first.has(field)) first.set(field, issue.message);
  }
  return [...first].map(([field, message]) => `${field}: ${message}`);
};

describe('the データの保存先 form', () => {
  it('starts on this PC only, with the usual port, and saves nothing of a server then', () => {
    const values = connectionFormValues(null);
    expect(values).toMatchObject({ kind: 'embedded', port: '5432' });
    const parsed = connectionFormSchema(t).parse({ ...values, host: 'not checked!' });
    expect(connectionSaveOf(parsed)).toEqual({ kind: 'embedded' });
  });

  it('shows a saved server without its password (none travels back)', () => {
    const values = connectionFormValues({
      kind: 'server',
      host: 'db.example.jp',
      port: 6543,
      database: 'tomari',
      user: 'desk',
      tls: true,
      hasPassword: true,
    });
    expect(values).toMatchObject({ kind: 'server', port: '6543', password: '', tls: true });
  });

  it('saves what the service accepts: the port as a number, an empty password as none', () => {
    const parsed = connectionFormSchema(t).parse(server({ port: '６５４３' }));
    const save = connectionSaveOf(parsed);
    expect(save).toEqual({
      kind: 'server',
      host: 'db.example.jp',
      port: 6543,
      database: 'tomari',
      user: 'tomari',
      tls: false,
    });
    expect(connectionSaveSchema.parse(save)).toEqual(save);
    const typed = connectionFormSchema(t).parse(server({ password: 'pw' }));
    if (typed.kind !== 'server') throw new Error('a server was chosen');
    expect(serverInputOf(typed)).toMatchObject({ password: 'pw' });
  });

  it('says in Japanese what is wrong with a field', () => {
    expect(messagesOf(server({ host: '' }))).toEqual([
      'host: サーバーの名前またはIPアドレスを入力してください。',
    ]);
    expect(messagesOf(server({ host: 'postgres://db' }))).toEqual([
      'host: サーバーの名前またはIPアドレスだけを入力してください（「postgres://」や空白は不要です）。',
    ]);
    expect(messagesOf(server({ port: '70000' }))).toEqual([
      'port: ポート番号は1〜65535の数字で入力してください（通常は5432）。',
    ]);
    expect(messagesOf(server({ port: 'abc' }))).toHaveLength(1);
    expect(messagesOf(server({ database: ' ', user: '' }))).toEqual([
      'database: データベース名を入力してください。',
      'user: ユーザー名を入力してください。',
    ]);
  });
});
