/**
 * The embedded `Repository`: lowdb documents in memory over durable files, with indexes (stays
 * by id, bed and person; beds and persons by id) so a question looks only at the records it
 * needs. Read methods hand out copies of just the records they return, so a caller mutating a
 * result can never change what is stored.
 */
import { fail } from '../../shared/api/errors';
import { personMatches } from '../../shared/domain/kana';
import type {
  AuditEntry,
  Bed,
  BedBlock,
  Person,
  Settings,
  Stay,
  TrainingRecord,
} from '../../shared/domain/schemas';
import type { StayDay } from '../../shared/domain/stay-day';
import {
  byReading,
  type Credential,
  type SignInState,
  type Staff,
} from '../../shared/domain/staff';
import { applyChanges } from './apply-changes';
import { readAuditEntries } from './audit-query';
import { validateChangeSet } from './change-set';
import { trainingPartitionOf, trainingYearsOfStay } from './data-files';
import type { MasterFile } from './data-files';
import type { AuditQuery, ChangeSet, DateRange, Repository } from './repository';
import { createSerialQueue } from './serial-queue';
import type { LoadedData, StoreContext } from './store-state';

const kanaOrder = new Intl.Collator('ja');

/** Persons by reading (family, then given name kana), then id: the order every list shows. */
export function byKana(a: Person, b: Person): number {
  return (
    kanaOrder.compare(a.familyNameKana, b.familyNameKana) ||
    kanaOrder.compare(a.givenNameKana, b.givenNameKana) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

function byStartThenId(a: { start: string; id: string }, b: { start: string; id: string }) {
  return a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function byDate(a: { date: string }, b: { date: string }): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}

interface MasterIndex {
  beds: Map<string, Bed>;
  persons: Map<string, Person>;
}

/** Master data changes rarely and is small: its index is rebuilt whenever the document is replaced. */
const masterIndexes = new WeakMap<MasterFile, MasterIndex>();

function masterIndexOf(master: MasterFile): MasterIndex {
  let index = masterIndexes.get(master);
  if (!index) {
    index = {
      beds: new Map(master.beds.map((b) => [b.id, b])),
      persons: new Map(master.persons.map((p) => [p.id, p])),
    };
    masterIndexes.set(master, index);
  }
  return index;
}

export class LowdbRepository implements Repository {
  readonly #ctx: StoreContext;
  /** One transaction at a time; separate from the store's own queue, which `apply` waits on. */
  readonly #transactions = createSerialQueue();

  constructor(ctx: StoreContext) {
    this.#ctx = ctx;
  }

  /** The loaded data, or the error every call gets while the store is not usable. */
  #data(): LoadedData {
    const { state } = this.#ctx;
    switch (state.kind) {
      case 'ok':
        return state.data;
      case 'damaged':
        return fail('STORAGE_DAMAGED', { damaged: state.damaged });
      case 'closed':
        return fail('STORE_CLOSED');
      case 'lost':
        return fail('DATA_FOLDER_LOCK_LOST');
    }
  }

  async getSettings(): Promise<Settings> {
    return structuredClone(this.#data().master.data.settings);
  }

  async listBeds(): Promise<Bed[]> {
    const beds = [...this.#data().master.data.beds].sort((a, b) => a.order - b.order);
    return structuredClone(beds);
  }

  async getBed(id: string): Promise<Bed | undefined> {
    return structuredClone(masterIndexOf(this.#data().master.data).beds.get(id));
  }

  async blocksInRange(range: DateRange, bedId?: string): Promise<BedBlock[]> {
    const blocks = this.#data().master.data.bedBlocks.filter(
      (b) =>
        b.start <= range.to && b.end > range.from && (bedId === undefined || b.bedId === bedId),
    );
    return structuredClone(blocks.sort(byStartThenId));
  }

  async getPerson(id: string): Promise<Person | undefined> {
    return structuredClone(masterIndexOf(this.#data().master.data).persons.get(id));
  }

  async searchPersons(text: string): Promise<Person[]> {
    const persons = this.#data().master.data.persons;
    const found = text.trim() === '' ? [...persons] : persons.filter((p) => personMatches(p, text));
    return structuredClone(found.sort(byKana));
  }

  async personsWithCertificate(certificateNumber: string): Promise<Person[]> {
    const found = this.#data().master.data.persons.filter(
      (p) => p.certificateNumber === certificateNumber,
    );
    return structuredClone(found.sort(byKana));
  }

  async getStay(id: string): Promise<Stay | undefined> {
    return structuredClone(this.#data().stays.get(id));
  }

  async staysInRange(
    range: DateRange,
    filter: { bedId?: string; personId?: string } = {},
  ): Promise<Stay[]> {
    return structuredClone(this.#data().stays.inRange(range, filter));
  }

  async staysToContact(): Promise<Stay[]> {
    const stays = this.#data().stays.filter(
      (s) => s.status === 'bumped' && s.contactedAt === undefined,
    );
    return structuredClone(stays);
  }

  async trainingRecordsOfStay(stayId: string): Promise<TrainingRecord[]> {
    const data = this.#data();
    const stay = data.stays.get(stayId);
    if (!stay) return [];
    const records: TrainingRecord[] = [];
    for (const fy of trainingYearsOfStay(stay)) {
      const low = await data.training.load(fy);
      records.push(...low.data.records.filter((r) => r.stayId === stayId));
    }
    records.sort((a, b) =>
      a.date === b.date
        ? a.domain < b.domain
          ? -1
          : a.domain > b.domain
            ? 1
            : 0
        : a.date < b.date
          ? -1
          : 1,
    );
    return structuredClone(records);
  }

  /** Looks in the years already in memory first, then opens the others, newest first. */
  async getTrainingRecord(id: string): Promise<TrainingRecord | undefined> {
    const { training } = this.#data();
    const years = new Set([...training.loadedYears(), ...training.knownYears()]);
    for (const fy of years) {
      const found = (await training.load(fy)).data.records.find((r) => r.id === id);
      if (found) return structuredClone(found);
    }
    return undefined;
  }

  async stayDaysOfStay(stayId: string): Promise<StayDay[]> {
    const data = this.#data();
    const stay = data.stays.get(stayId);
    if (!stay) return [];
    const days: StayDay[] = [];
    for (const fy of trainingYearsOfStay(stay)) {
      const low = await data.training.load(fy);
      days.push(...low.data.days.filter((d) => d.stayId === stayId));
    }
    return structuredClone(days.sort(byDate));
  }

  async stayDaysInRange(range: DateRange, stayIds: readonly string[]): Promise<StayDay[]> {
    const data = this.#data();
    const wanted = new Set(stayIds);
    if (wanted.size === 0) return [];
    const days: StayDay[] = [];
    for (let fy = trainingPartitionOf(range.from); fy <= trainingPartitionOf(range.to); fy++) {
      // A year with no file has no days; opening it would only make an empty one in memory.
      if (!data.training.isLoaded(fy) && !data.training.knownYears().includes(fy)) continue;
      const low = await data.training.load(fy);
      for (const d of low.data.days) {
        if (wanted.has(d.stayId) && d.date >= range.from && d.date <= range.to) days.push(d);
      }
    }
    days.sort((a, b) => (a.stayId < b.stayId ? -1 : a.stayId > b.stayId ? 1 : byDate(a, b)));
    return structuredClone(days);
  }

  async apply(changes: ChangeSet): Promise<void> {
    this.#data();
    const valid = validateChangeSet(changes);
    // Changes run one at a time: each plans from the state the previous one left on disk.
    return this.#ctx.exclusive(() => applyChanges(this.#ctx, this.#data(), valid));
  }

  transaction<T>(work: (repo: Repository) => Promise<T>): Promise<T> {
    return this.#transactions(() => work(this));
  }

  async auditOf(entityId: string): Promise<AuditEntry[]> {
    this.#data();
    // Read between writes, so an entry is never seen half-appended, and after the last change's
    // entries reached the trail (they follow its acknowledgement, apply-changes.ts).
    return this.#ctx.exclusive(async () => {
      await this.#ctx.putting;
      return this.#ctx.audit.entriesOf(entityId);
    });
  }

  async auditEntries(query: AuditQuery): Promise<AuditEntry[]> {
    this.#data();
    return this.#ctx.exclusive(async () => {
      await this.#ctx.putting;
      return readAuditEntries(this.#ctx.audit, query);
    });
  }

  async listStaff(): Promise<Staff[]> {
    return structuredClone([...this.#data().master.data.staff].sort(byReading));
  }

  async getStaff(id: string): Promise<Staff | undefined> {
    return structuredClone(this.#data().master.data.staff.find((s) => s.id === id));
  }

  async getCredential(staffId: string): Promise<Credential | undefined> {
    const found = this.#data().master.data.credentials.find((c) => c.staffId === staffId);
    return structuredClone(found);
  }

  async getSignInState(staffId: string): Promise<SignInState | undefined> {
    const found = this.#data().master.data.signInStates.find((c) => c.staffId === staffId);
    return structuredClone(found);
  }
}
