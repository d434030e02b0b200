import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Stay, Violation } from '../../../../shared/domain/schemas';
import { call } from '../../api/client';
import { describeApiError, violationMessage } from '../../api/errors-ja';
import type { CalendarSpan, StayChangeRequest } from './BedCalendar';
import type { DragRefusal } from './useDragRefusals';

export interface ChangeNotice {
  severity: 'success' | 'error' | 'info';
  message: string;
  details: string[];
  /** The notice is about a change that can be undone (it offers the undo button). */
  undoable?: boolean;
}

/** A change is either the user's own, or the undoing of the last one. */
type ChangeMode = 'change' | 'undo';

export interface PendingOverride {
  request: StayChangeRequest;
  mode: ChangeMode;
  /** The override-severity violations still needing a reason. */
  violations: Violation[];
}

/** The last change saved from the calendar: where the stay was, and where it went. */
interface LastChange {
  stayId: string;
  before: CalendarSpan;
  after: CalendarSpan;
}

const spanOf = (stay: Pick<Stay, 'bedId' | 'start' | 'end'>): CalendarSpan => ({
  bedId: stay.bedId,
  start: stay.start,
  end: stay.end,
});

const sameSpan = (a: CalendarSpan, b: CalendarSpan) =>
  a.bedId === b.bedId && a.start === b.start && a.end === b.end;

/** The changes that take a stay from `from` to `to`. */
function changesBetween(from: CalendarSpan, to: CalendarSpan): Partial<CalendarSpan> {
  const changes: Partial<CalendarSpan> = {};
  if (from.bedId !== to.bedId) changes.bedId = to.bedId;
  if (from.start !== to.start) changes.start = to.start;
  if (from.end !== to.end) changes.end = to.end;
  return changes;
}

/**
 * Keeps a dragged (or re-bedded) stay only if the server agrees: check first, refuse with the
 * rules' messages and snap back on an error, ask reasons for overrides, then update. The
 * update re-checks every rule itself, so a change made meanwhile elsewhere is still caught.
 *
 * The last change saved can be undone (the notice's button, or Ctrl+Z on the calendar): the
 * stay goes back where it was, through the same checks, unless it was changed again since.
 */
export function useStayChange() {
  const { t } = useTranslation();
  const [pending, setPending] = useState<PendingOverride | null>(null);
  const [notice, setNotice] = useState<ChangeNotice | null>(null);
  const [last, setLast] = useState<LastChange | null>(null);

  const fail = useCallback(
    (request: StayChangeRequest, error: unknown) => {
      request.revert();
      setNotice({ severity: 'error', ...describeApiError(error, t) });
    },
    [t],
  );

  const save = useCallback(
    async (
      request: StayChangeRequest,
      overrides: { rule: string; reason: string }[],
      mode: ChangeMode,
    ) => {
      try {
        const saved = await call('stays.update', {
          id: request.stay.id,
          changes: request.changes,
          ...(overrides.length > 0 ? { overrides } : {}),
        });
        const warnings = (saved.warnings ?? []).map((code) =>
          t(`booking.rules.${code}`, { defaultValue: code }),
        );
        if (mode === 'undo') {
          setLast(null);
          setNotice({ severity: 'success', message: t('calendar.change.undone'), details: [] });
          return;
        }
        setLast({ stayId: saved.id, before: spanOf(request.stay), after: spanOf(saved) });
        setNotice({
          severity: warnings.length > 0 ? 'info' : 'success',
          message: t('calendar.change.saved'),
          details: warnings,
          undoable: true,
        });
      } catch (error) {
        fail(request, error);
      }
    },
    [fail, t],
  );

  const submit = useCallback(
    async (request: StayChangeRequest, mode: ChangeMode) => {
      const { stay, changes } = request;
      const draft = {
        personId: stay.personId,
        bedId: changes.bedId ?? stay.bedId,
        kind: stay.kind,
        start: changes.start ?? stay.start,
        end: changes.end ?? stay.end,
      };
      let violations: Violation[];
      try {
        ({ violations } = await call('stays.check', { draft, stayId: stay.id }));
      } catch (error) {
        fail(request, error);
        return;
      }
      const errors = violations.filter((v) => v.severity === 'error');
      if (errors.length > 0) {
        request.revert();
        if (mode === 'undo') setLast(null);
        setNotice({
          severity: 'error',
          message: t(mode === 'undo' ? 'calendar.change.undoRefused' : 'calendar.change.refused'),
          details: errors.map((v) => violationMessage(v, t)),
        });
        return;
      }
      // Reasons already given for this stay still count (the server keeps them), and so do
      // those written with the change (the stay panel's 日程を変更 asks them as it goes).
      const given = request.overrides ?? [];
      const needed = violations.filter(
        (v) =>
          v.severity === 'override' &&
          !stay.overrides.some((o) => o.rule === v.code) &&
          !given.some((o) => o.rule === v.code),
      );
      if (needed.length > 0) {
        setPending({ request, mode, violations: needed });
        return;
      }
      await save(request, given, mode);
    },
    [fail, save, t],
  );

  const undoChange = useCallback(
    async (change: LastChange) => {
      let current: Stay;
      try {
        current = await call('stays.get', { id: change.stayId });
      } catch (error) {
        setNotice({ severity: 'error', ...describeApiError(error, t) });
        return;
      }
      // Only the change the desk just made is undone, never a later one made elsewhere.
      if (!sameSpan(spanOf(current), change.after)) {
        setLast(null);
        setNotice({ severity: 'error', message: t('calendar.change.undoStale'), details: [] });
        return;
      }
      const changes = changesBetween(change.after, change.before);
      await submit({ stay: current, changes, revert: () => undefined }, 'undo');
    },
    [submit, t],
  );

  const requestChange = useCallback(
    (request: StayChangeRequest) => void submit(request, 'change'),
    [submit],
  );

  const confirmOverrides = useCallback(
    async (overrides: { rule: string; reason: string }[]) => {
      if (!pending) return;
      setPending(null);
      await save(
        pending.request,
        [...(pending.request.overrides ?? []), ...overrides],
        pending.mode,
      );
    },
    [pending, save],
  );

  const cancelOverrides = useCallback(() => {
    pending?.request.revert();
    setPending(null);
    setNotice({ severity: 'info', message: t('calendar.change.abandoned'), details: [] });
  }, [pending, t]);

  /** A drag the calendar refused: why, in the words of the rules (as the booking dialog says). */
  const refused = useCallback(
    (refusal: DragRefusal) =>
      setNotice({
        severity: 'error',
        message: t(
          refusal.action === 'book' ? 'calendar.refusedBooking' : 'calendar.change.refused',
        ),
        details: refusal.violations.map((v) => violationMessage(v, t)),
      }),
    [t],
  );

  return {
    requestChange,
    refused,
    /** Undoes the last change saved from the calendar, when there is one (Ctrl+Z). */
    undo: useMemo(() => (last ? () => void undoChange(last) : undefined), [last, undoChange]),
    pending,
    confirmOverrides,
    cancelOverrides,
    notice,
    notify: setNotice,
    clearNotice: useCallback(() => setNotice(null), []),
  };
}
