/**
 * The periods the reports screen offers: fiscal years (年度) around this one, and the months
 * for the 実績記録票, the month just ended first (the one claimed by the 10th).
 */
import { fiscalYearOf } from '../../../../shared/domain/dates';
import { monthsBetween } from '../../../../shared/paperwork/days-of-use';

export function fiscalYearChoices(today: string, startMonth: number): number[] {
  const current = fiscalYearOf(today, startMonth);
  return Array.from({ length: 7 }, (_, i) => current + 1 - i);
}

/** The month before today's: the month whose records are printed and claimed now. */
export function previousMonth(today: string): string {
  const [year, month] = today.split('-').map(Number) as [number, number];
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}

/** This month and the 23 before it, newest first. */
export function monthChoices(today: string): string[] {
  const [year, month] = today.split('-').map(Number) as [number, number];
  const from = `${year - 2}-${String(month).padStart(2, '0')}-01`;
  return monthsBetween(from, today).slice(1).reverse();
}
