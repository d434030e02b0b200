import EventIcon from '@mui/icons-material/Event';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isValidIsoDate, nightsOf, stayDates } from '../../../../shared/domain/dates';
import { changeableDates, dateChangeRefusal } from '../../../../shared/domain/stay-lifecycle';
import type { Stay, StayDraft } from '../../../../shared/domain/schemas';
import { describeApiError, refusalMessage } from '../../api/errors-ja';
import { DateField } from '../../common/dates/DateField';
import { useUnsavedChanges } from '../../common/unsaved/useUnsavedChanges';
import { OverrideReasonFields } from '../booking/OverrideReasonFields';
import { overridesFrom } from '../booking/overrides';
import { SaveBlockerNote } from '../booking/SaveBlockerNote';
import { saveBlockers } from '../booking/saveBlockers';
import { useStayCheck } from '../booking/useStayCheck';
import { ViolationList } from '../booking/ViolationList';

interface StayDatesEditorProps {
  stay: Stay;
  today: string;
  busy: boolean;
  /**
   * Saves the new dates with the reasons written here: the caller checks them once more (the
   * server does too), saves, and says how it went, with 元に戻す as after a drag.
   */
  onChangeDates: (
    dates: { start: string; end: string },
    overrides: { rule: string; reason: string }[],
  ) => void;
}

/**
 * 日程を変更: the arrival and departure of a booking not started, typed instead of dragged, so
 * that every change the mouse can make the keyboard can make too. As in the booking dialog,
 * the new dates are checked by the server as they are typed (stays.check, the rules of
 * shared/rules), what forbids them is said in the rules' words, a rule that needs a written
 * reason asks for it here, and the button says beside it what stops it. Which dates may change
 * at all is shared/domain/stay-lifecycle.ts's changeableDates, as for the calendar's drags and
 * the server.
 */
export function StayDatesEditor({ stay, today, busy, onChangeDates }: StayDatesEditorProps) {
  const { t } = useTranslation();
  const [start, setStart] = useState(stay.start);
  const [end, setEnd] = useState(stay.end);
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const can = changeableDates(stay);
  const changed = start !== stay.start || end !== stay.end;
  useUnsavedChanges(changed);

  const validDates = isValidIsoDate(start) && isValidIsoDate(end) && end > start;
  const refusal = validDates ? dateChangeRefusal(stay, { start, end }, today) : null;
  const draft: StayDraft | null =
    changed && validDates && refusal === null
      ? { personId: stay.personId, bedId: stay.bedId, kind: stay.kind, start, end }
      : null;
  const check = useStayCheck(draft, stay.id);
  const violations = draft ? (check.data?.violations ?? []) : [];
  // Reasons given when the stay was booked (or changed before) still count on the server.
  const asked = violations.filter(
    (v) => !(v.severity === 'override' && stay.overrides.some((o) => o.rule === v.code)),
  );
  const toReason = asked.filter((v) => v.severity === 'override');
  const hasErrors = asked.some((v) => v.severity === 'error');
  const blockers = changed
    ? saveBlockers({
        hasPerson: true,
        bedId: stay.bedId,
        start,
        end,
        check,
        violations: asked,
        reasons,
      })
    : [];
  const endBeforeStart = blockers.some((b) => b.kind === 'endAfterStart');
  const canSave = changed && refusal === null && blockers.length === 0;

  if (!can.start) return null;
  return (
    <Box component="section" aria-labelledby="stay-dates-title" data-testid="stay-dates-editor">
      <Typography variant="subtitle2" component="h4" id="stay-dates-title" sx={{ mb: 1 }}>
        {t('stay.dates.title')}
      </Typography>
      <Stack spacing={2}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
          <DateField
            label={t('booking.start')}
            value={start}
            onChange={setStart}
            size="small"
            testId="stay-dates-start"
            sx={{ flex: '1 1 0', minWidth: 0 }}
          />
          <DateField
            label={t('booking.end')}
            value={end}
            onChange={setEnd}
            size="small"
            error={endBeforeStart}
            helperText={endBeforeStart ? t('booking.errors.endAfterStart') : undefined}
            testId="stay-dates-end"
            sx={{ flex: '1 1 0', minWidth: 0 }}
          />
        </Stack>
        {validDates && (
          <Typography variant="body2" data-testid="stay-dates-length">
            {t('calendar.daysAndNights', {
              days: stayDates(start, end).length,
              nights: nightsOf(start, end),
            })}
          </Typography>
        )}
        {refusal && (
          <Alert severity="error" data-testid="stay-dates-refused">
            {refusalMessage(refusal, t)}
          </Alert>
        )}
        {draft && !check.isCurrent && !check.isError && (
          <LinearProgress aria-label={t('booking.checking')} />
        )}
        {draft && check.isError && (
          <Alert severity="error">{describeApiError(check.error, t).message}</Alert>
        )}
        {draft && check.isCurrent && asked.length === 0 && (
          <Alert severity="success" data-testid="stay-dates-ok">
            {t('booking.noViolations')}
          </Alert>
        )}
        {draft && <ViolationList violations={asked} />}
        {draft && toReason.length > 0 && !hasErrors && (
          <OverrideReasonFields
            violations={toReason}
            reasons={reasons}
            onChange={(rule, reason) => setReasons((r) => ({ ...r, [rule]: reason }))}
          />
        )}
        <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
          <Button
            variant="outlined"
            startIcon={<EventIcon aria-hidden />}
            disabled={busy || !canSave}
            aria-describedby={changed && !canSave ? 'stay-dates-blockers' : undefined}
            data-testid="stay-dates-save"
            onClick={() => onChangeDates({ start, end }, overridesFrom(toReason, reasons))}
            sx={{ flexShrink: 0 }}
          >
            {toReason.length > 0 ? t('stay.dates.saveWithReason') : t('stay.dates.save')}
          </Button>
          <SaveBlockerNote
            id="stay-dates-blockers"
            blockers={blockers}
            testId="stay-dates-blockers"
          />
        </Stack>
      </Stack>
    </Box>
  );
}
