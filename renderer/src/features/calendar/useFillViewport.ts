import { useLayoutEffect, useRef } from 'react';

/**
 * Gives an element the height left in the window below it (less what the page keeps below it),
 * but never less than `minHeight`: the calendar then shows as many beds as fit, keeps its dates
 * and buttons in view while its rows scroll, and its last days are never below the fold. The
 * height is written to the element directly, as the window or the page above it changes size.
 */
export function useFillViewport<T extends HTMLElement>(minHeight: number) {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const fit = () => {
      const box = element.getBoundingClientRect();
      const top = box.top + window.scrollY;
      // What the page lays out below the element (its padding, say), not the empty window.
      const below = document.body.getBoundingClientRect().bottom - box.bottom;
      const height = Math.max(minHeight, Math.floor(window.innerHeight - top - below));
      if (element.style.height !== `${height}px`) element.style.height = `${height}px`;
    };
    fit();
    // The page's body changes size with the window and with anything shown above the element.
    const observer = new ResizeObserver(fit);
    observer.observe(document.body);
    window.addEventListener('resize', fit);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', fit);
    };
  }, [minHeight]);
  return ref;
}
