import type { SxProps, Theme } from '@mui/material/styles';

/**
 * For a <form> that wraps a dialog's title, content and actions: it lays them out as the
 * dialog's own column, so DialogContent scrolls and the title and the buttons stay in view
 * (a plain block form lets the whole dialog scroll and its buttons fall below the fold).
 */
export const dialogFormSx: SxProps<Theme> = {
  display: 'flex',
  flexDirection: 'column',
  minHeight: 0,
  flex: '1 1 auto',
};
