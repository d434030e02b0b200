/**
 * What a booking check needs to know, gathered by the caller (a service, the planner, a test)
 * so that the rules themselves stay pure functions of their inputs.
 */
import type { Bed, BedBlock, Person, Settings, Stay, StayDraft } from '../domain/schemas';

export interface CheckContext {
  settings: Settings;
  /** The bed the draft asks for; undefined when it does not exist (reported as an error). */
  bed: Bed | undefined;
  /** The person the draft is for. */
  person: Person;
  /** Stays on the draft's bed whose nights may overlap the draft, any status. */
  bedStays: readonly Stay[];
  /**
   * The person's stays, any status, covering at least: every fiscal year the draft touches,
   * every calendar month it touches, and `consecutiveDaysLimit` days either side of it.
   */
  personStays: readonly Stay[];
  /** Blocks of the draft's bed that may overlap the draft. */
  blocks: readonly BedBlock[];
  /**
   * The stay being changed, when the draft is an edit of an existing stay: it is left out of
   * every comparison so that a stay never collides with itself.
   */
  stayId?: string;
}

export type CheckedDraft = Pick<StayDraft, 'personId' | 'bedId' | 'kind' | 'start' | 'end'>;
