import {
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type RefObject,
} from 'react';

/** The bar whose tooltip shows, and the tooltip's id (the bar is described by it). */
export interface StayBarTip {
  id: string;
  stayId: string;
  anchor: HTMLElement;
}

/** How long the pointer rests on a bar before its tooltip shows (as MUI's enterDelay). */
const HOVER_DELAY_MS = 300;

function barOf(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element
    ? target.closest<HTMLElement>('.tomari-bar[data-stay-id]')
    : null;
}

/**
 * What the stay bars (stayBarNode) do, for all of them at once from the element around the
 * calendar: a click, Enter or Space opens the stay; resting the pointer on a bar or focusing it
 * shows its tooltip (one at a time, mounted only then). One set of listeners instead of a
 * component with handlers and a tooltip per bar keeps a month quick to draw.
 */
export function useStayBarEvents(
  ref: RefObject<HTMLElement | null>,
  onOpen: (stayId: string) => void,
) {
  const tipId = useId();
  const [tip, setTip] = useState<StayBarTip | null>(null);
  const latestOnOpen = useRef(onOpen);
  useLayoutEffect(() => {
    latestOnOpen.current = onOpen;
  });

  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    let timer: number | undefined;
    const show = (bar: HTMLElement) => {
      window.clearTimeout(timer);
      const stayId = bar.dataset.stayId;
      if (stayId !== undefined) setTip({ id: tipId, stayId, anchor: bar });
    };
    const hide = () => {
      window.clearTimeout(timer);
      setTip(null);
    };
    const onClick = (event: MouseEvent) => {
      const stayId = barOf(event.target)?.dataset.stayId;
      if (stayId !== undefined) latestOnOpen.current(stayId);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      const bar = barOf(event.target);
      if (!bar || bar !== event.target || (event.key !== 'Enter' && event.key !== ' ')) return;
      event.preventDefault();
      const stayId = bar.dataset.stayId;
      if (stayId !== undefined) latestOnOpen.current(stayId);
    };
    const onMouseOver = (event: MouseEvent) => {
      const bar = barOf(event.target);
      // Moving between the parts of one bar is not entering it.
      if (!bar || (event.relatedTarget instanceof Node && bar.contains(event.relatedTarget))) {
        return;
      }
      window.clearTimeout(timer);
      timer = window.setTimeout(() => show(bar), HOVER_DELAY_MS);
    };
    const onMouseOut = (event: MouseEvent) => {
      const bar = barOf(event.target);
      if (!bar || (event.relatedTarget instanceof Node && bar.contains(event.relatedTarget))) {
        return;
      }
      hide();
    };
    const onFocusIn = (event: FocusEvent) => {
      const bar = barOf(event.target);
      if (bar) show(bar);
    };
    const onFocusOut = (event: FocusEvent) => {
      if (barOf(event.target)) hide();
    };
    root.addEventListener('click', onClick);
    root.addEventListener('keydown', onKeyDown);
    root.addEventListener('mouseover', onMouseOver);
    root.addEventListener('mouseout', onMouseOut);
    root.addEventListener('focusin', onFocusIn);
    root.addEventListener('focusout', onFocusOut);
    return () => {
      window.clearTimeout(timer);
      root.removeEventListener('click', onClick);
      root.removeEventListener('keydown', onKeyDown);
      root.removeEventListener('mouseover', onMouseOver);
      root.removeEventListener('mouseout', onMouseOut);
      root.removeEventListener('focusin', onFocusIn);
      root.removeEventListener('focusout', onFocusOut);
    };
  }, [ref, tipId]);

  // The bar is described by its tooltip while it shows, as MUI does for a tooltip's child.
  useEffect(() => {
    if (!tip) return;
    tip.anchor.setAttribute('aria-describedby', tip.id);
    return () => tip.anchor.removeAttribute('aria-describedby');
  }, [tip]);

  const closeTip = useCallback(() => setTip(null), []);
  return { tip, closeTip };
}
