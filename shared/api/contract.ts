/**
 * The API contract: one table of channels. Each entry holds everything about its channel: the
 * zod schemas of its input and value, whether it changes data, what data its answer reads or
 * its call changes, and who may call it. The dispatcher, the Electron preload, the browser host
 * and the renderer (its client and its query cache) all take what they need from this table, so
 * adding a channel is one entry here plus one service function (docs/api.md).
 */
import {
  connectionSaveSchema,
  connectionTestResultSchema,
  connectionViewSchema,
  importResultSchema,
  serverInputSchema,
} from './connection-schemas';
import { z } from 'zod';
import {
  auditEntrySchema,
  bedBlockSchema,
  bedSchema,
  careTopicSchema,
  emergencyPlanSchema,
  idSchema,
  isoDateSchema,
  offerSchema,
  personListItemSchema,
  personSchema,
  settingsSchema,
  settingsUpdateSchema,
  stayDraftSchema,
  staySchema,
  stayStatusSchema,
  trainingDomainSchema,
  trainingRecordSchema,
  violationSchema,
  overrideSchema,
  type Role,
  staffCommentVersionSchema,
} from '../domain/schemas';
import { secretSchema, staffNameSchema, staffSchema } from '../domain/staff';
import { addIssue, periodIssues, spanIssues } from '../messages/issues';
import { READINESS_GAPS } from '../domain/person-readiness';
import { PERSON_SAVE_WARNINGS } from './errors';
import { mealsSchema } from '../domain/day-facts-schema';
import { emergencyIntakeSchema } from '../domain/emergency-intake';
import { dayNoteSchema, stayDaySchema } from '../domain/stay-day';
import { RETENTION_BASES } from '../domain/retention';
import {
  CSV_REPORTS,
  emergencyReportSchema,
  experienceReportSchema,
  fiscalYearSchema,
  monthRecordSchema,
  monthSchema,
  occupancyReportSchema,
  registrationReportSchema,
  stayDaysSchema,
  yearlyReportSchema,
} from './paperwork-schemas';

const empty = z.object({}).strict();
const byId = z.object({ id: idSchema }).strict();
const overrides = z.array(overrideSchema.pick({ rule: true, reason: true })).optional();

export const usageSchema = z.object({
  fiscalYear: z.number().int(),
  experienceDays: z.number().int(),
  cap: z.number().int(),
  remaining: z.number().int(),
});

/** usage.get's figures for one fiscal year, split at today into days used and days booked. */
export const usageSplitSchema = usageSchema.extend({
  usedDays: z.number().int(),
  bookedDays: z.number().int(),
});

export const storageStatusSchema = z.object({
  ok: z.boolean(),
  dataDir: z.string(),
  damaged: z.array(z.object({ file: z.string(), keptAs: z.string(), problem: z.string() })),
  newestBackup: z.string().nullable(),
  backups: z.array(z.string()),
  /**
   * While damaged, what restoring does, file by file: the backup its good copy comes from (null:
   * none has one) and how many changes recorded since that backup are lost (for the audit log:
   * its damaged lines). Files not listed keep every write.
   */
  restore: z.array(
    z.object({
      file: z.string(),
      backup: z.string().nullable(),
      changesLost: z.number().int(),
    }),
  ),
});
export type StorageStatus = z.infer<typeof storageStatusSchema>;

/**
 * A recovery key to show once (docs/storage.md, "Encryption at rest"): the code, and when it was
 * made. Never stored in clear; the app shows it, the manager prints or copies it and locks it away.
 */
export const recoveryKeySchema = z.object({ recoveryKey: z.string(), madeAt: z.string() });
export type RecoveryKey = z.infer<typeof recoveryKeySchema>;

/**
 * Whether the data folder's key is at hand (docs/storage.md, "Opening without the key"): `open`,
 * or the app waits for the manager — `keyMissing`: this PC lacks the folder's data key, and the
 * recovery key opens it; `passphrase`: the OS cannot protect the key here, and the manager's
 * passphrase does (`passphraseSet` false: none was chosen on this PC yet). Once open,
 * `recoveryKeyWaiting` says whether the store holds a recovery key made at this start and not yet
 * taken (storage.takeRecoveryKey), so that the app asks for it only then.
 */
export const keyStateSchema = z.object({
  state: z.enum(['open', 'keyMissing', 'passphrase']),
  passphraseSet: z.boolean().optional(),
  recoveryKeyWaiting: z.boolean().optional(),
});
export type KeyState = z.infer<typeof keyStateSchema>;

/** A passphrase the manager chooses where the OS cannot protect the key: long, any characters. */
export const PASSPHRASE_MIN = 10;

/**
 * A person as screens that only name them see them: names and whether they still need
 * registering (the desk's follow-up), no contacts, care notes or other details. Parsing a
 * full record with it strips everything else.
 */
export const personNameSchema = personSchema.pick({
  id: true,
  familyName: true,
  givenName: true,
  familyNameKana: true,
  givenNameKana: true,
  registration: true,
});

