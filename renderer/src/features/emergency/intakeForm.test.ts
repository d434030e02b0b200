import { describe, expect, it } from 'vitest';
import { intakeDraftOf, intakeOfDraft, newIntakeDraft, type IntakeDraft } from './intakeForm';

const now = new Date('2026-05-12T13:05:00Z'); // 22:05 in Japan
const filled: IntakeDraft = {
  ...newIntakeDraft(now),
  reason: 'carer-illness',
  requestedBy: 'family',
};

describe('the emergency request form', () => {
  it('starts as received now, on the Japanese wall clock', () => {
    expect(newIntakeDraft(now)).toMatchObject({ date: '2026-05-12', time: '22:05', reason: '' });
  });

  it('makes the intake with the time in Japan', () => {
    expect(intakeOfDraft({ ...filled, time: '21:30' }, now)).toEqual({
      intake: {
        reason: 'carer-illness',
        requestedAt: '2026-05-12T21:30:00+09:00',
        requestedBy: 'family',
      },
    });
  });

  it.each<[string, Partial<IntakeDraft>, string]>([
    ['no reason', { reason: '' }, 'required'],
    ['no requester', { requestedBy: '' }, 'required'],
    ['another reason without words', { reason: 'other', reasonText: '  ' }, 'reasonTextRequired'],
    ['a time that is not a time', { time: '25:00' }, 'timeInvalid'],
    ['a date typed halfway', { date: '2026-05' }, 'timeInvalid'],
    ['a time still to come', { time: '23:00' }, 'future'],
  ])('asks again for %s', (_what, change, problem) => {
    expect(intakeOfDraft({ ...filled, ...change }, now)).toEqual({ problem });
  });

  it('takes full-width digits and a full-width colon, and trims the words', () => {
    const result = intakeOfDraft(
      {
        ...filled,
        time: '９：０５',
        reason: 'other',
        reasonText: ' 火災 ',
        requestedByText: ' 市 ',
      },
      now,
    );
    expect(result).toEqual({
      intake: {
        reason: 'other',
        reasonText: '火災',
        requestedAt: '2026-05-12T09:05:00+09:00',
        requestedBy: 'family',
        requestedByText: '市',
      },
    });
  });

  it('reads a recorded request back for correcting', () => {
    const draft = intakeDraftOf({
      reason: 'protection',
      requestedAt: '2026-05-11T16:40:00.000Z',
      requestedBy: 'city',
    });
    expect(draft).toMatchObject({ date: '2026-05-12', time: '01:40', reason: 'protection' });
  });
});
