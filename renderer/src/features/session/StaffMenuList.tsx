import LockIcon from '@mui/icons-material/Lock';
import SwitchAccountIcon from '@mui/icons-material/SwitchAccount';
import Divider from '@mui/material/Divider';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useTranslation } from 'react-i18next';
import { useRoleNames } from './useRoleNames';
import { useSession } from './SessionContext';

/** StaffMenu's menu: who is signed in, lock the screen, switch user. */
export function StaffMenuList({
  anchor,
  close,
}: {
  anchor: HTMLElement | null;
  close: () => void;
}) {
  const { t } = useTranslation();
  const { staff, lockNow, switchUser } = useSession();
  const roleNames = useRoleNames();
  return (
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
  );
}
