import { useEffect, useState } from 'react';
import type { DefaultValues, FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ChannelInput } from '../../../../shared/api/contract';
import { PERSON_SAVE_WARNINGS, type PersonSaveWarning } from '../../../../shared/api/errors';
import type { Person } from '../../../../shared/domain/schemas';
import { isApiCallError } from '../../api/apiCallError';
import { describeApiError, issueMessage } from '../../api/errors-ja';
import { fieldPathOf } from './formValues';
import { useUnsavedChanges } from '../../common/unsaved/useUnsavedChanges';
import { anyFieldDirty } from '../../common/unsaved/formDirty';
import { useSavePerson } from './useSavePerson';

type PersonInput = ChannelInput<'persons.save'>['person'];

interface PendingWarning {
  person: PersonInput;
  acknowledged: readonly PersonSaveWarning[];
  code: PersonSaveWarning;
  personIds: string[];
}

/** A warning persons.save asks the user to confirm, with the ids of the persons it names. */
function warningOf(error: unknown): { code: PersonSaveWarning; personIds: string[] } | null {
  if (!isApiCallError(error)) return null;
  const code = PERSON_SAVE_WARNINGS.find((w) => w === error.code);
  if (code === undefined) return null;
  const ids = error.apiError?.['duplicates'];
  const personIds = Array.isArray(ids)
    ? ids.filter((id): id is string => typeof id === 'string')
    : [];
  return { code, personIds };
}

export interface SectionSaveState {
  /** Messages to show above the save button; each names its field (the catalogue's wording). */
  errors: string[];
  /** Set when the service warned of a possible duplicate: saving again confirms it. */
  duplicatePending: boolean;
  /** Which warning waits for confirmation, and the other persons it is about (ids). */
  warning: { code: PersonSaveWarning; personIds: string[] } | null;
  saved: boolean;
  saving: boolean;
  /** The section holds input that is not saved yet. */
  dirty: boolean;
}

/**
 * Saves one section of a person record as a whole person, and turns a refusal into field
 * errors (under the input concerned) plus the messages, or into the duplicate confirmation.
 * Until it is saved, the section's input counts as unsaved (leaving asks first); once saved,
 * the form starts again from the record as stored (numbers normalised, for instance).
 * `valuesOf` gives the section's form values of a person, as its default values do.
 */
export function useSectionSave<T extends FieldValues>(
  form: UseFormReturn<T>,
  valuesOf: (person: Person) => DefaultValues<T>,
) {
  const { t } = useTranslation();
  const mutation = useSavePerson();
  const [errors, setErrors] = useState<string[]>([]);
  const [pending, setPending] = useState<PendingWarning | null>(null);
  const [saved, setSaved] = useState(false);
  const dirty = anyFieldDirty(form.formState.dirtyFields);
  const settle = useUnsavedChanges(dirty);

  // A warning is about the input it was given: once the input changes, saving asks afresh.
  useEffect(() => {
    const subscription = form.watch((_values, { name }) => {
      if (name === undefined) return; // a reset, not the user's input
      setPending(null);
      setSaved(false);
    });
    return () => subscription.unsubscribe();
  }, [form]);

  /**
   * Sends the person. A warning the service answers with waits for the user; confirming it
   * sends again with every warning confirmed so far (a record can meet more than one).
   */
  async function save(
    person: PersonInput,
    acknowledge: readonly PersonSaveWarning[] = [],
  ): Promise<Person | undefined> {
    setErrors([]);
    setSaved(false);
    try {
      const result = await mutation.mutateAsync({
        person,
        ...(acknowledge.length > 0 ? { acknowledge: [...acknowledge] } : {}),
      });
      form.reset(valuesOf(result));
      settle();
      setPending(null);
      setSaved(true);
      return result;
    } catch (error) {
      const warning = warningOf(error);
      if (warning) {
        setPending({ person, acknowledged: acknowledge, ...warning });
        setErrors([t(`errors.${warning.code}`)]);
        return undefined;
      }
      setPending(null);
      if (isApiCallError(error) && error.code === 'INVALID_INPUT') {
        for (const issue of error.issues) {
          form.setError(fieldPathOf(issue) as Path<T>, {
            type: 'server',
            message: issueMessage(issue, t),
          });
        }
        setErrors(error.issues.map((issue) => issueMessage(issue, t)));
        return undefined;
      }
      const { message, details } = describeApiError(error, t);
      setErrors([message, ...details]);
      return undefined;
    }
  }

  async function confirmDuplicate(): Promise<Person | undefined> {
    return pending ? save(pending.person, [...pending.acknowledged, pending.code]) : undefined;
  }

  const state: SectionSaveState = {
    errors,
    duplicatePending: pending !== null,
    warning: pending ? { code: pending.code, personIds: pending.personIds } : null,
    saved,
    saving: mutation.isPending,
    dirty,
  };
  return { save, confirmDuplicate, state };
}
