/**
 * The emergency request as the dialog edits it (why, who asked, the day and time the call
 * came), and the `intake` the API takes from it. The time is the facility's wall clock: Japan.
 */
import { japanDateAndTime } from '../stay/historyTime';
import type {
  EmergencyIntake,
  EmergencyReason,
  EmergencyRequester,
} from '../../../../shared/domain/emergency-intake';

export interface IntakeDraft {
  reason: EmergencyReason | '';
  reasonText: string;
  requestedBy: EmergencyRequester | '';
  requestedByText: string;
  /** `YYYY-MM-DD` (or '' / a date typed halfway). */
  date: string;
  /** `HH:mm`, 24-hour. */
  time: string;
}

export type IntakeProblem = 'required' | 'reasonTextRequired' | 'timeInvalid' | 'future';

/** A new request: received now. */
export function newIntakeDraft(now: Date): IntakeDraft {
  const { date, time } = japanDateAndTime(now.toISOString());
  return { reason: '', reasonText: '', requestedBy: '', requestedByText: '', date, time };
}

/** A recorded request, for correcting it. */
export function intakeDraftOf(intake: EmergencyIntake): IntakeDraft {
  return {
    reason: intake.reason,
    reasonText: intake.reasonText ?? '',
    requestedBy: intake.requestedBy,
    requestedByText: intake.requestedByText ?? '',
    ...japanDateAndTime(intake.requestedAt),
  };
}

const TIME = /^([01]?\d|2[0-3])[:：]([0-5]\d)$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The intake to send, or the first thing the person still has to put right. */
export function intakeOfDraft(
  draft: IntakeDraft,
  now: Date,
): { intake: EmergencyIntake } | { problem: IntakeProblem } {
  if (draft.reason === '' || draft.requestedBy === '') return { problem: 'required' };
  const reasonText = draft.reasonText.trim();
  if (draft.reason === 'other' && reasonText === '') return { problem: 'reasonTextRequired' };
  const time = TIME.exec(draft.time.normalize('NFKC').trim());
  if (!time || !DATE.test(draft.date)) return { problem: 'timeInvalid' };
  const requestedAt = `${draft.date}T${time[1]!.padStart(2, '0')}:${time[2]}:00+09:00`;
  if (Number.isNaN(Date.parse(requestedAt))) return { problem: 'timeInvalid' };
  if (Date.parse(requestedAt) > now.getTime()) return { problem: 'future' };
  const requestedByText = draft.requestedByText.trim();
  return {
    intake: {
      reason: draft.reason,
      ...(reasonText !== '' ? { reasonText } : {}),
      requestedAt,
      requestedBy: draft.requestedBy,
      ...(requestedByText !== '' ? { requestedByText } : {}),
    },
  };
}
