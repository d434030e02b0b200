import { createInstance, type TFunction } from 'i18next';
import type { FieldValues, ResolverOptions } from 'react-hook-form';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { personSchema } from '../../../shared/domain/schemas';
import { resources } from '../i18n/resources';
import { catalogueResolver } from './catalogueResolver';

const translators: Record<'ja' | 'en', TFunction> = {} as Record<'ja' | 'en', TFunction>;
beforeAll(async () => {
  for (const lng of ['ja', 'en'] as const) {
    const i18n = createInstance();
    await i18n.init({ resources, lng, interpolation: { escapeValue: false } });
    translators[lng] = i18n.t;
  }
});

/** What react-hook-form passes a resolver when no field uses the browser's own validation. */
function options<T extends FieldValues>(): ResolverOptions<T> {
  return { fields: {}, shouldUseNativeValidation: false };
}
const contactsSchema = z.object({ contacts: personSchema.shape.contacts.unwrap() });
const mother = { name: '田中', relation: '母', phone: '03-1234-5678' };
const contacts = { contacts: [mother] };

describe('catalogueResolver', () => {
  it('gives the parsed values when nothing is refused', async () => {
    const resolve = catalogueResolver(contactsSchema, translators.ja);
    const input = { contacts: [{ ...mother, phone: '０３-１２３４-５６７８' }] };
    expect(await resolve(input, undefined, options())).toEqual({ values: contacts, errors: {} });
  });

  it.each([
    [
      'ja',
      '緊急連絡先の電話番号は数字・ハイフン・括弧・+ で入力してください。',
      '緊急連絡先の氏名を入力してください。',
    ],
    [
      'en',
      "Write the emergency contact's phone number with digits, hyphens, brackets and +.",
      "Enter the emergency contact's name.",
    ],
  ] as const)(
    'words a refused field in the screen language (%s), under that field',
    async (lng, phone, name) => {
      const resolve = catalogueResolver(contactsSchema, translators[lng]);
      const input = { contacts: [mother, { name: '', relation: '父', phone: 'x' }] };
      const { errors } = await resolve(input, undefined, options());
      expect(errors).toEqual({
        contacts: [
          undefined,
          {
            name: { type: 'REQUIRED', message: name },
            phone: { type: 'INVALID_PHONE', message: phone },
          },
        ],
      });
    },
  );

  it("keeps a form's own message: an i18n key, or a sentence already in the language", async () => {
    const schema = z.object({ bedId: z.string().min(1, 'booking.errors.bedRequired') });
    const { errors } = await catalogueResolver(schema, translators.en)(
      { bedId: '' },
      undefined,
      options(),
    );
    expect(errors).toEqual({ bedId: { type: 'too_small', message: 'booking.errors.bedRequired' } });
  });

  it('words a catalogue refinement in the screen language too', async () => {
    const schema = z.object({ birthDate: personSchema.shape.birthDate });
    const { errors } = await catalogueResolver(schema, translators.en)(
      { birthDate: '1800-01-01' },
      undefined,
      options(),
    );
    expect(errors).toEqual({
      birthDate: { type: 'DATE_OUT_OF_RANGE', message: 'Enter a date from 1900 to 2100.' },
    });
  });
});
