/**
 * Era (和暦) names of a month and of a fiscal year, as the printed papers head them. Built on
 * `formatWareki` (dates.ts), so 元年 and the era change follow the same rule.
 */
import { fiscalYearRange, formatWareki } from './dates';

/** `2026-05` → `令和8年5月` (the month a 実績記録票 is for). */
export function warekiMonth(month: string): string {
  return formatWareki(`${month}-01`).replace(/\d+日$/, '');
}

/** FY2026 → `令和8年度`, named by the era year of its first day. */
export function warekiFiscalYear(fiscalYear: number, startMonth = 4): string {
  return `${formatWareki(fiscalYearRange(fiscalYear, startMonth).from).replace(/\d+月\d+日$/, '')}度`;
}
