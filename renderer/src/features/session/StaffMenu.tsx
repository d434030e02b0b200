import AccountCircleIcon from '@mui/icons-material/AccountCircle';
import LockIcon from '@mui/icons-material/Lock';
import SwitchAccountIcon from '@mui/icons-material/SwitchAccount';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRoleNames } from './useRoleNames';
import { useSession } from './SessionContext';

/**
 * Who is signed in, in the top bar. Its menu locks the screen (stepping away) or switches user:
 * two clicks from any screen to the list of names.
 */
export function StaffMenu() {
  const { t } = useTranslation();
  const { staff, lockNow, switchUser } = useSession();
  const roleNames = useRoleNames();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const close = () => setAnchor(null);
  return (
    <>
      <Button
        color="inherit"
        startIcon={<AccountCircleIcon aria-hidden />}
        aria-label={t('session.menu.label', { name: staff.name })}
        aria-haspopup="menu"
        aria-expanded={anchor !== null}
        onClick={(event) => setAnchor(event.currentTarget)}
        data-testid="staff-menu"
        sx={{ textTransform: 'none' }}
      >
        {staff.name}
      </Button>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={close}>
        <MenuItem disabled divider>
          <ListItemText
            primary={staff.name}
            secondary={t('session.menu.roles', { roles: roleNames(staff.roles) })}
          />
        </MenuItem>
        <MenuItem
          onClick={() => {
            close();
            lockNow();
          }}
          data-testid="staff-menu-lock"
        >
          <ListItemIcon>
            <LockIcon aria-hidden />
          </ListItemIcon>
          {t('session.menu.lock')}
        </MenuItem>
        <Divider />
        <MenuItem
          onClick={() => {
            close();
            switchUser();
          }}
          data-testid="staff-menu-switch"
        >
          <ListItemIcon>
            <SwitchAccountIcon aria-hidden />
          </ListItemIcon>
          {t('session.menu.switch')}
        </MenuItem>
      </Menu>
    </>
  );
}
