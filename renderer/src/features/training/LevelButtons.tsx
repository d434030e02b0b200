import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SupportLevel } from '../../../../shared/domain/schemas';
import { SUPPORT_LEVELS } from './useLevelWord';

interface LevelButtonsProps {
  value: SupportLevel | null;
  onChange: (level: SupportLevel) => void;
  /** Names the group for screen readers, e.g. "調理 支援の程度". */
  label: string;
  testId?: string;
}

/**
 * The support level as four large buttons with the number and the word. With focus on any of
 * them, the keys 1–4 choose directly, so staff can fill several guests without the mouse.
 */
export function LevelButtons({ value, onChange, label, testId }: LevelButtonsProps) {
  const { t } = useTranslation();
  const onKeyDown = (event: KeyboardEvent) => {
    const level = Number(event.key);
    if (SUPPORT_LEVELS.includes(level as SupportLevel)) {
      event.preventDefault();
      onChange(level as SupportLevel);
    }
  };
  return (
    <ToggleButtonGroup
      exclusive
      value={value}
      onChange={(_event, next: SupportLevel | null) => next !== null && onChange(next)}
      onKeyDown={onKeyDown}
      aria-label={label}
      data-testid={testId}
      sx={{ flexWrap: 'wrap' }}
    >
      {SUPPORT_LEVELS.map((level) => (
        <ToggleButton
          key={level}
          value={level}
          data-level={level}
          sx={{
            minWidth: 104,
            minHeight: 56,
            flexDirection: 'column',
            lineHeight: 1.2,
            '&.Mui-selected': { fontWeight: 700, borderWidth: 3 },
          }}
        >
          <Typography component="span" sx={{ fontSize: '1.35rem', fontWeight: 'inherit' }}>
            {level}
          </Typography>
          {/* Named "1 自立" by its own text: the space keeps the two words apart when read. */}{' '}
          <Typography component="span" sx={{ fontSize: '0.95rem', fontWeight: 'inherit' }}>
            {t(`training.levels.${level}`)}
          </Typography>
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
}
