import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DAY_STATUSES, MEALS, type DayDefaults } from '../../../../shared/domain/day-facts-schema';
import { providerNumberSchema, type Settings } from '../../../../shared/domain/schemas';
import { call } from '../../api/client';
import { ErrorState } from '../../common/ErrorState';
import { useCloseGuard } from '../../common/unsaved/useCloseGuard';

const FACTS = [...MEALS, 'pickup', 'dropoff'] as const;
type Fact = (typeof FACTS)[number];

function isOn(defaults: DayDefaults, status: keyof DayDefaults, fact: Fact): boolean {
  return fact === 'pickup' || fact === 'dropoff'
    ? defaults[status][fact]
    : defaults[status].meals[fact];
}

function withFact(defaults: DayDefaults, status: keyof DayDefaults, fact: Fact, on: boolean) {
  const day = defaults[status];
  const next =
    fact === 'pickup' || fact === 'dropoff'
      ? { ...day, [fact]: on }
      : { ...day, meals: { ...day.meals, [fact]: on } };
  return { ...defaults, [status]: next };
}

/**
 * What the papers need from the settings: the 事業所番号 printed on the 実績記録票, and what a
 * day holds until the desk records it (meals, 送迎), per kind of day.
 */
export function PaperworkSettingsDialog({
  settings,
  onClose,
}: {
  settings: Settings;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [providerNumber, setProviderNumber] = useState(settings.providerNumber);
  const [defaults, setDefaults] = useState(settings.dayDefaults);
  const parsed = providerNumberSchema.safeParse(providerNumber);
  const changed =
    providerNumber !== settings.providerNumber ||
    JSON.stringify(defaults) !== JSON.stringify(settings.dayDefaults);
  const save = useMutation({
    mutationFn: () =>
      call('settings.update', {
        providerNumber: parsed.success ? parsed.data : providerNumber,
        dayDefaults: defaults,
      }),
  });
  const guard = useCloseGuard(onClose, changed && !save.isSuccess);
  const column = (fact: Fact) =>
    fact === 'pickup' || fact === 'dropoff' ? t(`days.${fact}`) : t(`days.meals.${fact}`);
  return (
    <Dialog
      open
      onClose={guard.requestClose}
      maxWidth="sm"
      fullWidth
      aria-labelledby="paper-settings-title"
    >
      <DialogTitle id="paper-settings-title">{t('reports.settings.title')}</DialogTitle>
      <DialogContent dividers>
        <Stack spacing={2}>
          <TextField
            label={t('reports.settings.providerNumber')}
            value={providerNumber}
            onChange={(e) => {
              save.reset();
              setProviderNumber(e.target.value);
            }}
            error={!parsed.success}
            helperText={
              parsed.success
                ? t('reports.settings.providerNumberHint')
                : parsed.error.issues[0]?.message
            }
            slotProps={{ htmlInput: { maxLength: 20, 'data-testid': 'provider-number' } }}
          />
          <Typography variant="subtitle2">{t('reports.settings.defaultsTitle')}</Typography>
          <Typography variant="body2" color="text.secondary">
            {t('reports.settings.defaultsHint')}
          </Typography>
          <Table size="small" aria-label={t('reports.settings.defaultsTitle')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('reports.settings.status')}</TableCell>
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
                        checked={isOn(defaults, status, fact)}
                        onChange={(e) => {
                          save.reset();
                          setDefaults(withFact(defaults, status, fact, e.target.checked));
                        }}
                        slotProps={{
                          input: {
                            'aria-label': `${t(`days.status.${status}`)} ${column(fact)}`,
                          },
                        }}
                      />
                    </TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {save.isSuccess && <Alert severity="success">{t('reports.settings.saved')}</Alert>}
          {save.isError && <ErrorState error={save.error} />}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={guard.requestClose}>{t('reports.settings.cancel')}</Button>
        <Button
          variant="contained"
          disabled={!parsed.success || !changed || save.isPending}
          onClick={() => save.mutate()}
          data-testid="paper-settings-save"
        >
          {t('reports.settings.save')}
        </Button>
      </DialogActions>
      {guard.confirmation}
    </Dialog>
  );
}
