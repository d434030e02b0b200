import { useMutation } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { call } from '../../api/client';
import { isApiCallError } from '../../api/apiCallError';

type Outcome = { kind: 'printed' } | { kind: 'saved'; path: string | null } | { kind: 'browser' };

/**
 * Prints a /print/… route. In Electron the shell opens a preview window (or saves an A4 PDF);
 * where it cannot (the browser host answers NOT_SUPPORTED) the page is opened here with
 * `?print=1` and prints itself with the browser's own dialog, which can also save a PDF.
 */
export function usePrintRoute(route: string) {
  const navigate = useNavigate();
  const fallback = (error: unknown): Outcome => {
    if (isApiCallError(error) && error.code === 'NOT_SUPPORTED') {
      void navigate(`${route}?print=1`);
      return { kind: 'browser' };
    }
    throw error;
  };
  const preview = useMutation({
    mutationFn: (): Promise<Outcome> =>
      call('print.preview', { route }).then((): Outcome => ({ kind: 'printed' }), fallback),
  });
  const savePdf = useMutation({
    mutationFn: (): Promise<Outcome> =>
      call('print.savePdf', { route }).then(
        ({ path }): Outcome => ({ kind: 'saved', path }),
        fallback,
      ),
  });
  return { preview, savePdf };
}