export type PersonName = z.infer<typeof personNameSchema>;

/** One row of persons.readiness: the contract's fields, then what the screens add. */
export const personReadinessSchema = z.object({
  personId: idSchema,
  name: z.string(),
  missing: z.array(z.enum(READINESS_GAPS)),
  /** When the authorisation ends, or ended; absent when none was ever on file. */
  authorizationEnds: isoDateSchema.optional(),
  nameKana: z.string(),
  authorization: z.enum(['none', 'ended', 'endingSoon', 'current']),
  careTopicsMissing: z.array(careTopicSchema),
});
export type PersonReadinessRow = z.infer<typeof personReadinessSchema>;

/** A person whose retention period is over (retention.list): names and the period's dates. */
export const retentionRowSchema = personNameSchema.extend({
  basis: z.enum(RETENTION_BASES),
  basisDate: isoDateSchema,
  /** The last day the records had to be kept. */
  keptUntil: isoDateSchema,
  stays: z.number().int(),
});
export type RetentionRow = z.infer<typeof retentionRowSchema>;

/** How many records of each kind an erase removes (or removed). */
export const erasedCountsSchema = z.object({
  stays: z.number().int(),
  trainingRecords: z.number().int(),
  days: z.number().int(),
  goals: z.number().int(),
  staffComments: z.number().int(),
});

/**
 * 本人開示: everything Tomari holds on one person, as the JSON file and the printed copy give it
 * (docs/retention.md). Goals and 職員所見 are on the stays.
 */
export const disclosureSchema = z.object({
  /** When the copy was made (ISO timestamp) and by which facility. */
  madeAt: z.string(),
  facilityName: z.string(),
  person: personSchema,
  stays: z.array(staySchema),
  trainingRecords: z.array(trainingRecordSchema),
  days: z.array(stayDaySchema),
  /** The audit entries about the person, their stays and their stays' records, oldest first. */
  audit: z.array(auditEntrySchema),
  /** The names of the staff the records and entries name, by staff id. */
  staffNames: z.record(z.string(), z.string()),
});
export type Disclosure = z.infer<typeof disclosureSchema>;

export const bedNameSchema = bedSchema.pick({ id: true, name: true, room: true });

export const summarySchema = z.object({
  facilityName: z.string(),
  /** The facility's address and phone as set on 施設設定 (empty when not set). */
  facilityAddress: z.string(),
  facilityPhone: z.string(),
  /** The stay without its booking note, which is the desk's and never printed. */
  stay: staySchema.omit({ note: true }),
  person: personNameSchema.extend({ certificateNumber: personSchema.shape.certificateNumber }),
  bed: bedNameSchema,
  daysUsed: z.number().int(),
  fiscalYearUsage: usageSchema,
  domains: z.array(z.string()),
  /** Names of the facility-added domains (the five defaults are named by the renderer). */
  domainLabels: z.record(z.string(), z.string()),
  goals: z.record(z.string(), z.string()),
  records: z.array(trainingRecordSchema),
  progress: z.record(
    z.string(),
    z.object({ first: trainingRecordSchema.shape.level, last: trainingRecordSchema.shape.level }),
  ),
  /** The names of the staff who wrote the records, by staff id (`recordedBy`). */
  authors: z.record(z.string(), z.string()),
});
export type StaySummary = z.infer<typeof summarySchema>;

/** A guest in the facility on a date, with what tonight's records screen needs beside them. */
export const tonightGuestSchema = z.object({
  stay: staySchema,
  person: personNameSchema,
  bed: bedNameSchema,
  goals: z.record(z.string(), z.string()),
  records: z.array(trainingRecordSchema),
});
export type TonightGuest = z.infer<typeof tonightGuestSchema>;

/** Per domain of one stay: the first, last and average recorded level. */
export const domainProgressSchema = z.object({
  first: trainingRecordSchema.shape.level,
  last: trainingRecordSchema.shape.level,
  average: z.number(),
  days: z.number().int(),
});
export const stayProgressSchema = z.object({
  stayId: idSchema,
  start: isoDateSchema,
  end: isoDateSchema,
  status: stayStatusSchema,
  domains: z.record(z.string(), domainProgressSchema),
});
export type StayProgress = z.infer<typeof stayProgressSchema>;

/** A route of the app's print pages, the only pages the print channels will load. */
const printRouteSchema = z.string().regex(/^\/print\/[A-Za-z0-9/_-]{1,200}$/, 'a /print/… route');

/**
 * Checks a period inside a schema, so its refusal is INVALID_INPUT with the field's issue: the
 * end not before the start (for nights, after it), and at most a year between them.
 */
function inOrder(start: string, end: string, nights: boolean) {
  return (value: Record<string, unknown>, ctx: z.RefinementCtx) => {
    for (const found of periodIssues(value, start, end, nights)) addIssue(ctx, found);
  };
}

