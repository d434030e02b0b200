/**
 * reports.csv: a report as a file Excel on a Japanese Windows PC opens correctly. The text is
 * made by csv-stringify (the `csv` project: RFC 4180 quoting, no dependencies, maintained for
 * a decade) rather than by joining strings: UTF-8 with a BOM (without it Excel reads Shift_JIS
 * and the Japanese turns to garbage), CRLF line ends, a Japanese header row, and a field quoted
 * whenever it holds a comma, a quote or a line break.
 */
import { stringify } from 'csv-stringify/sync';
import type { ChannelOutput, ParsedInput } from '../../shared/api/contract';
import type { CsvReport } from '../../shared/api/paperwork-schemas';
import { fiscalYearOf, fiscalYearRange } from '../../shared/domain/dates';
import type { Person } from '../../shared/domain/schemas';
import { monthRange, monthsBetween } from '../../shared/paperwork/days-of-use';
import {
  emergenciesTable,
  experienceUsageTable,
  monthlyRecordsTable,
  occupancyTable,
  registrationsTable,
  type CsvTable,
} from '../../shared/reports/csv-tables';
import { emergencyLog } from '../../shared/reports/emergency-log';
import { experienceUsageByPerson } from '../../shared/reports/experience-usage';
import { occupancyByBedAndMonth } from '../../shared/reports/occupancy';
import { registrationRows } from '../../shared/reports/registrations';
import type { ServiceContext } from './context';
import { monthRecordsAll } from './records';
import { staysForEmergencyLog } from './reports';

const FILE_TITLE: Record<CsvReport, string> = {
  'monthly-records': '実績記録',
  occupancy: '稼働率',
  emergencies: '緊急受入記録',
  'experience-usage': '体験利用日数',
  registrations: '事前登録',
};

/**
 * A cell Excel would run as a formula (=, +, -, @ first, or a tab or return) is written with a
 * leading apostrophe, so a note typed as "=…" can never become a formula on the office PC.
 */
export function defuseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function toCsv(table: CsvTable): string {
  return stringify([table.header, ...table.rows], {
    bom: true,
    record_delimiter: 'windows',
    cast: { string: defuseFormula },
  });
}

async function personLookup(ctx: ServiceContext, ids: Iterable<string>) {
  const persons = new Map<string, Person>();
  for (const id of new Set(ids)) {
    const person = await ctx.repo.getPerson(id);
    if (person) persons.set(id, person);
  }
  return (id: string) => persons.get(id);
}

async function tableOf(ctx: ServiceContext, input: ParsedInput<'reports.csv'>): Promise<CsvTable> {
  const { from, to } = input;
  switch (input.report) {
    case 'monthly-records': {
      const records = [];
      for (const month of monthsBetween(from, to)) {
        records.push(...(await monthRecordsAll(ctx, { month })));
      }
      return monthlyRecordsTable(records, from, to);
    }
    case 'occupancy': {
      // Whole months: the first and last month of the period are counted in full.
      const months = monthsBetween(from, to);
      const period = { from: monthRange(months[0]!).from, to: monthRange(months.at(-1)!).to };
      const [beds, blocks, stays] = await Promise.all([
        ctx.repo.listBeds(),
        ctx.repo.blocksInRange(period),
        ctx.repo.staysInRange(period),
      ]);
      return occupancyTable(occupancyByBedAndMonth(beds, stays, blocks, months), beds);
    }
    case 'emergencies': {
      const log = emergencyLog(await staysForEmergencyLog(ctx, { from, to }), from, to);
      const personOf = await personLookup(
        ctx,
        log.flatMap((e) => [e.personId, ...e.displaced.map((d) => d.personId)]),
      );
      return emergenciesTable(log, personOf);
    }
    case 'experience-usage': {
      const settings = await ctx.repo.getSettings();
      // Whole fiscal years, since the cap is per year: each year the period touches.
      const start = settings.fiscalYearStartMonth;
      const first = fiscalYearOf(from, start);
      const last = fiscalYearOf(to, start);
      const stays = await ctx.repo.staysInRange({
        from: fiscalYearRange(first, start).from,
        to: fiscalYearRange(last, start).to,
      });
      const rows = [];
      for (let fy = first; fy <= last; fy++) {
        rows.push(...experienceUsageByPerson(stays, fy, settings));
      }
      return experienceUsageTable(
        rows,
        await personLookup(
          ctx,
          rows.map((r) => r.personId),
        ),
      );
    }
    case 'registrations': {
      const persons = await ctx.repo.searchPersons('');
      const byId = new Map(persons.map((p) => [p.id, p]));
      return registrationsTable(registrationRows(persons), (id) => byId.get(id), from, to);
    }
  }
}

export async function reportsCsv(
  ctx: ServiceContext,
  input: ParsedInput<'reports.csv'>,
): Promise<ChannelOutput<'reports.csv'>> {
  const table = await tableOf(ctx, input);
  const compact = (date: string) => date.replaceAll('-', '');
  return {
    fileName: `${FILE_TITLE[input.report]}_${compact(input.from)}-${compact(input.to)}.csv`,
    text: toCsv(table),
  };
}
