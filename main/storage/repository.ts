/**
 * The storage interface the services use. Everything is async and asks for just the records a
 * question needs, so that a server-backed implementation (PostgreSQL, for a facility whose PCs
 * share one data set) can replace the embedded lowdb one without touching the services.
 */
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

export interface DateRange {
  /** First date, inclusive. */
  from: string;
  /** Last date, inclusive. */
  to: string;
}

/**
 * A set of changes that land together in one durable write per file touched, followed by
 * their audit entries. Records are upserted by id.
 */
export interface ChangeSet {
  settings?: Settings;
  beds?: Bed[];
  bedBlocks?: BedBlock[];
  persons?: Person[];
  stays?: Stay[];
  trainingRecords?: TrainingRecord[];
  deleteTrainingRecordIds?: string[];
  /** Day facts of stays (日々の記録), upserted by id; filed by the fiscal year of their date. */
  stayDays?: StayDay[];
  /** Bed blocks to remove (a bed reopened). */
  deleteBedBlockIds?: string[];
  audit: AuditEntry[];
}

export interface Repository {
  getSettings(): Promise<Settings>;
  listBeds(): Promise<Bed[]>;
  getBed(id: string): Promise<Bed | undefined>;
  /** Blocks whose nights `[start, end)` touch the range; all beds when bedId is omitted. */
  blocksInRange(range: DateRange, bedId?: string): Promise<BedBlock[]>;
  getPerson(id: string): Promise<Person | undefined>;
  /**
   * Persons whose name or kana contains the text, compared after `normalizeForSearch` from
   * `shared/domain/kana` (hiragana = katakana, full-width = half-width); all when empty.
   */
  searchPersons(text: string): Promise<Person[]>;
  /** Persons whose recipient certificate number is exactly this one (stored normalised). */
  personsWithCertificate(certificateNumber: string): Promise<Person[]>;
  getStay(id: string): Promise<Stay | undefined>;
  /** Stays, any status, whose dates `[start, end]` touch the inclusive range. */
  staysInRange(range: DateRange, filter?: { bedId?: string; personId?: string }): Promise<Stay[]>;
  /** Bumped stays with no `contactedAt`. */
  staysToContact(): Promise<Stay[]>;
  trainingRecordsOfStay(stayId: string): Promise<TrainingRecord[]>;
  getTrainingRecord(id: string): Promise<TrainingRecord | undefined>;
  /** The day facts saved for a stay, by date (days never saved hold defaults and are absent). */
  stayDaysOfStay(stayId: string): Promise<StayDay[]>;
  /**
   * The day facts saved for any of these stays on a date in the range, by stay then date: the
   * month's paperwork asks for one month's days of the month's stays at once.
   */
  stayDaysInRange(range: DateRange, stayIds: readonly string[]): Promise<StayDay[]>;
  /** Applies every change of the set; each file touched is rewritten once, durably. */
  apply(changes: ChangeSet): Promise<void>;
  /** The audit trail entries about one record (by `entityId`), newest first. */
  auditOf(entityId: string): Promise<AuditEntry[]>;
  /**
   * Runs a change as one transaction: what `work` reads through `repo` and what it applies are
   * seen by no other transaction half done, so a booking's rule check and its write cannot
   * interleave with another booking's. The dispatcher runs every channel that changes data in
   * here. The embedded store runs transactions one at a time in its process (its folder lock
   * keeps other processes out); a database store runs `work` in a database transaction, with
   * `repo` bound to it. Not re-entrant: `work` must not open another transaction.
   */
  transaction<T>(work: (repo: Repository) => Promise<T>): Promise<T>;
}
