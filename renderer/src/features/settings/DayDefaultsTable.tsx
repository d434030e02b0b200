import Checkbox from '@mui/material/Checkbox';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useTranslation } from 'react-i18next';
import {
  DAY_STATUSES,
  MEALS,
  type DayDefaults,
  type DayStatus,
} from '../../../../shared/domain/day-facts-schema';

const FACTS = [...MEALS, 'pickup', 'dropoff'] as const;
type Fact = (typeof FACTS)[number];

function isOn(defaults: DayDefaults, status: DayStatus, fact: Fact): boolean {
  return fact === 'pickup' || fact === 'dropoff'
    ? defaults[status][fact]
    : defaults[status].meals[fact];
}

function withFact(defaults: DayDefaults, status: DayStatus, fact: Fact, on: boolean): DayDefaults {
  const day = defaults[status];
  const next =
    fact === 'pickup' || fact === 'dropoff'
      ? { ...day, [fact]: on }
      : { ...day, meals: { ...day.meals, [fact]: on } };
  return { ...defaults, [status]: next };
}

/** What each kind of day holds until the desk records it: a checkbox per meal and ride. */
export function DayDefaultsTable({
  value,
  onChange,
}: {
  value: DayDefaults;
  onChange: (next: DayDefaults) => void;
}) {
  const { t } = useTranslation();
  const column = (fact: Fact) =>
    fact === 'pickup' || fact === 'dropoff' ? t(`days.${fact}`) : t(`days.meals.${fact}`);
  return (
    <Table size="small" aria-label={t('settings.daysTitle')} sx={{ maxWidth: 640 }}>
      <TableHead>
        <TableRow>
          <TableCell>{t('settings.daysDay')}</TableCell>
          {FACTS.map((fact) => (
            <TableCell key={fact} align="center">
              {column(fact)}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {DAY_STATUSES.map((status) => (
          <TableRow key={status}>
            <TableCell component="th" scope="row">
              {t(`days.status.${status}`)}
            </TableCell>
            {FACTS.map((fact) => (
              <TableCell key={fact} align="center" padding="checkbox">
                <Checkbox
                  checked={isOn(value, status, fact)}
                  onChange={(e) => onChange(withFact(value, status, fact, e.target.checked))}
                  slotProps={{
                    input: { 'aria-label': `${t(`days.status.${status}`)} ${column(fact)}` },
                  }}
                />
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
