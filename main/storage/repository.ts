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
import type { Credential, SignInState, Staff } from '../../shared/domain/staff';

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
  /**
   * Records to remove for good (a person erased at the end of their retention period,
   * docs/retention.md): persons by id, and stays by id with every training record and day fact
   * of theirs, from whichever years hold them. Removing what is already gone is no error, so an
   * erase cut off by a crash can be applied again. A change that removes persons or stays puts
   * its files in place in the reverse order (training, stays, master): until the last file is in
   * place the person is still on file, which is how an unfinished erase is found.
   */
  deletePersonIds?: string[];
  deleteStayIds?: string[];
  staff?: Staff[];
  /** Replaces the stored secret of each staff member named (by `staffId`). */
  credentials?: Credential[];
  /** Replaces the sign-in counter of each staff member named (by `staffId`). */
  signInStates?: SignInState[];
  audit: AuditEntry[];
}

/** What the audit viewer asks for: a period and any of the filters, a page at a time. */
export interface AuditQuery {
  /** First instant, inclusive (ISO timestamp). */
  from: string;
  /** Last instant, exclusive (ISO timestamp). */
  to: string;
  /** Entries by this actor (a staff id). */
  actor?: string;
  entity?: AuditEntry['entity'];
  /** Entries whose action is this one (`stay.checkIn`) or starts with it and a dot (`stay`). */
  action?: string;
  /**
   * Entries about any of these records (by `entityId`), or about a record of one of the stays
   * in `ofStays` (a training entry names its stay in `facts.stayId`). A person's entries are
   * asked for with the person's and their stays' ids, and their stays in `ofStays`.
   */
  about?: readonly string[];
  ofStays?: readonly string[];
  /** Entries to skip (newest first), then at most `limit`. */
  offset: number;
  limit: number;
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
  /** The audit trail entries the query asks for, newest first. */
  auditEntries(query: AuditQuery): Promise<AuditEntry[]>;
  /** Every member of staff, active and retired, by reading (kana). */
  listStaff(): Promise<Staff[]>;
  getStaff(id: string): Promise<Staff | undefined>;
  /** The stored secret (hash) of a member of staff; only the sign-in service reads it. */
  getCredential(staffId: string): Promise<Credential | undefined>;
  getSignInState(staffId: string): Promise<SignInState | undefined>;
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
