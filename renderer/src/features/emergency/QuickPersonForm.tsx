import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useMutation } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/domain/schemas';
import { call } from '../../api/client';
import { describeApiError } from '../../api/errors-ja';
import {
  QUICK_PERSON_FIELDS,
  quickPersonSchema,
  type QuickPerson,
  type QuickPersonInput,
} from './quickPersonSchema';
import { catalogueResolver } from '../../common/catalogueResolver';

interface QuickPersonFormProps {
  onCreated: (person: Person) => void;
  onCancel: () => void;
}

/**
 * Registers someone on the spot, as not yet pre-registered (要登録): the emergency may go
 * ahead, and the person stays flagged until the registration is done.
 */
export function QuickPersonForm({ onCreated, onCancel }: QuickPersonFormProps) {
  const { t } = useTranslation();
  const form = useForm<QuickPersonInput, unknown, QuickPerson>({
    resolver: catalogueResolver(quickPersonSchema, t),
    defaultValues: { familyName: '', givenName: '', familyNameKana: '', givenNameKana: '' },
  });
  const save = useMutation({
    mutationFn: (names: QuickPerson) =>
      call('persons.save', {
        person: { ...names, registration: { status: 'pending' }, authorizations: [] },
      }),
    onSuccess: onCreated,
  });
  const { errors } = form.formState;
  return (
    <Box
      component="form"
      noValidate
      aria-label={t('emergency.quick.title')}
      onSubmit={(event) => {
        event.stopPropagation();
        void form.handleSubmit((names) => save.mutate(names))(event);
      }}
    >
      <Stack spacing={2}>
        <Alert severity="warning">{t('emergency.quick.warning')}</Alert>
        <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 2 }}>
          {QUICK_PERSON_FIELDS.map((field) => (
            <TextField
              key={field}
              label={t(`emergency.quick.${field}`)}
              required
              {...form.register(field)}
              error={errors[field] !== undefined}
              helperText={errors[field]?.message}
              slotProps={{ htmlInput: { 'data-testid': `quick-${field}` } }}
            />
          ))}
        </Box>
        {save.isError && (
          <Alert severity="error" role="alert">
            {describeApiError(save.error, t).message}
          </Alert>
        )}
        <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
          <Button onClick={onCancel}>{t('emergency.quick.back')}</Button>
          <Button
            type="submit"
            variant="contained"
            disabled={save.isPending}
            data-testid="quick-save"
          >
            {t('emergency.quick.save')}
          </Button>
        </Stack>
      </Stack>
    </Box>
  );
}
