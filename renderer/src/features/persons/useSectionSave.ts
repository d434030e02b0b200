import { useState } from 'react';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ChannelInput } from '../../../../shared/api/contract';
import type { Person } from '../../../../shared/domain/schemas';
import { isApiCallError } from '../../api/apiCallError';
import { describeApiError } from '../../api/errors-ja';
import { fieldPathOf } from './formValues';
import { useSavePerson } from './useSavePerson';

type PersonInput = ChannelInput<'persons.save'>['person'];

export interface SectionSaveState {
  /** Messages to show above the save button; each names its field (the schema's wording). */
  errors: string[];
  /** Set when the service warned of a possible duplicate: saving again confirms it. */
  duplicatePending: boolean;
  saved: boolean;
  saving: boolean;
}

/**
 * Saves one section of a person record as a whole person, and turns a refusal into field
 * errors (under the input concerned) plus the messages, or into the duplicate confirmation.
 */
export function useSectionSave<T extends FieldValues>(setError: UseFormSetError<T>) {
  const { t } = useTranslation();
  const mutation = useSavePerson();
  const [errors, setErrors] = useState<string[]>([]);
  const [pending, setPending] = useState<PersonInput | null>(null);
  const [saved, setSaved] = useState(false);

  async function save(person: PersonInput, acknowledge = false): Promise<Person | undefined> {
    setErrors([]);
    setSaved(false);
    try {
      const result = await mutation.mutateAsync({
        person,
        ...(acknowledge ? { acknowledge: ['POSSIBLE_DUPLICATE' as const] } : {}),
      });
      setPending(null);
      setSaved(true);
      return result;
    } catch (error) {
      if (isApiCallError(error) && error.code === 'POSSIBLE_DUPLICATE') {
        setPending(person);
        setErrors([t('errors.POSSIBLE_DUPLICATE')]);
        return undefined;
      }
      if (isApiCallError(error) && error.code === 'INVALID_INPUT') {
        for (const issue of error.issues) {
          setError(fieldPathOf(issue) as Path<T>, { type: 'server', message: issue.message });
        }
        setErrors(error.issues.map((issue) => issue.message));
        return undefined;
      }
      const { message, details } = describeApiError(error, t);
      setErrors([message, ...details]);
      return undefined;
    }
  }

  async function confirmDuplicate(): Promise<Person | undefined> {
    return pending ? save(pending, true) : undefined;
  }

  const state: SectionSaveState = {
    errors,
    duplicatePending: pending !== null,
    saved,
    saving: mutation.isPending,
  };
  return { save, confirmDuplicate, state };
}
