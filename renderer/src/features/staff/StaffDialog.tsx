import Alert from '@mui/material/Alert';
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMutation } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ROLES } from '../../../../shared/domain/schemas';
import { MIN_SECRET_LENGTH, type Staff } from '../../../../shared/domain/staff';
import { call } from '../../api/client';
import { describeApiError } from '../../api/errors-ja';
import { catalogueResolver } from '../../common/catalogueResolver';
import { dialogFormSx } from '../../common/dialogForm';
import { anyFieldDirty } from '../../common/unsaved/formDirty';
import { useCloseGuard } from '../../common/unsaved/useCloseGuard';
import {
  newQualifications,
  staffFormSchema,
  staffFormValues,
  staffSaveInput,
  toggleRole,
  type StaffFormValues,
} from './staffForm';
import { FormDialogActions } from '../../common/FormDialogActions';

/**
 * Adds or changes one member of staff: name and reading, roles, qualifications (from the
 * facility's list; one typed that the list lacks is added to it), in service or retired, and a
 * new secret. Refusals (LAST_MANAGER, a short secret) are shown in words from their code.
 */
export function StaffDialog({
  staff,
  qualifications,
  onClose,
}: {
  staff: Staff | undefined;
  /** The facility's list of qualifications (settings). */
  qualifications: readonly string[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const schema = useMemo(() => staffFormSchema(t, staff === undefined), [t, staff]);
  const form = useForm({
    resolver: catalogueResolver(schema, t),
    defaultValues: staffFormValues(staff),
  });
  const { errors } = form.formState;
  const guard = useCloseGuard(onClose, anyFieldDirty(form.formState.dirtyFields));
  const save = useMutation({
    mutationFn: async (values: StaffFormValues) => {
      const added = newQualifications(values.qualifications, qualifications);
      if (added.length > 0) {
        await call('settings.update', { qualifications: [...qualifications, ...added] });
      }
      return call('staff.save', staffSaveInput(values, staff?.id));
    },
    onSuccess: onClose,
  });
  const text = (name: 'name' | 'nameKana' | 'secret' | 'secretAgain', hint?: string) => ({
    ...form.register(name),
    label: t(`staff.fields.${name}`),
    error: errors[name] !== undefined,
    helperText: errors[name]?.message ?? hint ?? ' ',
    fullWidth: true,
    slotProps: { htmlInput: { 'data-testid': `staff-${name}` } },
  });
  return (
    <Dialog
      open
      onClose={guard.requestClose}
      aria-labelledby="staff-form-title"
      fullWidth
      maxWidth="sm"
    >
      <Box
        component="form"
        noValidate
        onSubmit={(e) => void form.handleSubmit((values) => save.mutate(values))(e)}
        data-testid="staff-form"
        sx={dialogFormSx}
      >
        <DialogTitle id="staff-form-title">
          {staff ? t('staff.editTitle', { name: staff.name }) : t('staff.addTitle')}
        </DialogTitle>
        <DialogContent>
          <Stack spacing={1} sx={{ pt: 1 }}>
            <TextField {...text('name')} required autoFocus />
            <TextField {...text('nameKana', t('session.firstRun.nameKanaHint'))} required />
            <Controller
              control={form.control}
              name="roles"
              render={({ field }) => (
                <FormControl component="fieldset" error={errors.roles !== undefined} required>
                  <FormLabel component="legend">{t('staff.fields.roles')}</FormLabel>
                  <FormGroup row>
                    {ROLES.map((role) => (
                      <FormControlLabel
                        key={role}
                        label={t(`session.roles.${role}`)}
                        control={
                          <Checkbox
                            checked={field.value.includes(role)}
                            onChange={(e) =>
                              field.onChange(toggleRole(field.value, role, e.target.checked))
                            }
                            onBlur={field.onBlur}
                            slotProps={{ input: { 'data-testid': `staff-role-${role}` } as object }}
                          />
                        }
                      />
                    ))}
                  </FormGroup>
                  <FormHelperText>{errors.roles?.message ?? t('staff.hints.roles')}</FormHelperText>
                </FormControl>
              )}
            />
            <Controller
              control={form.control}
              name="qualifications"
              render={({ field }) => (
                <Autocomplete
                  multiple
                  freeSolo
                  options={qualifications}
                  value={field.value}
                  onChange={(_, value) => field.onChange(value)}
                  renderInput={(params) => (
                    <TextField
                      {...params}
                      label={t('staff.fields.qualifications')}
                      helperText={t('staff.hints.qualifications')}
                    />
                  )}
                  data-testid="staff-qualifications"
                />
              )}
            />
            <Controller
              control={form.control}
              name="active"
              render={({ field }) => (
                <FormControlLabel
                  label={t('staff.fields.active')}
                  control={
                    <Switch
                      checked={field.value}
                      onChange={(e) => field.onChange(e.target.checked)}
                      slotProps={{ input: { 'data-testid': 'staff-active' } as object }}
                    />
                  }
                />
              )}
            />
            <Typography variant="subtitle2" component="h3" sx={{ pt: 1 }}>
              {staff ? t('staff.secretNew') : t('staff.secretFirst')}
            </Typography>
            <TextField
              {...text('secret', t('session.firstRun.secretHint', { min: MIN_SECRET_LENGTH }))}
              type="password"
              autoComplete="new-password"
              required={staff === undefined}
            />
            <TextField
              {...text('secretAgain')}
              type="password"
              autoComplete="new-password"
              required={staff === undefined}
            />
            {save.isError && (
              <Alert severity="error" role="alert" data-testid="staff-save-error">
                {describeApiError(save.error, t).message}
              </Alert>
            )}
          </Stack>
        </DialogContent>
        <FormDialogActions
          onCancel={guard.requestClose}
          saveLabel={t('staff.save')}
          saveTestId="staff-save"
          busy={save.isPending}
        />
      </Box>
      {guard.confirmation}
    </Dialog>
  );
}
