import Box from '@mui/material/Box';
import type { ReactNode } from 'react';
import { ErrorState } from '../../common/ErrorState';
import { LoadingState } from '../../common/LoadingState';
import { PrintPageStyles } from './PrintPageStyles';
import { PrintToolbar } from './PrintToolbar';
import { useAutoPrint } from './useAutoPrint';

/** What the frame needs to know of each query a printed page waits for. */
export interface PrintSource {
  isSuccess: boolean;
  isError: boolean;
  error: unknown;
  refetch: () => unknown;
}

interface PrintFrameProps {
  /** Every query the paper needs: it is drawn (and printed) only once all of them are in. */
  sources: readonly PrintSource[];
  /** The paper's name for assistive technology. */
  label?: string;
  /** Shown on screen above the paper once the data is in, never on paper. */
  onScreen?: () => ReactNode;
  /** The paper, called only when every source has its data. */
  children: () => ReactNode;
}

/**
 * The frame every printed page shares: print styles and toolbar, loading, the first failed
 * query with its retry, then the paper inside the marker the Electron printer waits for.
 */
export function PrintFrame({ sources, label, onScreen, children }: PrintFrameProps) {
  const ready = sources.every((s) => s.isSuccess);
  const failed = sources.find((s) => s.isError);
  useAutoPrint(ready);
  return (
    <Box>
      <PrintPageStyles />
      <PrintToolbar />
      {!ready && !failed && <LoadingState />}
      {failed && <ErrorState error={failed.error} onRetry={() => void failed.refetch()} />}
      {ready && onScreen && (
        <Box className="no-print" sx={{ px: 2, pb: 2 }}>
          {onScreen()}
        </Box>
      )}
      {ready && (
        // The Electron printer waits for this marker before it prints.
        <Box data-print-ready aria-label={label}>
          {children()}
        </Box>
      )}
    </Box>
  );
}
