import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

interface PageHeaderProps {
  title: ReactNode;
  /** A line under the title: a hint, or the dates shown. */
  subtitle?: ReactNode;
  subtitleTestId?: string;
  /** Buttons at the right; they wrap under the title on a narrow window. */
  actions?: ReactNode;
}

/** The heading of a screen: its title (the page's h1), a line under it, and its actions. */
export function PageHeader({ title, subtitle, subtitleTestId, actions }: PageHeaderProps) {
  return (
    <Box
      sx={{
        display: 'flex',
        flexWrap: 'wrap',
        alignItems: 'center',
        justifyContent: 'space-between',
        gap: 2,
      }}
    >
      <Box>
        <Typography variant="h5" component="h1">
          {title}
        </Typography>
        {subtitle !== undefined && (
          <Typography color="text.secondary" data-testid={subtitleTestId}>
            {subtitle}
          </Typography>
        )}
      </Box>
      {actions}
    </Box>
  );
}