/**
 * A period of at most a year, whatever its order (a stay draft's order is a booking rule,
 * INVALID_DATES), so no check or plan can be asked to walk centuries.
 */
function withinAYear(start: string, end: string) {
  return (value: Record<string, unknown>, ctx: z.RefinementCtx) => {
    for (const found of spanIssues(value, start, end)) addIssue(ctx, found);
  };
}

const dateRange = z
  .object({ from: isoDateSchema, to: isoDateSchema })
  .strict()
  .superRefine(inOrder('from', 'to', false));
const emergencyRequest = z
  .object({
    personId: idSchema,
    start: isoDateSchema,
    end: isoDateSchema,
    /** The request's facts (why, when, who asked), kept on the emergency stay by the commit. */
    intake: emergencyIntakeSchema.optional(),
  })
  .strict();
const emergencyNights = inOrder('start', 'end', true);
const draft = stayDraftSchema.superRefine(withinAYear('start', 'end'));

const byFiscalYear = z.object({ fiscalYear: fiscalYearSchema }).strict();

/** The month's paperwork and the reports are the front desk's and the manager's. */
const PAPERWORK_ROLES = ['desk', 'manager'] as const satisfies readonly Role[];

/** A report of the 帳票・集計 screen over one fiscal year. */
function yearReport<O extends z.ZodType>(output: O, reads: readonly DataKind[]) {
  return read({ input: byFiscalYear, output, reads, roles: PAPERWORK_ROLES });
}
/** A secret as typed: bounded here, its length rule (6 or more) checked by the service. */
const secret = secretSchema;

/** The audit viewer's filters: Japan dates, inclusive, and any of staff, record, person, kind. */
const auditFilterSchema = z
  .object({
    from: isoDateSchema,
    to: isoDateSchema,
    staffId: idSchema.optional(),
    entity: auditEntrySchema.shape.entity.optional(),
    entityId: idSchema.optional(),
    /** Entries about the person, their stays and their stays' training records. */
    personId: idSchema.optional(),
    /** An action (`stay.checkIn`) or its group (`stay`). */
    action: z
      .string()
      .max(60)
      .regex(/^[a-zA-Z.]+$/)
      .optional(),
  })
  .strict();
