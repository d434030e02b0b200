import type { SxProps, Theme } from '@mui/material/styles';
import { AdapterDateFns } from '@mui/x-date-pickers/AdapterDateFns';
import { DesktopDatePicker } from '@mui/x-date-pickers/DesktopDatePicker';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { useState, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_LANGUAGE, isLanguage } from '../../i18n/language';
import { CalendarDay } from './CalendarDay';
import { pickerLocaleOf } from './pickerLocale';
import { isoOfPickerValue, pickerValueOf } from './pickerValue';

export interface DateFieldProps {
  label: string;
  /** `YYYY-MM-DD`, or '' when empty. */
  value: string;
  /** `YYYY-MM-DD`, '' when cleared, INCOMPLETE_DATE while the typed text is not a real date. */
  onChange: (value: string) => void;
  onBlur?: () => void;
  name?: string;
  inputRef?: Ref<HTMLInputElement>;
  error?: boolean;
  helperText?: ReactNode;
  required?: boolean;
  disabled?: boolean;
  autoFocus?: boolean;
  size?: 'small' | 'medium';
  fullWidth?: boolean;
  /** The earliest and the latest date the calendar offers, `YYYY-MM-DD`. */
  min?: string;
  max?: string;
  /** Put on the field's root; page objects type into it (test/e2e/support/date-field.ts). */
  testId?: string;
  sx?: SxProps<Theme>;
}

/**
 * Every date Tomari asks for goes through this field: it reads and writes dates the way the UI
 * language does (2026/05/12 in Japanese), not the way the computer's own date input would
 * (which follows the operating system), and offers a calendar that starts on Monday. Digits
 * can be typed straight through (20260512); the value stays a `YYYY-MM-DD` string.
 */
export function DateField(props: DateFieldProps) {
  const { label, value, onChange, onBlur, name, inputRef, error, helperText } = props;
  const { required, disabled, autoFocus, size, fullWidth, min, max, testId, sx } = props;
  const { i18n } = useTranslation();
  const locale = pickerLocaleOf(
    isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : DEFAULT_LANGUAGE,
  );
  // The picker keeps its own Date (an invalid one while a date is typed halfway); it follows
  // the form's value only when the form changes it (a reset, a default), so typing is never
  // interrupted by the round trip through a string.
  const [picked, setPicked] = useState(() => pickerValueOf(value));
  const [seenValue, setSeenValue] = useState(value);
  if (value !== seenValue) {
    setSeenValue(value);
    if (value !== isoOfPickerValue(picked)) setPicked(pickerValueOf(value));
  }
  const minDate = min ? pickerValueOf(min) : null;
  const maxDate = max ? pickerValueOf(max) : null;

  return (
    <LocalizationProvider
      dateAdapter={AdapterDateFns}
      adapterLocale={locale.adapterLocale}
      localeText={locale.localeText}
    >
      <DesktopDatePicker
        label={label}
        value={picked}
        onChange={(next) => {
          setPicked(next);
          onChange(isoOfPickerValue(next));
        }}
        format={locale.format}
        {...(minDate ? { minDate } : {})}
        {...(maxDate ? { maxDate } : {})}
        {...(name ? { name } : {})}
        {...(inputRef ? { inputRef } : {})}
        disabled={disabled ?? false}
        autoFocus={autoFocus ?? false}
        {...(sx ? { sx } : {})}
        slots={{ day: CalendarDay }}
        slotProps={{
          calendarHeader: { format: locale.calendarHeaderFormat },
          textField: {
            error: error ?? false,
            helperText,
            required: required ?? false,
            size: size ?? 'medium',
            fullWidth: fullWidth ?? false,
            ...(onBlur ? { onBlur } : {}),
            ...(testId ? { 'data-testid': testId } : {}),
          },
        }}
      />
    </LocalizationProvider>
  );
}
