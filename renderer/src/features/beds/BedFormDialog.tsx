import Alert from '@mui/material/Alert';
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
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { stayKindSchema, type Bed, type StayKind } from '../../../../shared/domain/schemas';
import { isApiCallError } from '../../api/apiCallError';
import { describeApiError } from '../../api/errors-ja';
import { dialogFormSx } from '../../common/dialogForm';
import { useCloseGuard } from '../../common/unsaved/useCloseGuard';
import { anyFieldDirty } from '../../common/unsaved/formDirty';
import { bedFormSchema, type BedFormInput, type BedFormValues } from './bedForms';
import { useSaveBed } from './useBedMutations';
import { catalogueResolver } from '../../common/catalogueResolver';
import { FormDialogActions } from '../../common/FormDialogActions';

interface BedFormDialogProps {
  /** The bed to edit, or undefined to add one at the end. */
  bed: Bed | undefined;
  nextOrder: number;
  onClose: () => void;
}

const KINDS = stayKindSchema.options;

function toggle(list: readonly StayKind[], kind: StayKind, on: boolean): StayKind[] {
  return KINDS.filter((k) => (k === kind ? on : list.includes(k)));
}

/** Adds or edits one bed: name, room, the kinds it takes, reserved for emergencies, in use. */
export function BedFormDialog({ bed, nextOrder, onClose }: BedFormDialogProps) {
  const { t } = useTranslation();
  const save = useSaveBed();
  const form = useForm<BedFormInput, unknown, BedFormValues>({
    resolver: catalogueResolver(bedFormSchema, t),
    defaultValues: {
      name: bed?.name ?? '',
      room: bed?.room ?? '',
      allows: bed?.allows ?? ['emergency', 'experience'],
      emergencyReserved: bed?.emergencyReserved ?? false,
      active: bed?.active ?? true,
    },
  });
  const { errors } = form.formState;
  const guard = useCloseGuard(onClose, anyFieldDirty(form.formState.dirtyFields));
  const submit = form.handleSubmit((values) => {
    const room = values.room?.trim();
    save.mutate(
      {
        ...(bed ? { id: bed.id } : {}),
        ...values,
        room: room ? room : undefined,
        order: bed?.order ?? nextOrder,
      },
      {
        onSuccess: onClose,
        // A clash of names is the user's to fix in the field, not a general failure.
        onError: (error) => {
          if (isApiCallError(error) && error.code === 'BED_NAME_TAKEN')
            form.setError('name', { message: describeApiError(error, t).message });
        },
      },
    );
  });
  return (
    <Dialog
      open
      onClose={guard.requestClose}
      aria-labelledby="bed-form-title"
      fullWidth
      maxWidth="sm"
    >
      <Box
        component="form"
        noValidate
        onSubmit={(e) => void submit(e)}
        data-testid="bed-form"
        sx={dialogFormSx}
      >
        <DialogTitle id="bed-form-title">
          {bed ? t('beds.editTitle', { name: bed.name }) : t('beds.addTitle')}
        </DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <TextField
              label={t('beds.name')}
              required
              autoFocus
              {...form.register('name')}
              error={errors.name !== undefined}
              helperText={errors.name?.message}
              slotProps={{ htmlInput: { 'data-testid': 'bed-name' } }}
            />
            <TextField
              label={t('beds.room')}
              {...form.register('room')}
              error={errors.room !== undefined}
              helperText={errors.room?.message ?? t('beds.roomHint')}
            />
            <Controller
              control={form.control}
              name="allows"
              render={({ field }) => (
                <FormControl component="fieldset" error={errors.allows !== undefined} required>
                  <FormLabel component="legend">{t('beds.allows')}</FormLabel>
                  <FormGroup row>
                    {KINDS.map((kind) => (
                      <FormControlLabel
                        key={kind}
                        label={t(`stayKind.${kind}`)}
                        control={
                          <Checkbox
                            checked={field.value.includes(kind)}
                            onChange={(e) =>
                              field.onChange(toggle(field.value, kind, e.target.checked))
                            }
                            onBlur={field.onBlur}
                          />
                        }
                      />
                    ))}
                  </FormGroup>
                  {errors.allows && <FormHelperText>{errors.allows.message}</FormHelperText>}
                </FormControl>
              )}
            />
            <Controller
              control={form.control}
              name="emergencyReserved"
              render={({ field }) => (
                <FormControlLabel
                  label={t('beds.emergencyReserved')}
                  control={
                    <Switch
                      checked={field.value}
                      onChange={(e) => field.onChange(e.target.checked)}
                    />
                  }
                />
              )}
            />
            <Controller
              control={form.control}
              name="active"
              render={({ field }) => (
                <FormControlLabel
                  label={t('beds.active')}
                  control={
                    <Switch
                      checked={field.value}
                      onChange={(e) => field.onChange(e.target.checked)}
                    />
                  }
                />
              )}
            />
            {save.isError &&
              !(isApiCallError(save.error) && save.error.code === 'BED_NAME_TAKEN') && (
                <Alert severity="error" role="alert">
                  {describeApiError(save.error, t).message}
                </Alert>
              )}
          </Stack>
        </DialogContent>
        <FormDialogActions
          onCancel={guard.requestClose}
          saveLabel={t('beds.save')}
          saveTestId="bed-save"
          busy={save.isPending}
        />
      </Box>
      {guard.confirmation}
    </Dialog>
  );
}
