import LocalHospitalIcon from '@mui/icons-material/LocalHospital';
import Button from '@mui/material/Button';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { lazyComponent, preloadWhenIdle } from '../../common/lazyComponent';
import { EMERGENCY_ARIA_SHORTCUT, useEmergencyShortcut } from './useShortcut';

// Loaded ahead after the first screen (preloadWhenIdle; its button asks first, so it loads first):
// an intake must open at once.
const EmergencyDialog = lazyComponent(() =>
  import('./EmergencyDialog').then((m) => m.EmergencyDialog),
);

/**
 * 緊急受入: in the top bar of every screen, and on Ctrl+Shift+E from anywhere. The dialog is
 * mounted fresh for each intake, so nothing from the last call lingers.
 */
export function EmergencyButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [intake, setIntake] = useState(0);
  const start = useCallback(() => {
    setOpen((wasOpen) => {
      if (!wasOpen) setIntake((n) => n + 1);
      return true;
    });
  }, []);
  useEmergencyShortcut(start);
  useEffect(() => preloadWhenIdle(EmergencyDialog), []);
  return (
    <>
      <Button
        variant="contained"
        color="error"
        size="large"
        startIcon={<LocalHospitalIcon aria-hidden />}
        onClick={start}
        title={t('emergency.buttonTitle')}
        aria-keyshortcuts={EMERGENCY_ARIA_SHORTCUT}
        aria-haspopup="dialog"
        data-testid="emergency-button"
        sx={{ fontWeight: 'bold', border: 2, borderColor: 'common.white' }}
      >
        {t('emergency.button')}
      </Button>
      {open && <EmergencyDialog key={intake} onClose={() => setOpen(false)} />}
    </>
  );
}
