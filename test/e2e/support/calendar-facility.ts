/**
 * The small facility the calendar's end-to-end tests book on: three beds in two rooms and two
 * registered guests with an authorisation around today (fictional people).
 */
import { addDays } from '../../../shared/domain/dates';
import type { HostProcess } from './host';

export interface CalendarFacility {
  beds: { id: string }[];
  hanako: { id: string };
  ichiro: { id: string };
}

export async function seedCalendarFacility(
  host: HostProcess,
  today: string,
): Promise<CalendarFacility> {
  const beds: { id: string }[] = [];
  for (const [i, name] of ['101-A', '101-B', '102-A'].entries()) {
    beds.push(
      await host.call('beds.save', {
        bed: {
          name,
          room: name.slice(0, 3) + '号室',
          allows: ['emergency', 'experience'],
          emergencyReserved: false,
          order: i + 1,
          active: true,
        },
      }),
    );
  }
  const person = (familyName: string, givenName: string, kana: [string, string]) =>
    host.call<{ id: string }>('persons.save', {
      person: {
        familyName,
        givenName,
        familyNameKana: kana[0],
        givenNameKana: kana[1],
        registration: { status: 'registered' },
        authorizations: [{ from: addDays(today, -30), to: addDays(today, 200) }],
      },
    });
  return {
    beds,
    hanako: await person('佐藤', '花子', ['さとう', 'はなこ']),
    ichiro: await person('鈴木', '一郎', ['すずき', 'いちろう']),
  };
}

/**
 * The nights of next month by day number. Drags happen in next month's view, so a span never
 * crosses the edge of the month shown.
 */
export function nextMonthNights(today: string): (day: number) => string {
  const nextMonth = addDays(`${today.slice(0, 7)}-01`, 40).slice(0, 7);
  return (day) => `${nextMonth}-${String(day).padStart(2, '0')}`;
}
