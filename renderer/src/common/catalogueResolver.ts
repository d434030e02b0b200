import { toNestErrors, validateFieldsNatively } from '@hookform/resolvers';
import type { TFunction } from 'i18next';
import type { FieldError, FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { toIssues } from '../../../shared/messages/issues';
import { issueText } from '../../../shared/messages/render';
import { languageOf } from '../api/errors-ja';

/**
 * A form's resolver: reads the values with a zod schema and words each refused field from the
 * message catalogue in the screen's language, as the service's answer is worded
 * (docs/errors.md). zodResolver would show a schema's `error` as it stands: a catalogue code
 * such as `REQUIRED`, or, for a catalogue refinement, its Japanese sentence. A form's own
 * message (an i18n key, a sentence already in the language) is kept.
 */
export function catalogueResolver<S extends z.ZodType<FieldValues, FieldValues>>(
  schema: S,
  t: TFunction,
): Resolver<z.input<S>, unknown, z.output<S>> {
  const language = languageOf(t);
  return async (values, _context, options) => {
    const parsed = await schema.safeParseAsync(values);
    if (parsed.success) {
      if (options.shouldUseNativeValidation) validateFieldsNatively({}, options);
      return { values: parsed.data, errors: {} };
    }
    // One message per field, the first refusal's, as react-hook-form shows them.
    const errors: Record<string, FieldError> = {};
    for (const issue of toIssues(parsed.error)) {
      const name = issue.path.join('.');
      errors[name] ??= { type: issue.code, message: issueText(language, issue) ?? issue.message };
    }
    return { values: {}, errors: toNestErrors(errors, options) };
  };
}
