import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import { useTranslation } from 'react-i18next';
import { MEALS, type Meal } from '../../../../shared/domain/day-facts-schema';
import type { DayFacts } from '../../../../shared/domain/stay-day';

const MOVES = ['pickup', 'dropoff', 'daytimeElsewhere'] as const;

/** A fact that is on reads at a glance: filled, not the faint tint of a pressed toggle. */
const onIsFilled = {
  '& .MuiToggleButton-root.Mui-selected': {
    bgcolor: 'primary.main',
    color: 'primary.contrastText',
    '&:hover': { bgcolor: 'primary.dark' },
  },
} as const;
type Move = (typeof MOVES)[number];

interface DayFactsFieldsProps {
  value: DayFacts;
  onChange: (next: DayFacts) => void;
  /** The day, in words, for the fields' accessible names. */
  dateLabel: string;
  disabled?: boolean;
  testId: string;
}

/**
 * The facts of one day as toggles a desk clerk can flip in one click each (meals; 送迎 往/復
 * and the day spent at the guest's own day activity) and a short note.
 */
export function DayFactsFields({
  value,
  onChange,
  dateLabel,
  disabled,
  testId,
}: DayFactsFieldsProps) {
  const { t } = useTranslation();
  const meals = MEALS.filter((meal) => value.meals[meal]);
  const moves = MOVES.filter((move) => value[move] === true);
  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
        <ToggleButtonGroup
          size="small"
          color="primary"
          sx={onIsFilled}
          value={meals}
          disabled={disabled}
          aria-label={`${dateLabel} ${t('days.mealsLabel')}`}
          onChange={(_, next: Meal[]) =>
            onChange({
              ...value,
              meals: {
                breakfast: next.includes('breakfast'),
                lunch: next.includes('lunch'),
                dinner: next.includes('dinner'),
              },
            })
          }
        >
          {MEALS.map((meal) => (
            <ToggleButton
              key={meal}
              value={meal}
              aria-label={`${t('days.mealsLabel')} ${t(`days.meals.${meal}`)}`}
              data-testid={`${testId}-${meal}`}
              sx={{ minWidth: 36 }}
            >
              {t(`days.meals.${meal}`)}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
        <ToggleButtonGroup
          size="small"
          color="primary"
          sx={onIsFilled}
          value={moves}
          disabled={disabled}
          aria-label={`${dateLabel} ${t('days.transportLabel')}`}
          onChange={(_, next: Move[]) =>
            onChange({
              ...value,
              pickup: next.includes('pickup'),
              dropoff: next.includes('dropoff'),
              daytimeElsewhere: next.includes('daytimeElsewhere'),
            })
          }
        >
          {MOVES.map((move) => (
            <ToggleButton key={move} value={move} data-testid={`${testId}-${move}`}>
              {t(`days.${move}`)}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
      </Stack>
      <TextField
        size="small"
        fullWidth
        label={t('days.note')}
        value={value.note ?? ''}
        disabled={disabled}
        onChange={(event) => onChange({ ...value, note: event.target.value })}
        slotProps={{
          htmlInput: {
            maxLength: 200,
            'aria-label': t('days.noteFor', { date: dateLabel }),
            'data-testid': `${testId}-note`,
          },
        }}
      />
    </Stack>
  );
}
