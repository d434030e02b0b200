import type { TFunction } from 'i18next';
import { z } from 'zod';
import {
  DEFAULT_PORT,
  type ConnectionSave,
  type ServerInput,
  type StoreChoice,
} from '../../../../shared/api/connection-schemas';

/** The 「データの保存先」 form as it holds its values (the port typed as text). */
export interface ConnectionFormValues {
  kind: 'embedded' | 'server';
  host: string;
  port: string;
  database: string;
  user: string;
  /** Empty: keep the password saved for this account (or none). */
  password: string;
  tls: boolean;
}

export function connectionFormValues(saved: StoreChoice | null): ConnectionFormValues {
  if (saved?.kind === 'server') {
    return {
      kind: 'server',
      host: saved.host,
      port: String(saved.port),
      database: saved.database,
      user: saved.user,
      password: '',
      tls: saved.tls,
    };
  }
  return {
    kind: 'embedded',
    host: '',
    port: String(DEFAULT_PORT),
    database: 'tomari',
    user: 'tomari',
    password: '',
    tls: false,
  };
}

/**
 * The form's schema, its messages in the UI's language: the server's fields are checked only
 * when 「施設のサーバー」 is chosen, within the bounds the service accepts
 * (shared/api/connection-schemas.ts), so a value the form lets through is never refused.
 */
export function connectionFormSchema(t: TFunction) {
  const required = (field: string, max: number) =>
    z
      .string()
      .trim()
      .min(1, { error: t('settings.connection.errors.required', { field }) })
      .max(max, { error: t('settings.connection.errors.tooLong', { field, max }) });
  const server = z.object({
    kind: z.literal('server'),
    host: required(t('settings.connection.fields.host'), 253).regex(/^[A-Za-z0-9.:[\]_-]+$/, {
      error: t('settings.connection.errors.host'),
    }),
    port: z
      .string()
      .transform((text) => text.normalize('NFKC').trim())
      .pipe(
        z
          .string()
          .regex(/^\d{1,5}$/, { error: t('settings.connection.errors.port') })
          .transform(Number)
          .pipe(
            z
              .number()
              .min(1, { error: t('settings.connection.errors.port') })
              .max(65_535, { error: t('settings.connection.errors.port') }),
          ),
      ),
    database: required(t('settings.connection.fields.database'), 63),
    user: required(t('settings.connection.fields.user'), 63),
    password: z
      .string()
      .max(200, {
        error: t('settings.connection.errors.tooLong', {
          field: t('settings.connection.fields.password'),
          max: 200,
        }),
      })
      .transform((text) => (text === '' ? undefined : text)),
    tls: z.boolean(),
  });
  // This PC only: the server's fields are kept as typed, unchecked (they are not saved).
  const embedded = z.object({
    kind: z.literal('embedded'),
    host: z.string(),
    port: z.string(),
    database: z.string(),
    user: z.string(),
    password: z.string(),
    tls: z.boolean(),
  });
  return z.discriminatedUnion('kind', [embedded, server]);
}

export type ConnectionFormOutput = z.output<ReturnType<typeof connectionFormSchema>>;

/** What the form's values save (`connection.save`). */
export function connectionSaveOf(values: ConnectionFormOutput): ConnectionSave {
  if (values.kind === 'embedded') return { kind: 'embedded' };
  return { ...serverInputOf(values), kind: 'server' };
}

/** The server the form names, for `connection.test`. */
export function serverInputOf(
  values: Extract<ConnectionFormOutput, { kind: 'server' }>,
): ServerInput {
  return {
    host: values.host,
    port: values.port,
    database: values.database,
    user: values.user,
    tls: values.tls,
    ...(values.password !== undefined ? { password: values.password } : {}),
  };
}
