import EditIcon from '@mui/icons-material/Edit';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Container from '@mui/material/Container';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Staff } from '../../../../shared/domain/staff';
import { channelQuery } from '../../api/queries';
import { ErrorState } from '../../common/ErrorState';
import { LoadingState } from '../../common/LoadingState';
import { PageHeader } from '../../common/PageHeader';
import { useRoleNames } from '../session/useRoleNames';
import { useSettings } from '../settings/useSettings';
import { StaffDialog } from './StaffDialog';

/** Which dialog is open: none, a new member, or one to change. */
type Editing = { staff: Staff | undefined } | null;

/**
 * 職員台帳: the manager's register of staff — who they are, their roles and qualifications,
 * whether they still work here (retired staff stay: they wrote old records), and their secrets.
 */
export function StaffRegisterPage() {
  const { t } = useTranslation();
  const list = useQuery(channelQuery('staff.list', {}));
  const settings = useSettings();
  const roleNames = useRoleNames();
  const [editing, setEditing] = useState<Editing>(null);
  return (
    <Container maxWidth="lg" sx={{ py: 3 }} data-testid="staff-register">
      <Stack spacing={3}>
        <PageHeader
          title={t('staff.title')}
          subtitle={t('staff.subtitle')}
          actions={
            <Button
              variant="contained"
              startIcon={<PersonAddIcon aria-hidden />}
              onClick={() => setEditing({ staff: undefined })}
              data-testid="staff-add"
            >
              {t('staff.add')}
            </Button>
          }
        />
        {list.isPending ? (
          <LoadingState />
        ) : list.isError ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <TableContainer component={Paper}>
            <Table aria-label={t('staff.title')}>
              <TableHead>
                <TableRow>
                  {(['name', 'nameKana', 'roles', 'qualifications', 'state'] as const).map(
                    (column) => (
                      <TableCell key={column} component="th" scope="col">
                        {t(`staff.fields.${column}`)}
                      </TableCell>
                    ),
                  )}
                  <TableCell component="th" scope="col">
                    <span className="visually-hidden">{t('staff.edit')}</span>
                  </TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {list.data.map((staff) => (
                  <TableRow
                    key={staff.id}
                    data-testid={`staff-row-${staff.id}`}
                    sx={staff.active ? undefined : { color: 'text.secondary', opacity: 0.7 }}
                  >
                    <TableCell component="th" scope="row">
                      {staff.name}
                    </TableCell>
                    <TableCell>{staff.nameKana}</TableCell>
                    <TableCell>{roleNames(staff.roles)}</TableCell>
                    <TableCell>
                      <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5 }}>
                        {staff.qualifications.map((q) => (
                          <Chip key={q} label={q} size="small" />
                        ))}
                      </Stack>
                    </TableCell>
                    <TableCell>
                      {staff.active ? t('staff.inService') : t('staff.retired')}
                    </TableCell>
                    <TableCell align="right">
                      <IconButton
                        aria-label={t('staff.editTitle', { name: staff.name })}
                        onClick={() => setEditing({ staff })}
                        data-testid={`staff-edit-${staff.id}`}
                      >
                        <EditIcon aria-hidden />
                      </IconButton>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        )}
      </Stack>
      {editing && (
        <StaffDialog
          staff={editing.staff}
          qualifications={settings.data?.qualifications ?? []}
          onClose={() => setEditing(null)}
        />
      )}
    </Container>
  );
}
