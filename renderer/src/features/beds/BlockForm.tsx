import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { addDays } from '../../../../shared/domain/dates';
import type { Bed } from '../../../../shared/domain/schemas';
import { isApiCallError } from '../../api/apiCallError';
import { describeApiError } from '../../api/errors-ja';
import { todayInJapan } from '../../lib/calendar';
import { FormDateField } from '../../common/dates/FormDateField';
import { useUnsavedChanges } from '../../common/unsaved/useUnsavedChanges';
import { anyFieldDirty } from '../../common/unsaved/formDirty';
import { BlockConflict } from './BlockConflict';
import { blockFormSchema, type BlockFormInput, type BlockFormValues } from './bedForms';
import { useBlockBed } from './useBedMutations';
import { catalogueResolver } from '../../common/catalogueResolver';

/** The stays the service named when it refused to close the bed over them. */
function conflictingStays(error: unknown): string[] {
  if (!isApiCallError(error) || error.code !== 'BLOCK_HAS_STAYS') return [];
  const ids = error.apiError?.stayIds;
  return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
}

/** Closes a bed for a period (repairs, cleaning, infection control), with the reason. */
export function BlockForm({ beds }: { beds: readonly Bed[] }) {
  const { t } = useTranslation();
  const block = useBlockBed();
  const today = todayInJapan();
  const form = useForm<BlockFormInput, unknown, BlockFormValues>({
    resolver: catalogueResolver(blockFormSchema, t),
    defaultValues: { bedId: beds[0]?.id ?? '', start: today, end: addDays(today, 1), reason: '' },
  });
  const { errors } = form.formState;
  useUnsavedChanges(anyFieldDirty(form.formState.dirtyFields));
  const conflict = conflictingStays(block.error);
  const submit = form.handleSubmit((values) =>
    block.mutate(values, { onSuccess: () => form.reset({ ...values, reason: '' }) }),
  );
  return (
    <Box
      component="form"
      noValidate
      onSubmit={(e) => void submit(e)}
      aria-label={t('beds.blockTitle')}
      data-testid="block-form"
      sx={{
        display: 'grid',
        gap: 2,
        gridTemplateColumns: { md: '1fr 1fr 1fr 2fr auto' },
        alignItems: 'start',
      }}
    >
      <Controller
        control={form.control}
        name="bedId"
        render={({ field }) => (
          <TextField
            select
            label={t('beds.blockBed')}
            required
            {...field}
            error={errors.bedId !== undefined}
            helperText={errors.bedId?.message}
            slotProps={{ htmlInput: { 'data-testid': 'block-bed' } }}
          >
            {beds.map((bed) => (
              <MenuItem key={bed.id} value={bed.id}>
                {bed.name}
              </MenuItem>
            ))}
          </TextField>
        )}
      />
      <FormDateField
        control={form.control}
        name="start"
        label={t('beds.blockStart')}
        required
        testId="block-start"
      />
      <FormDateField
        control={form.control}
        name="end"
        label={t('beds.blockEnd')}
        required
        helperText={t('beds.blockEndHint')}
        testId="block-end"
      />
      <TextField
        label={t('beds.blockReason')}
        required
        {...form.register('reason')}
        error={errors.reason !== undefined}
        helperText={errors.reason?.message}
        slotProps={{ htmlInput: { 'data-testid': 'block-reason' } }}
      />
      <Button
        type="submit"
        variant="contained"
        disabled={block.isPending}
        sx={{ mt: 1 }}
        data-testid="block-save"
      >
        {t('beds.blockSave')}
      </Button>
      {block.isError && (
        <Box sx={{ gridColumn: '1 / -1' }}>
          {conflict.length > 0 ? (
            <BlockConflict stayIds={conflict} />
          ) : (
            <Alert severity="error" role="alert">
              {describeApiError(block.error, t).message}
            </Alert>
          )}
        </Box>
      )}
    </Box>
  );
}
