import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

interface SectionCardProps {
  id: string;
  title: string;
  children: ReactNode;
  /** A line under the title, e.g. who may see this section. */
  hint?: string;
}

/** One section of the person record, a landmark with its own heading. */
export function SectionCard({ id, title, hint, children }: SectionCardProps) {
  return (
    <Paper
      component="section"
      aria-labelledby={`${id}-title`}
      data-testid={`section-${id}`}
      variant="outlined"
      sx={{ p: 2 }}
    >
      <Typography id={`${id}-title`} variant="h6" component="h2" gutterBottom>
        {title}
      </Typography>
      {hint && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
          {hint}
        </Typography>
      )}
      {children}
    </Paper>
  );
}