const auditQuerySchema = auditFilterSchema
  .extend({
    offset: z.number().int().min(0).max(1_000_000).default(0),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict();

/**
 * What a channel's answer is built from, and what a change touches: the unit of cache refresh.
 * A cached answer of a channel that `reads` a kind is refreshed after any call that `changes` it.
 */
export const DATA_KINDS = [
  'settings',
  'beds',
  'persons',
  'stays',
  'training',
  /** The facts of each day of a stay (日々の記録). */
  'days',
  /** The staff register and its sign-in state. */
  'staff',
  'storage',
] as const;
export type DataKind = (typeof DATA_KINDS)[number];

/** What changed on other PCs since a point (`changes.since`), and the database's reach. */
export const changesSchema = z.object({
  seq: z.number().int().min(0),
  kinds: z.array(z.enum(DATA_KINDS)),
  database: z.enum(['none', 'connected', 'unavailable']),
});
export type Changes = z.infer<typeof changesSchema>;

/**
 * Everything about a channel, in one entry: its input and value, whether it changes stored data
 * (then the dispatcher runs it inside the store's write transaction and the renderer refreshes
 * what it touched), what its answer depends on, and who may call it.
 */
export interface ChannelSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  mutates: boolean;
  /** The data the answer is built from; empty for a channel whose answer is not cached. */
  reads: readonly DataKind[];
  /** The data a call may change; empty exactly when `mutates` is false. */
  changes: readonly DataKind[];
  /**
   * Who may call it: the staff roles whose members may, once signed in (the dispatcher refuses
   * anybody else with FORBIDDEN, and a call without a session with UNAUTHENTICATED, before the
   * service runs), or `ANYONE`, signed in or not (only what signing in itself needs).
   */
  roles: Access;
  /**
   * Open to anyone while the store is damaged: nobody can sign in then (the staff register may
   * be the damaged file), so the notice that says so and its restore must work signed out.
   */
  openWhileDamaged?: true;
}

/** A channel's callers: the roles allowed (manager is always one), or anyone at all. */
export type Access = readonly [Role, ...Role[]] | typeof ANYONE;
/** The channels that signing in needs: open without a session. */
export const ANYONE = 'anyone';

// Who does what (docs/staff.md has the whole table). The manager may do everything; every list
// names them, and a test checks it.
/** Every signed-in member of staff. */
const STAFF = ['desk', 'care', 'manager'] as const satisfies Access;
/** The front desk's work: bookings, cancellations, the to-contact list. */
const DESK = ['desk', 'manager'] as const satisfies Access;
/** The care staff's work: training records and the stay's comments. */
const CARE = ['care', 'manager'] as const satisfies Access;
/** Staff, settings, beds, the audit trail, restoring backups. */
const MANAGER = ['manager'] as const satisfies Access;
/**
 * Opening the data folder without its key at hand: nobody can sign in then (the staff register
 * is in the sealed folder), so these are open to anyone; what opens it is the recovery key or the
 * passphrase, which only the manager holds.
 */
const KEY_HOLDER = ANYONE;

/**
 * A channel that answers from stored data and changes nothing. `roles` has no default: a
 * channel that does not say who may call it does not compile.
 */
function read<I extends z.ZodType, O extends z.ZodType>(spec: {
  input: I;
  output: O;
  reads: readonly DataKind[];
  roles: Access;
  openWhileDamaged?: true;
}): ChannelSpec<I, O> & { mutates: false } {
  return { ...spec, mutates: false, changes: [] };
}

/** A channel that changes stored data: run one at a time (check and write together). */
function write<I extends z.ZodType, O extends z.ZodType>(spec: {
  input: I;
  output: O;
  changes: readonly [DataKind, ...DataKind[]];
  roles: Access;
  openWhileDamaged?: true;
}): ChannelSpec<I, O> & { mutates: true } {
  return { ...spec, mutates: true, reads: [] };
}

/** What a booking is checked against: the rules read settings, beds, persons and stays. */
const BOOKING_DATA: readonly DataKind[] = ['settings', 'beds', 'persons', 'stays'];

export const contract = {
  'settings.get': read({ input: empty, output: settingsSchema, reads: ['settings'], roles: STAFF }),
  'settings.update': write({
    input: settingsUpdateSchema,
    output: settingsSchema,
    changes: ['settings'],
    roles: MANAGER,
  }),
  'beds.list': read({ input: empty, output: z.array(bedSchema), reads: ['beds'], roles: STAFF }),
  'beds.save': write({
    input: z.object({ bed: bedSchema.partial({ id: true }) }).strict(),
    output: bedSchema,
    changes: ['beds'],
    roles: MANAGER,
  }),
  'beds.block': write({
    input: bedBlockSchema
      .omit({ id: true })
      .strict()
      .superRefine(inOrder('start', 'end', true)),
    output: bedBlockSchema,
    changes: ['beds'],
    roles: MANAGER,
  }),
  'beds.blocks': read({
    input: dateRange,
    output: z.array(bedBlockSchema),
    reads: ['beds'],
    roles: STAFF,
  }),
  /** Reopens a bed: removes one block; answers the block removed. */
  'beds.unblock': write({ input: byId, output: bedBlockSchema, changes: ['beds'], roles: MANAGER }),
  // Privacy: search answers persons WITHOUT contacts and careNotes; only persons.get has them.
  'persons.search': read({
    input: z.object({ text: z.string().max(100).optional() }).strict(),
    output: z.array(personListItemSchema),
    reads: ['persons'],
    roles: STAFF,
  }),
  'persons.get': read({ input: byId, output: personSchema, reads: ['persons'], roles: STAFF }),
  /**
   * Names only, for screens that show who stays (week, today, plans, the calendar's bars): they
   * never receive contacts, care notes, certificate numbers or authorizations. Unknown ids are
   * left out; without ids, every person in the register (the calendar's months).
   */
  'persons.names': read({
    input: z.object({ ids: z.array(idSchema).max(500).optional() }).strict(),
    output: z.array(personNameSchema),
    reads: ['persons'],
    roles: STAFF,
  }),
  'persons.save': write({
    input: z
      .object({
        person: personSchema.partial({ id: true }),
        /** Warnings the user has seen and confirmed, e.g. a possible duplicate. */
        acknowledge: z.array(z.enum(PERSON_SAVE_WARNINGS)).optional(),
      })
      .strict(),
    output: personSchema,
    changes: ['persons'],
    roles: STAFF,
  }),
  /**
   * Experience usage per fiscal year for the record screen: this year first, then each earlier
   * year with any experience day (same count as usage.get, split at today).
   */
  'persons.usage': read({
    input: z.object({ personId: idSchema }).strict(),
    output: z.array(usageSplitSchema),
    reads: ['settings', 'stays'],
    roles: STAFF,
  }),
  /**
   * The registered persons whose record lacks something an emergency needs, most urgent first
   * (docs/readiness.md): names and which items are missing, never the contacts or care notes.
   */
  'persons.readiness': read({
    input: empty,
    output: z.array(personReadinessSchema),
    reads: ['persons'],
    roles: STAFF,
  }),
  /** The person's stays, every status, past and future, newest first. */
  'persons.stays': read({
    input: z.object({ personId: idSchema }).strict(),
    output: z.array(staySchema),
    reads: ['stays'],
    roles: STAFF,
  }),
  'stays.list': read({
    input: dateRange,
    output: z.array(staySchema),
    reads: ['stays'],
    roles: STAFF,
  }),
  'stays.get': read({ input: byId, output: staySchema, reads: ['stays'], roles: STAFF }),
  'stays.check': read({
    input: z.object({ draft, stayId: idSchema.optional() }).strict(),
    output: z.object({ violations: z.array(violationSchema) }),
    reads: BOOKING_DATA,
    roles: STAFF,
  }),
  'stays.create': write({
    input: z
      .object({
        draft,
        overrides,
        /**
         * The bumped stay this booking gives new dates to (an offer booked from the to-contact
         * list): the two are linked in the same write (`rebookOf`, `rebookedAs`).
         */
        rebookOf: idSchema.optional(),
      })
      .strict(),
    output: staySchema,
    changes: ['stays'],
    roles: DESK,
  }),
  'stays.update': write({
    input: z
      .object({
        id: idSchema,
        changes: z
          .object({
            bedId: idSchema,
            start: isoDateSchema,
            end: isoDateSchema,
            status: stayStatusSchema,
            note: z.string().max(1000),
          })
          .partial()
          .strict(),
        overrides,
      })
      .strict(),
    output: staySchema,
    changes: ['stays'],
    roles: DESK,
  }),
  'stays.cancel': write({
    input: z.object({ id: idSchema, reason: z.string().trim().min(1).max(500) }).strict(),
    output: staySchema,
    changes: ['stays'],
    roles: DESK,
  }),
  'stays.checkIn': write({ input: byId, output: staySchema, changes: ['stays'], roles: STAFF }),
  /**
   * Writes the care staff's comments on a stay (職員所見, printed on its summary), signed by the
   * signed-in staff member; the version it replaces is kept. Answers the stay.
   */
  'stays.saveComment': write({
    input: z.object({ stayId: idSchema, text: staffCommentVersionSchema.shape.text }).strict(),
    output: staySchema,
    changes: ['stays'],
    roles: CARE,
  }),
  /** Sets the stay's training goals per domain (目標), usually at check-in; answers the stay. */
  'stays.saveGoals': write({
    input: z
      .object({ stayId: idSchema, goals: z.record(trainingDomainSchema, z.string().max(500)) })
      .strict(),
    output: staySchema,
    changes: ['stays'],
    roles: STAFF,
  }),
  /** Undoes a check-in made by mistake, on the day it was made; answers the booking again. */
  'stays.undoCheckIn': write({ input: byId, output: staySchema, changes: ['stays'], roles: STAFF }),
  'stays.checkOut': write({
    input: z.object({ id: idSchema, date: isoDateSchema.optional() }).strict(),
    output: staySchema,
    changes: ['stays'],
    roles: STAFF,
  }),
  'stays.toContact': read({
    input: empty,
    output: z.array(staySchema),
    reads: ['stays'],
    roles: DESK,
  }),
  'stays.markContacted': write({
    input: byId,
    output: staySchema,
    changes: ['stays'],
    roles: DESK,
  }),
  /** The audit trail of one stay (who did what, when), newest first. */
  'stays.history': read({
    input: byId,
    output: z.array(auditEntrySchema),
    reads: ['stays'],
    roles: STAFF,
  }),
  /** Up to three reschedule offers for a bumped stay, computed from the data as it is now. */
  'stays.offers': read({
    input: byId,
    output: z.array(offerSchema),
    reads: BOOKING_DATA,
    roles: DESK,
  }),
  'emergency.plan': read({
    input: emergencyRequest.superRefine(emergencyNights),
    output: emergencyPlanSchema,
    reads: BOOKING_DATA,
    roles: STAFF,
  }),
  'emergency.commit': write({
    input: emergencyRequest
      .extend({
        expect: z
          .object({
            bedId: idSchema,
            bumped: z.array(idSchema),
            /** The stays the plan shown would shorten; checked when given. */
            shortened: z.array(idSchema).optional(),
          })
          .strict()
          .optional(),
      })
      .strict()
      .superRefine(emergencyNights),
    output: z.object({
      stay: staySchema,
      bumped: z.array(staySchema),
      cutShort: z.array(staySchema),
      /** Bookings not started that now end on the emergency's start. */
      shortened: z.array(staySchema),
    }),
    changes: ['stays'],
    roles: STAFF,
  }),
  'usage.get': read({
    input: z
      .object({ personId: idSchema, fiscalYear: z.number().int().min(1900).max(2100).optional() })
      .strict(),
    output: usageSchema,
    reads: ['settings', 'stays'],
    roles: STAFF,
  }),
  'training.list': read({
    input: z.object({ stayId: idSchema }).strict(),
    output: z.array(trainingRecordSchema),
    reads: ['training'],
    roles: STAFF,
  }),
  'training.save': write({
    input: z
      .object({
        // Who wrote it and when are the service's to set: sent, they are dropped.
        record: trainingRecordSchema
          .omit({
            history: true,
            staffId: true,
            recordedBy: true,
            createdAt: true,
            updatedAt: true,
          })
          .partial({ id: true }),
      })
      .strict(),
    output: trainingRecordSchema,
    changes: ['training'],
    roles: CARE,
  }),
  'training.delete': write({ input: byId, output: empty, changes: ['training'], roles: CARE }),
  'summary.get': read({
    input: z.object({ stayId: idSchema }).strict(),
    output: summarySchema,
    reads: [...BOOKING_DATA, 'training'],
    roles: STAFF,
  }),
  'training.tonight': read({
    input: z.object({ date: isoDateSchema.optional() }).strict(),
    output: z.array(tonightGuestSchema),
    reads: [...BOOKING_DATA, 'training'],
    roles: STAFF,
  }),
  'training.progress': read({
    input: z.object({ personId: idSchema }).strict(),
    output: z.array(stayProgressSchema),
    reads: ['stays', 'training'],
    roles: STAFF,
  }),
  'summary.month': read({
    input: z.object({ month: monthSchema }).strict(),
    output: z.array(summarySchema),
    reads: [...BOOKING_DATA, 'training'],
    roles: STAFF,
  }),
  /**
   * Records the facts of one day of a stay (meals, transport, day activity, note). The date must
   * be a day of use of the stay (INVALID_INPUT otherwise); the version replaced is kept.
   */
  'stays.saveDay': write({
    input: z
      .object({
        stayId: idSchema,
        date: isoDateSchema,
        meals: mealsSchema,
        pickup: z.boolean(),
        dropoff: z.boolean(),
        daytimeElsewhere: z.boolean().optional(),
        note: dayNoteSchema.optional(),
      })
      .strict(),
    output: stayDaySchema,
    changes: ['days'],
    // Care staff record the day at check-in and check-out too.
    roles: ['desk', 'care', 'manager'],
  }),
  /** Every day of use of a stay with the facts it holds (saved, or the defaults), and its add-on. */
  'stays.days': read({
    input: z.object({ stayId: idSchema }).strict(),
    output: stayDaysSchema,
    reads: ['settings', 'stays', 'days'],
    roles: STAFF,
  }),
  /** Corrects the request facts of an emergency stay (why, when, who asked). */
  'emergency.saveIntake': write({
    input: z.object({ stayId: idSchema, intake: emergencyIntakeSchema }).strict(),
    output: staySchema,
    changes: ['stays'],
    roles: STAFF,
  }),
  /**
   * The manager records (or, with null, withdraws) the unavoidable reason for a longer emergency
   * stay: its add-on then counts up to 14 days instead of 7.
   */
  'emergency.extendAddOn': write({
    input: z
      .object({ stayId: idSchema, reason: z.string().trim().min(1).max(500).nullable() })
      .strict(),
    output: staySchema,
    changes: ['stays'],
    roles: ['manager'],
  }),
  /** One guest's 実績記録票 for a month: rows per day of use, totals, and what looks wrong. */
  'records.month': read({
    input: z.object({ personId: idSchema, month: monthSchema }).strict(),
    output: monthRecordSchema,
    reads: ['settings', 'persons', 'stays', 'days'],
    roles: PAPERWORK_ROLES,
  }),
  /** Every guest's 実績記録票 for a month (each with a day of use in it), by kana. */
  'records.monthAll': read({
    input: z.object({ month: monthSchema }).strict(),
    output: z.array(monthRecordSchema),
    reads: ['settings', 'persons', 'stays', 'days'],
    roles: PAPERWORK_ROLES,
  }),
  /** A report as a CSV file for Excel: UTF-8 with a BOM, CRLF, a Japanese header row. */
  'reports.csv': read({
    // A period like any listed range: forwards, at most a year (a fiscal year fits).
    input: z
      .object({ report: z.enum(CSV_REPORTS), from: isoDateSchema, to: isoDateSchema })
      .strict()
      .superRefine(inOrder('from', 'to', false)),
    output: z.object({ fileName: z.string(), text: z.string() }),
    // Asked for on demand and saved as a file, never cached on a screen.
    reads: [],
    roles: PAPERWORK_ROLES,
  }),
  /** The yearly report for the 拠点's review: aggregates only, no names. */
  'reports.year': yearReport(yearlyReportSchema, ['settings', 'beds', 'persons', 'stays']),
  'reports.occupancy': yearReport(occupancyReportSchema, ['settings', 'beds', 'stays']),
  'reports.experience': yearReport(experienceReportSchema, ['settings', 'persons', 'stays']),
  'reports.emergencies': yearReport(emergencyReportSchema, ['settings', 'persons', 'stays']),
  'reports.registrations': yearReport(registrationReportSchema, ['settings', 'persons']),
  // Printing reads pages, not data, and changes nothing stored: its answers are never cached.
  'print.preview': read({
    input: z.object({ route: printRouteSchema }).strict(),
    output: empty,
    reads: [],
    roles: STAFF,
  }),
  'print.savePdf': read({
    input: z.object({ route: printRouteSchema }).strict(),
    /** Where the PDF was saved; null when the user cancelled the save dialog. */
    output: z.object({ path: z.string().nullable() }),
    reads: [],
    roles: STAFF,
  }),
  'storage.status': read({
    input: empty,
    output: storageStatusSchema,
    reads: ['storage'],
    roles: STAFF,
    openWhileDamaged: true,
  }),
  /**
   * What other PCs changed since `after` (a `seq` this channel answered before; null at first),
   * and whether the facility's database is reachable (`none`: the embedded store). Screens ask
   * every second and refresh the answers that read a changed kind (docs/postgres.md).
   * Open to anyone, the one channel besides signing in: it names no record, only kinds and the
   * server's reach; a poll every second must not keep an idle session alive (a call with a
   * session resumes it); and a locked or signed-out screen keeps following, the sign-in list too.
   */
  'changes.since': read({
    input: z.object({ after: z.number().int().min(0).nullable() }).strict(),
    output: changesSchema,
    reads: [],
    roles: ANYONE,
  }),
  // Where this copy of Tomari keeps the data (docs/postgres.md). The choice is the app's own
  // configuration, not stored data: none of these runs in the store's transaction (the server
  // may be what is away), so they are entries without `changes`, like printing.
  /** What this process runs on, what the next start will use, and whether it can be changed. */
  'connection.get': read({
    input: empty,
    output: connectionViewSchema,
    reads: [],
    roles: MANAGER,
  }),
  /** Tries a server once (nothing is written) and names what is wrong. */
  'connection.test': read({
    input: serverInputSchema,
    output: connectionTestResultSchema,
    reads: [],
    roles: MANAGER,
  }),
  /**
   * Copies this PC's data folder into the server's empty database, verified per table, and
   * saves the server as the choice for the next start (the desktop app on its own folder only).
   */
  'connection.import': read({
    input: serverInputSchema,
    output: importResultSchema,
    reads: [],
    roles: MANAGER,
  }),
  /** Saves the choice for the next start (the desktop app); NOT_SUPPORTED where it is fixed. */
  'connection.save': read({
    input: connectionSaveSchema,
    output: connectionViewSchema,
    reads: [],
    roles: MANAGER,
  }),
  'storage.restoreBackup': write({
    /** Without a backup, each damaged file comes from the newest backup with a good copy. */
    input: z.object({ backup: z.string().min(1).max(100).optional() }).strict(),
    output: storageStatusSchema,
    // A restore puts every file back as the backup had it.
    changes: DATA_KINDS,
    roles: MANAGER,
    openWhileDamaged: true,
  }),

  // Staff and sessions (docs/staff.md). Secrets go in and never come out.
  /** Creates the first manager, once: refused with ALREADY_SET_UP as soon as any staff exists. */
  'staff.setup': write({
    input: z
      .object({ name: staffSchema.shape.name, nameKana: staffSchema.shape.nameKana, secret })
      .strict(),
    output: staffSchema,
    changes: ['staff'],
    roles: ANYONE,
  }),
  /** The sign-in list: active staff by reading, names only. */
  'session.staffNames': read({
    input: empty,
    output: z.array(staffNameSchema),
    reads: ['staff'],
    roles: ANYONE,
  }),
  /**
   * Checks the secret and starts a session: SIGN_IN_FAILED for a wrong secret (or an unknown or
   * retired member of staff), LOCKED while five wrong secrets in a row hold the account.
   */
  'session.signIn': write({
    input: z.object({ staffId: idSchema, secret }).strict(),
    output: z.object({ session: z.string(), staff: staffSchema }),
    changes: ['staff'],
    roles: ANYONE,
  }),
  /** Ends the caller's session (also what the screen's idle lock does). */
  'session.signOut': write({ input: empty, output: empty, changes: ['staff'], roles: STAFF }),
  /** Who the caller's session is; the renderer asks at start and while the user is active. */
  'session.current': read({
    input: empty,
    output: z.object({ staff: staffSchema }),
    reads: [],
    roles: STAFF,
  }),
  /** The staff register, active and retired, by reading. */
  'staff.list': read({
    input: empty,
    output: z.array(staffSchema),
    reads: ['staff'],
    roles: MANAGER,
  }),
  /**
   * Adds (no id) or changes a member of staff; `secret` sets their secret (required for a new
   * one). Retiring someone ends their sessions; the last active manager cannot be retired or
   * lose the role (LAST_MANAGER).
   */
  'staff.save': write({
    input: z
      .object({ staff: staffSchema.partial({ id: true }), secret: secret.optional() })
      .strict(),
    output: staffSchema,
    changes: ['staff'],
    roles: MANAGER,
  }),
  /**
   * The names of staff by id, retired ones too: what a screen shows as the author of a record.
   * Unknown ids are left out.
   */
  'staff.names': read({
    input: z.object({ ids: z.array(idSchema).max(500) }).strict(),
    output: z.array(staffNameSchema.extend({ active: staffSchema.shape.active })),
    reads: ['staff'],
    roles: STAFF,
  }),
  /** The audit trail, newest first: a period (Japan dates) and filters, a page at a time. */
  'audit.list': read({
    input: auditQuerySchema,
    output: z.array(auditEntrySchema),
    // Every change adds to the trail: the viewer refreshes when asked, not after each change.
    reads: [],
    roles: MANAGER,
  }),
  /** The same entries as a CSV file for Excel (UTF-8 with a BOM, CRLF), newest first. */
  'audit.csv': read({
    input: auditFilterSchema,
    output: z.object({ fileName: z.string(), text: z.string(), rows: z.number().int() }),
    reads: [],
    roles: MANAGER,
  }),
  /**
   * The recovery key made at this start (a new data folder, or one just encrypted), once: later
   * calls answer null. A write, so no answer is ever cached.
   */
  'storage.takeRecoveryKey': write({
    input: empty,
    output: recoveryKeySchema.nullable(),
    changes: ['storage'],
    roles: MANAGER,
  }),
  /** A new recovery key: the old one stops opening the folder and its backups. */
  'storage.newRecoveryKey': write({
    input: empty,
    output: recoveryKeySchema,
    changes: ['storage'],
    roles: MANAGER,
  }),
  /** Whether the folder's key is at hand, or what the app waits for (the start-up screen). */
  'storage.keyState': read({
    input: empty,
    output: keyStateSchema,
    reads: ['storage'],
    roles: KEY_HOLDER,
    openWhileDamaged: true,
  }),
  /**
   * 「回復キーで開く」: keeps the folder's data key, unwrapped with the recovery key, in this PC's
   * key store, then opens the folder (the same path as `npm run data -- recover`).
   */
  'storage.recover': write({
    input: z.object({ recoveryKey: z.string().min(1).max(100) }).strict(),
    output: keyStateSchema,
    // Opened, the folder answers what was refused before.
    changes: DATA_KINDS,
    roles: KEY_HOLDER,
    openWhileDamaged: true,
  }),
  /** The manager's passphrase, where the OS cannot protect the key: the first one sets it. */
  'storage.unlock': write({
    input: z.object({ passphrase: z.string().min(PASSPHRASE_MIN).max(200) }).strict(),
    output: keyStateSchema,
    // Opened, the folder answers what was refused before.
    changes: DATA_KINDS,
    roles: KEY_HOLDER,
    openWhileDamaged: true,
  }),

  // 保存期間 and 本人開示 (docs/retention.md): the manager's alone.
  /** The persons whose retention period is over today, the longest over first. */
  'retention.list': read({
    input: empty,
    output: z.object({
      today: isoDateSchema,
      retentionYears: z.number().int(),
      /** How backups roll: one a day at most, the newest `kept` kept. */
      backups: z.object({ kept: z.number().int(), intervalDays: z.number() }),
      persons: z.array(retentionRowSchema),
    }),
    reads: ['persons', 'stays'],
    roles: MANAGER,
  }),
  /** What erasing the person would remove, counted, and whether their period is over today. */
  'retention.preview': read({
    input: z.object({ personId: idSchema }).strict(),
    output: z.object({
      personId: idSchema,
      familyName: z.string(),
      givenName: z.string(),
      keptUntil: isoDateSchema.nullable(),
      ended: z.boolean(),
      counts: erasedCountsSchema,
    }),
    reads: ['persons', 'stays', 'training', 'days'],
    roles: MANAGER,
  }),
  /**
   * Erases the person and everything keyed to them (stays with their goals and 職員所見, training
   * records, day facts) in one change; RETENTION_NOT_ENDED while their period runs.
   */
  'retention.erase': write({
    input: z.object({ personId: idSchema }).strict(),
    output: z.object({ personId: idSchema, counts: erasedCountsSchema }),
    changes: ['persons', 'stays', 'training', 'days'],
    roles: MANAGER,
  }),
  /** 本人開示: everything Tomari holds on one person, for the JSON file and the printed copy. */
  'persons.disclosure': read({
    input: z.object({ personId: idSchema }).strict(),
    output: disclosureSchema,
    reads: ['settings', 'persons', 'stays', 'training', 'days', 'staff'],
    roles: MANAGER,
  }),
} as const satisfies Record<string, ChannelSpec>;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;

/** The channels that change nothing: their answers may be cached by the renderer. */
export type QueryChannel = {
  [C in Channel]: Contract[C]['mutates'] extends false ? C : never;
}[Channel];

export const CHANNELS = Object.keys(contract) as Channel[];

export function isChannel(name: string): name is Channel {
  return Object.hasOwn(contract, name);
}

/** The query channels whose answers read any of the kinds (a change made here or on another PC). */
export function channelsReading(kinds: readonly DataKind[]): readonly QueryChannel[] {
  const changed = new Set(kinds);
  return CHANNELS.filter(
    (c): c is QueryChannel =>
      !contract[c].mutates && contract[c].reads.some((kind) => changed.has(kind)),
  );
}

/**
 * The channels whose cached answers a call of `channel` makes stale: every channel that reads a
 * kind of data it changes. Empty for a channel that changes nothing.
 */
export function refreshedBy(channel: Channel): readonly QueryChannel[] {
  return channelsReading(contract[channel].changes);
}
