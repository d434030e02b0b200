/**
 * The compact form of the national holiday table (holidays-jp.ts): per year, each holiday's
 * month and day as four digits. Reading it back is a lookup in a set made once per year.
 */

/** Holiday dates (`YYYY-MM-DD`) as the compact table: year → MMDD MMDD … */
export function compactHolidayTable(dates: readonly string[]): Record<number, string> {
  const table: Record<number, string> = {};
  for (const date of [...dates].sort()) {
    const year = Number(date.slice(0, 4));
    table[year] = (table[year] ?? '') + date.slice(5, 7) + date.slice(8, 10);
  }
  return table;
}

/** A reader of the compact table: is this `YYYY-MM-DD` a holiday? */
export function holidayReader(table: Readonly<Record<number, string>>): (date: string) => boolean {
  const byYear = new Map<number, Set<string>>();
  return (date) => {
    const year = Number(date.slice(0, 4));
    let days = byYear.get(year);
    if (!days) {
      const compact = table[year] ?? '';
      days = new Set(
        Array.from({ length: compact.length / 4 }, (_, i) => compact.slice(i * 4, i * 4 + 4)),
      );
      byYear.set(year, days);
    }
    return days.has(date.slice(5, 7) + date.slice(8, 10));
  };
}
