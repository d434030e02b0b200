/**
 * A small, realistic demo facility with fictional people: 8 beds in 3 rooms, a month of
 * emergency and experience stays around today. Used for screenshots and demos.
 */
import { addDays } from '../../shared/domain/dates';

type Call = <T = unknown>(channel: string, input: unknown) => Promise<T>;

const PEOPLE: [string, string, string, string][] = [
  ['佐藤', '花子', 'さとう', 'はなこ'],
  ['鈴木', '一郎', 'すずき', 'いちろう'],
  ['高橋', '美咲', 'たかはし', 'みさき'],
  ['田中', '健太', 'たなか', 'けんた'],
  ['伊藤', '由美', 'いとう', 'ゆみ'],
  ['渡辺', '翔', 'わたなべ', 'しょう'],
  ['山本', '愛', 'やまもと', 'あい'],
  ['中村', '大輔', 'なかむら', 'だいすけ'],
  ['小林', '恵', 'こばやし', 'めぐみ'],
  ['加藤', '誠', 'かとう', 'まこと'],
];

export async function seedDemo(call: Call, today: string): Promise<void> {
  await call('settings.update', {
    facilityName: '地域生活支援拠点 とまり荘',
    address: '東京都千代田区千代田1-1',
    phone: '03-1234-5678',
  });
  const beds: { id: string }[] = [];
  const layout: [string, string, boolean][] = [
    ['101-A', '101号室', true],
    ['101-B', '101号室', false],
    ['102-A', '102号室', false],
    ['102-B', '102号室', false],
    ['103-A', '103号室', false],
    ['103-B', '103号室', false],
    ['104-A', '104号室', true],
    ['104-B', '104号室', false],
  ];
  for (const [i, [name, room, reserved]] of layout.entries()) {
    beds.push(
      await call('beds.save', {
        bed: {
          name,
          room,
          allows: reserved ? ['emergency'] : ['emergency', 'experience'],
          emergencyReserved: reserved,
          order: i + 1,
          active: true,
        },
      }),
    );
  }
  const people: { id: string }[] = [];
  for (const [i, [familyName, givenName, familyNameKana, givenNameKana]] of PEOPLE.entries()) {
    people.push(
      await call('persons.save', {
        person: {
          familyName,
          givenName,
          familyNameKana,
          givenNameKana,
          certificateNumber: String(1400000001 + i),
          registration: { status: 'registered', registeredOn: addDays(today, -200) },
          authorizations: [
            { from: addDays(today, -200), to: addDays(today, 165), daysPerMonth: 14 },
          ],
        },
      }),
    );
  }
  // [bed, person, kind, first night, departure (days from today), status, checked in]: today
  // one guest has arrived and one is still expected, and one guest leaves.
  const bookings: [number, number, 'emergency' | 'experience', number, number, string, boolean][] =
    [
      [0, 3, 'emergency', -2, 4, 'confirmed', true],
      [1, 0, 'experience', -1, 5, 'confirmed', true],
      [1, 4, 'experience', 6, 12, 'tentative', false],
      [2, 1, 'experience', 0, 6, 'confirmed', true],
      [3, 2, 'experience', 2, 8, 'confirmed', false],
      [4, 5, 'experience', -3, 2, 'confirmed', true],
      [4, 6, 'experience', 3, 9, 'tentative', false],
      [5, 7, 'experience', 1, 4, 'confirmed', false],
      [6, 2, 'emergency', -3, 0, 'confirmed', true],
      [7, 8, 'experience', 0, 3, 'confirmed', false],
      [7, 9, 'experience', 4, 10, 'tentative', false],
    ];
  for (const [bed, person, kind, from, to, status, checkedIn] of bookings) {
    const stay = await call<{ id: string; start: string }>('stays.create', {
      draft: {
        personId: people[person]!.id,
        bedId: beds[bed]!.id,
        kind,
        start: addDays(today, from),
        // A guest leaving today was checked in on an earlier day; the API records check-ins
        // today only, so the stay is booked a night longer and its departure moved back after.
        end: addDays(today, checkedIn && to <= 0 ? 1 : to),
        status,
      },
    });
    if (checkedIn) await call('stays.checkIn', { id: stay.id });
    if (checkedIn && to <= 0) {
      await call('stays.update', { id: stay.id, changes: { end: addDays(today, to) } });
    }
  }
  await call('beds.block', {
    bedId: beds[6]!.id,
    start: addDays(today, 2),
    end: addDays(today, 5),
    reason: '設備修繕',
  });
}
