import type { SystemStyleObject, Theme } from '@mui/system';

/** The ruled lines of the printed papers, in print units (the pages are A4, see PrintPageStyles). */
export const PAPER_BORDER = '0.3mm solid';

/** A ruled table cell of a printed paper, with its own padding, size and alignment. */
export function paperCell(style: SystemStyleObject<Theme>): SystemStyleObject<Theme> {
  return { border: PAPER_BORDER, borderColor: 'text.primary', ...style };
}

/** A heading cell: bold on a light grey ground. */
export function paperHead(cell: SystemStyleObject<Theme>): SystemStyleObject<Theme> {
  return { ...cell, fontWeight: 700, bgcolor: 'grey.100' };
}
