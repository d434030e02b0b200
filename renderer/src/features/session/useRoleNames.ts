import { useTranslation } from 'react-i18next';
import type { Role } from '../../../../shared/domain/schemas';

/** Roles as the screen names them (受付・支援員・管理者), joined in the UI language. */
export function useRoleNames(): (roles: readonly Role[]) => string {
  const { t } = useTranslation();
  return (roles) =>
    roles.map((role) => t(`session.roles.${role}`)).join(t('language.code') === 'en' ? ', ' : '・');
}
