import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../../../shared/api/contract';
import { useSession } from './SessionContext';
import { useRoleNames } from './useRoleNames';

/**
 * A screen whose main channel the signed-in roles may not call: said plainly instead of a screen
 * of refusals. The tabs hide such screens already; this is for an address typed or kept. The
 * services refuse the calls in any case (FORBIDDEN).
 */
export function RoleGate({ channel, children }: { channel: Channel; children: ReactNode }) {
  const { t } = useTranslation();
  const { staff, can } = useSession();
  const roleNames = useRoleNames();
  if (can(channel)) return children;
  return (
    <Alert severity="warning" role="alert" data-testid="role-refused" sx={{ m: 2 }}>
      <AlertTitle>{t('session.refused.title')}</AlertTitle>
      {t('session.refused.body', { name: staff.name, roles: roleNames(staff.roles) })}
      <br />
      {t('errors.FORBIDDEN')}
    </Alert>
  );
}
