/**
 * The tables the CSV exports hold: a Japanese header row and one row per record, as plain
 * values. Turning them into CSV text (quoting, BOM, CRLF) is the CSV library's job, in the
 * service (main/services/reports-csv.ts).
 */
import { dayOfWeek } from '../domain/dates';
import type { MonthRecord } from '../api/paperwork-schemas';
import type { Bed } from '../domain/schemas';
import type { EmergencyLogEntry } from './emergency-log';
import type { ExperienceUsageRow } from './experience-usage';
import type { OccupancyCell } from './occupancy';
import { registeredDuring, type RegistrationRow } from './registrations';
import {
  DAY_STATUS_JA,
  DISPLACEMENT_EFFECT_JA,
  DISPLACEMENT_OUTCOME_JA,
  EMERGENCY_REASON_JA,
  EMERGENCY_REQUESTER_JA,
  REGISTRATION_STATUS_JA,
  WEEKDAY_JA,
} from './labels-ja';

export type Cell = string | number;
export interface CsvTable {
  header: string[];
  rows: Cell[][];
}

/** Yes/no as Excel sums it: 1 or 0. */
const flag = (value: boolean): number => (value ? 1 : 0);

export interface NamedPerson {
  familyName: string;
  givenName: string;
  familyNameKana: string;
  givenNameKana: string;
  certificateNumber?: string;
}

const nameOf = (p: NamedPerson) => `${p.familyName} ${p.givenName}`;
const kanaOf = (p: NamedPerson) => `${p.familyNameKana} ${p.givenNameKana}`;

/** Monthly records: one row per day of use, each carrying the guest's number and name. */
export function monthlyRecordsTable(
  records: readonly MonthRecord[],
  from: string,
  to: string,
): CsvTable {
  const header = [
    '受給者証番号',
    '氏名',
    'ふりがな',
    '日付',
    '曜日',
    'サービス提供の状況',
    '送迎（往）',
    '送迎（復）',
    '朝食',
    '昼食',
    '夕食',
    '日中活動先',
    '緊急短期入所受入加算',
    '備考',
  ];
  const rows: Cell[][] = [];
  for (const record of records) {
    for (const day of record.days) {
      if (day.date < from || day.date > to) continue;
      rows.push([
        record.person.certificateNumber ?? '',
        nameOf(record.person),
        kanaOf(record.person),
        day.date,
        WEEKDAY_JA[dayOfWeek(day.date)]!,
        DAY_STATUS_JA[day.status],
        flag(day.pickup),
        flag(day.dropoff),
        flag(day.meals.breakfast),
        flag(day.meals.lunch),
        flag(day.meals.dinner),
        flag(day.daytimeElsewhere),
        flag(day.emergencyAddOn),
        day.note ?? '',
      ]);
    }
  }
  // Guest by guest (by kana, then number), each guest's days in date order.
  const kana = new Intl.Collator('ja');
  rows.sort(
    (a, b) =>
      kana.compare(String(a[2]), String(b[2])) ||
      String(a[0]).localeCompare(String(b[0])) ||
      String(a[3]).localeCompare(String(b[3])),
  );
  return { header, rows };
}

/** Occupancy: one row per bed and month. */
export function occupancyTable(cells: readonly OccupancyCell[], beds: readonly Bed[]): CsvTable {
  const bedById = new Map(beds.map((b) => [b.id, b]));
  return {
    header: ['年月', '部屋', 'ベッド', '利用泊数', '利用可能泊数', '稼働率（%）'],
    rows: cells.map((c) => {
      const bed = bedById.get(c.bedId);
      return [
        c.month,
        bed?.room ?? '',
        bed?.name ?? c.bedId,
        c.nights,
        c.available,
        c.available === 0 ? 0 : Math.round((c.nights / c.available) * 1000) / 10,
      ];
    }),
  };
}

/** The moment a request came, as Japan's wall clock shows it: `2026-05-12 09:30`. */
function japanDateTime(iso: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Tokyo',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}

/** The emergency log: one row per emergency stay, what gave way to it in words. */
export function emergenciesTable(
  entries: readonly EmergencyLogEntry[],
  personOf: (id: string) => NamedPerson | undefined,
): CsvTable {
  const name = (id: string) => {
    const p = personOf(id);
    return p ? nameOf(p) : '';
  };
  return {
    header: [
      '受入開始日',
      '退所日',
      '受給者証番号',
      '氏名',
      '理由',
      '理由（その他）',
      '依頼者',
      '依頼日時',
      '利用日数',
      '緊急短期入所受入加算日数',
      '延期',
      '途中退所',
      '短縮',
      '影響を受けた予約',
    ],
    rows: entries.map((e) => {
      const count = (effect: string) => e.displaced.filter((d) => d.effect === effect).length;
      return [
        e.start,
        e.end,
        personOf(e.personId)?.certificateNumber ?? '',
        name(e.personId),
        e.reason ? EMERGENCY_REASON_JA[e.reason] : '',
        e.reasonText ?? '',
        e.requestedBy ? EMERGENCY_REQUESTER_JA[e.requestedBy] : '',
        e.requestedAt ? japanDateTime(e.requestedAt) : '',
        e.days,
        e.addOnDays,
        count('bumped'),
        count('cutShort'),
        count('shortened'),
        e.displaced
          .map(
            (d) =>
              `${name(d.personId)}：${DISPLACEMENT_EFFECT_JA[d.effect]}→${DISPLACEMENT_OUTCOME_JA[d.outcome]}`,
          )
          .join('、'),
      ];
    }),
  };
}

/** Experience usage: one row per person and fiscal year. */
export function experienceUsageTable(
  rows: readonly ExperienceUsageRow[],
  personOf: (id: string) => NamedPerson | undefined,
): CsvTable {
  return {
    header: [
      '年度',
      '受給者証番号',
      '氏名',
      'ふりがな',
      '体験利用日数',
      '上限日数',
      '残り日数',
      '利用回数',
    ],
    rows: rows.map((r) => {
      const p = personOf(r.personId);
      return [
        r.fiscalYear,
        p?.certificateNumber ?? '',
        p ? nameOf(p) : '',
        p ? kanaOf(p) : '',
        r.days,
        r.cap,
        r.remaining,
        r.stays,
      ];
    }),
  };
}

/**
 * Registrations: one row per person on file, by kana, with whether the registration was made
 * during the period (the 拠点's review counts new registrations of its year).
 */
export function registrationsTable(
  rows: readonly RegistrationRow[],
  personOf: (id: string) => NamedPerson | undefined,
  from: string,
  to: string,
): CsvTable {
  const kana = new Intl.Collator('ja');
  const named = rows.flatMap((row) => {
    const person = personOf(row.personId);
    return person ? [{ row, person }] : [];
  });
  named.sort((a, b) => kana.compare(kanaOf(a.person), kanaOf(b.person)));
  return {
    header: ['受給者証番号', '氏名', 'ふりがな', '状態', '登録日', '見直し日', '期間中の新規登録'],
    rows: named.map(({ row, person }) => [
      person.certificateNumber ?? '',
      nameOf(person),
      kanaOf(person),
      REGISTRATION_STATUS_JA[row.status],
      row.registeredOn ?? '',
      row.reviewDate ?? '',
      flag(registeredDuring(row, from, to)),
    ]),
  };
}
