import GlobalStyles from '@mui/material/GlobalStyles';

/**
 * Paper set-up of the print pages: A4 portrait with its margins, no screen background, screen-
 * only controls hidden, and table rows that never split across pages (headers repeat).
 */
export function PrintPageStyles() {
  return (
    <GlobalStyles
      styles={{
        '@page': { size: 'A4 portrait', margin: '12mm 12mm 12mm 12mm' },
        '@media print': {
          body: { background: 'none' },
          '.no-print': { display: 'none !important' },
        },
        '.summary-table thead': { display: 'table-header-group' },
        '.summary-table tr': { breakInside: 'avoid', pageBreakInside: 'avoid' },
        '.summary-avoid-break': { breakInside: 'avoid', pageBreakInside: 'avoid' },
      }}
    />
  );
}
