import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Violation } from '../../../../shared/domain/schemas';
import { call } from '../../api/client';
import { describeApiError } from '../../api/errors-ja';
import type { StayChangeRequest } from './BedCalendar';
import type { DragRefusal } from './useDragRefusals';

export interface ChangeNotice {
  severity: 'success' | 'error' | 'info';
  message: string;
  details: string[];
}

export interface PendingOverride {
  request: StayChangeRequest;
  /** The override-severity violations still needing a reason. */
  violations: Violation[];
}

/**
 * Keeps a dragged (or re-bedded) stay only if the server agrees: check first, refuse with the
 * rules' messages and snap back on an error, ask reasons for overrides, then update. The
 * update re-checks every rule itself, so a change made meanwhile elsewhere is still caught.
 */
export function useStayChange() {
  const { t } = useTranslation();
  const [pending, setPending] = useState<PendingOverride | null>(null);
  const [notice, setNotice] = useState<ChangeNotice | null>(null);

  const fail = useCallback(
    (request: StayChangeRequest, error: unknown) => {
      request.revert();
      setNotice({ severity: 'error', ...describeApiError(error, t) });
    },
    [t],
  );

  const save = useCallback(
    async (request: StayChangeRequest, overrides: { rule: string; reason: string }[]) => {
      try {
        const saved = await call('stays.update', {
          id: request.stay.id,
          changes: request.changes,
          ...(overrides.length > 0 ? { overrides } : {}),
        });
        const warnings = saved.warnings ?? [];
        setNotice({
          severity: warnings.length > 0 ? 'info' : 'success',
          message: t('calendar.change.saved'),
          details: warnings.map((code) => t(`booking.rules.${code}`, { defaultValue: code })),
        });
      } catch (error) {
        fail(request, error);
      }
    },
    [fail, t],
  );

  const requestChange = useCallback(
    async (request: StayChangeRequest) => {
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
        setNotice({
          severity: 'error',
          message: t('calendar.change.refused'),
          details: errors.map((v) => v.message),
        });
        return;
      }
      // Reasons already given for this stay still count (the server keeps them).
      const needed = violations.filter(
        (v) => v.severity === 'override' && !stay.overrides.some((o) => o.rule === v.code),
      );
      if (needed.length > 0) {
        setPending({ request, violations: needed });
        return;
      }
      await save(request, []);
    },
    [fail, save, t],
  );

  const confirmOverrides = useCallback(
    async (overrides: { rule: string; reason: string }[]) => {
      if (!pending) return;
      setPending(null);
      await save(pending.request, overrides);
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
        details: refusal.violations.map((v) => v.message),
      }),
    [t],
  );

  return {
    requestChange,
    refused,
    pending,
    confirmOverrides,
    cancelOverrides,
    notice,
    notify: setNotice,
    clearNotice: () => setNotice(null),
  };
}
