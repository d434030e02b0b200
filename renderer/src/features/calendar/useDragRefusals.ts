import { useEffect, useLayoutEffect, useMemo, useRef, type RefObject } from 'react';
import type { Violation } from '../../../../shared/domain/schemas';

/** A drag the calendar would not take, and the rules' reasons (the booking dialog's words). */
export interface DragRefusal {
  /** `book`: nights dragged across for a new booking; `move`: a bar moved or stretched. */
  action: 'book' | 'move';
  violations: Violation[];
}

/**
 * Says why a drag was refused. While a drag goes on, FullCalendar asks the calendar whether each
 * place under the pointer is allowed (selectAllow, eventAllow), and shows "not allowed" where it
 * is not; on letting go there, it only puts things back. `judge` keeps the reasons of the place
 * last asked about; when the button is released over a refused place, `onRefused` hears them.
 */
export function useDragRefusals(
  rootRef: RefObject<HTMLElement | null>,
  onRefused: (refusal: DragRefusal) => void,
) {
  const last = useRef<DragRefusal | null>(null);
  const latestOnRefused = useRef(onRefused);
  useLayoutEffect(() => {
    latestOnRefused.current = onRefused;
  });

  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    const released = () => {
      const refusal = last.current;
      last.current = null;
      if (refusal) latestOnRefused.current(refusal);
    };
    // A new press starts afresh; its release may happen anywhere on the page.
    const pressed = () => {
      last.current = null;
      document.addEventListener('pointerup', released, { once: true });
    };
    root.addEventListener('pointerdown', pressed);
    return () => {
      root.removeEventListener('pointerdown', pressed);
      document.removeEventListener('pointerup', released);
    };
  }, [rootRef]);

  return useMemo(
    () => ({
      /** Notes the verdict on the place under the pointer; true when it is allowed. */
      judge: (refusal: DragRefusal | null): boolean => {
        last.current = refusal;
        return refusal === null;
      },
    }),
    [],
  );
}
