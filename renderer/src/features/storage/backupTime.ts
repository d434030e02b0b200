/**
 * A backup's name is the UTC instant it was made (`20261128T061000Z`, `-2` for a second one in
 * the same second); staff read it as a local date and time.
 */
export function backupTimeLabel(name: string, locale: string, timeZone?: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z/.exec(name);
  if (!m) return name;
  const [y = 0, mo = 1, d = 1, h = 0, mi = 0, s = 0] = m.slice(1).map(Number);
  const instant = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    ...(timeZone ? { timeZone } : {}),
  }).format(instant);
}
