/**
 * Renders a catalogue text: `{{name}}` takes the detail of that name, written out in the
 * language (a date as 2026年5月12日(火), a month as 2026年5月, a status or a kind by its name).
 * Both main (the envelope's Japanese `message`, each violation's `message`) and the renderer (the
 * screen's language) render through here, so the two cannot drift apart.
 */
import type { ErrorCode } from '../api/errors';
import { parseIsoDate, isValidIsoDate } from '../domain/dates';
import { stayKindSchema, stayStatusSchema, type Severity } from '../domain/schemas';
import type { PlanReasonCode } from '../planner/reasons';
import type { RuleCode } from '../rules/codes';
import { WEEKDAY_KEYS, type Catalog, type ClientOnlyErrorCode } from './catalog';
import { en } from './en';
import { ja } from './ja';

export const CATALOGS = { ja, en } as const satisfies Record<string, Catalog>;
export type MessageLanguage = keyof typeof CATALOGS;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
/** Tomari's dates and times are Japan's (UTC+9 all year). */
const JAPAN_OFFSET_MS = 9 * 60 * 60 * 1000;

function longDate(catalog: Catalog, date: Date): string {
  return fill(catalog.date.long, {
    year: String(date.getUTCFullYear()),
    month: String(date.getUTCMonth() + 1),
    day: String(date.getUTCDate()),
    weekday: catalog.weekday[WEEKDAY_KEYS[date.getUTCDay()]!],
  });
}

/** One detail as the text shows it; `undefined` for what a text cannot show (lists, records). */
function figure(catalog: Catalog, key: string, value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return undefined;
  if (isValidIsoDate(value)) return longDate(catalog, parseIsoDate(value));
  if (TIMESTAMP.test(value) && !Number.isNaN(Date.parse(value))) {
    const japan = new Date(Date.parse(value) + JAPAN_OFFSET_MS);
    return fill(catalog.date.time, {
      date: longDate(catalog, japan),
      hour: String(japan.getUTCHours()),
      minute: String(japan.getUTCMinutes()).padStart(2, '0'),
    });
  }
  const month = MONTH.exec(value);
  if (month) return fill(catalog.date.month, { year: month[1]!, month: String(Number(month[2])) });
  // Only details that hold a status or a kind are named; other strings stay as they are.
  if (key === 'from' || key === 'to' || key === 'status') {
    const status = stayStatusSchema.safeParse(value);
    if (status.success) return catalog.stayStatus[status.data];
  }
  if (key === 'kind') {
    const kind = stayKindSchema.safeParse(value);
    if (kind.success) return catalog.kindName[kind.data];
  }
  return value;
}

function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{([\w.]+)\}\}/g, (_, name: string) => values[name] ?? '');
}

/** Every detail that a text can show, by name; a record's fields as `record.field`. */
function figures(
  catalog: Catalog,
  details: Readonly<Record<string, unknown>>,
  prefix = '',
  into: Record<string, string> = {},
): Record<string, string> {
  for (const [key, value] of Object.entries(details)) {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      figures(catalog, value as Record<string, unknown>, `${prefix}${key}.`, into);
      continue;
    }
    const text = figure(catalog, key, value);
    if (text !== undefined) into[`${prefix}${key}`] = text;
  }
  return into;
}

/** A template filled from details, each written out in the catalogue's language. */
export function formatText(
  language: MessageLanguage,
  template: string,
  details: Readonly<Record<string, unknown>>,
): string {
  return fill(template, figures(CATALOGS[language], details));
}

/**
 * The sentence for an error code, with its details. A code may have variants `CODE_x`, chosen
 * by the error's `entity` (NOT_FOUND names the kind of record) or its `variant` detail.
 */
export function errorText(
  language: MessageLanguage,
  code: ErrorCode | ClientOnlyErrorCode,
  details: Readonly<Record<string, unknown>> = {},
): string {
  const texts: Readonly<Record<string, string>> = CATALOGS[language].errors;
  const variant = [details.entity, details.variant].find((v) => typeof v === 'string');
  const template = (variant !== undefined && texts[`${code}_${String(variant)}`]) || texts[code];
  return formatText(language, template ?? code, details);
}

/** The sentence for one broken booking rule, from its code, severity and figures. */
export function violationText(
  language: MessageLanguage,
  violation: { code: string; severity: Severity; details: Readonly<Record<string, unknown>> },
): string {
  const texts: Readonly<Record<string, string>> = CATALOGS[language].rules;
  const template =
    texts[`${violation.code}_${violation.severity}`] ?? texts[violation.code as RuleCode];
  return template === undefined
    ? violation.code
    : formatText(language, template, violation.details);
}

/**
 * The sentence for one refused field, when its code is one of the catalogue's; `undefined` for
 * zod's own codes, whose text the schema gives. A variant `CODE_name` for a field named on the
 * path (the nearest first, e.g. `reviewDate`, then `authorizations`) wins over the plain one.
 */
export function issueText(
  language: MessageLanguage,
  issue: {
    code: string;
    path: readonly (string | number)[];
    details?: Readonly<Record<string, unknown>>;
  },
): string | undefined {
  const catalog = CATALOGS[language];
  const texts: Readonly<Record<string, string>> = catalog.issues;
  const fields = [...issue.path].reverse().filter((p): p is string => typeof p === 'string');
  const variant = fields.map((field) => texts[`${issue.code}_${field}`]).find(Boolean);
  const template = variant ?? texts[issue.code];
  if (template === undefined) return undefined;
  const field = fieldName(language, issue.path);
  return formatText(language, template, { ...issue.details, ...(field ? { field } : {}) });
}

/**
 * What the field at `path` is called in the language (`fields` of the catalogue), matched from
 * the end of the path, longest first, list positions left out: `['person', 'contacts', 0,
 * 'phone']` finds `contacts.phone`. `undefined` for a field the catalogue does not name.
 */
export function fieldName(
  language: MessageLanguage,
  path: readonly (string | number)[],
): string | undefined {
  const parts = path.filter((p): p is string => typeof p === 'string');
  for (let from = 0; from < parts.length; from++) {
    let node: unknown = CATALOGS[language].fields;
    for (const part of parts.slice(from)) {
      node =
        typeof node === 'object' && node !== null && Object.hasOwn(node, part)
          ? (node as Record<string, unknown>)[part]
          : undefined;
    }
    if (typeof node === 'string') return node;
  }
  return undefined;
}

/** One reason of an emergency plan, from its code and figures (shared/planner/reasons.ts). */
export function planReasonText(
  language: MessageLanguage,
  reason: { code: PlanReasonCode; details: Readonly<Record<string, unknown>> },
): string {
  return formatText(language, CATALOGS[language].planReasons[reason.code], reason.details);
}
