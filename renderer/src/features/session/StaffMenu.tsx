import AccountCircleIcon from '@mui/icons-material/AccountCircle';
import Button from '@mui/material/Button';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { lazyComponent } from '../../common/lazyComponent';
import { useSession } from './SessionContext';

// The menu's code is not part of the first screen: it loads when the pointer or the keyboard
// comes to the button (or on the first click), and the menu is drawn only once opened, then
// stays mounted so it closes with its transition.
const StaffMenuList = lazyComponent(() => import('./StaffMenuList').then((m) => m.StaffMenuList));

/**
 * Who is signed in, in the top bar. Its menu locks the screen (stepping away) or switches user:
 * two clicks from any screen to the list of names.
 */
export function StaffMenu() {
  const { t } = useTranslation();
  const { staff } = useSession();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [opened, setOpened] = useState(false);
  const close = () => setAnchor(null);
  // A failed load is shown where the menu is drawn (lazyComponent), not here.
  const preload = () => void StaffMenuList.preload().catch(() => undefined);
  return (
    <>
      <Button
        color="inherit"
        startIcon={<AccountCircleIcon aria-hidden />}
        aria-label={t('session.menu.label', { name: staff.name })}
        aria-haspopup="menu"
        aria-expanded={anchor !== null}
        onClick={(event) => {
          setAnchor(event.currentTarget);
          setOpened(true);
        }}
        onPointerEnter={preload}
        onFocus={preload}
        data-testid="staff-menu"
        sx={{ textTransform: 'none' }}
      >
        {staff.name}
      </Button>
      {opened && <StaffMenuList anchor={anchor} close={close} />}
    </>
  );
}
