import { useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';

/**
 * Opens the browser's print dialog once the page's data is in, when the page was opened with
 * `?print=1` (the browser host's fallback for the app's print button).
 */
export function useAutoPrint(ready: boolean): void {
  const [params] = useSearchParams();
  const done = useRef(false);
  const wanted = params.get('print') === '1';
  useEffect(() => {
    if (!wanted || !ready || done.current) return;
    // After the paint, so the dialog shows the finished page.
    const timer = setTimeout(() => {
      done.current = true;
      window.print();
    }, 300);
    return () => clearTimeout(timer);
  }, [wanted, ready]);
}
