export { todayInJapan } from '../../shared/domain/dates';

export function timestamp(now: Date): string {
  return now.toISOString();
}
