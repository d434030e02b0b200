import { todayInJapan } from '../../../../shared/domain/dates';

const timeInJapan = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Tokyo',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An audit instant as the desk reads it: the date and the hh:mm in Japan, whatever the PC's zone. */
export function japanDateAndTime(at: string): { date: string; time: string } {
  const instant = new Date(at);
  return { date: todayInJapan(instant), time: timeInJapan.format(instant) };
}
