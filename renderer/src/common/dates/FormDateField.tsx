import {
  Controller,
  type Control,
  type FieldPath,
  type FieldValues,
  type PathValue,
} from 'react-hook-form';
import { DateField, type DateFieldProps } from './DateField';

type Bound = 'value' | 'onChange' | 'onBlur' | 'inputRef' | 'name' | 'error';

interface FormDateFieldProps<T extends FieldValues, N extends FieldPath<T>> extends Omit<
  DateFieldProps,
  Bound
> {
  control: Control<T>;
  name: N;
  /** An optional date: a cleared field means "not given" (undefined), as the schemas expect. */
  optional?: boolean;
}

/**
 * A DateField bound to a react-hook-form field: the form's message for it (catalogueResolver)
 * shows under the field in place of the hint while the date is wrong.
 */
export function FormDateField<T extends FieldValues, N extends FieldPath<T>>({
  control,
  name,
  optional,
  helperText,
  ...rest
}: FormDateFieldProps<T, N>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <DateField
          {...rest}
          name={field.name}
          value={typeof field.value === 'string' ? field.value : ''}
          onChange={(value) =>
            field.onChange((optional && value === '' ? undefined : value) as PathValue<T, N>)
          }
          onBlur={field.onBlur}
          inputRef={field.ref}
          error={fieldState.error !== undefined}
          helperText={fieldState.error?.message ?? helperText}
        />
      )}
    />
  );
}
