import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import {
  newQualifications,
  staffFormSchema,
  staffFormValues,
  staffSaveInput,
  toggleRole,
} from './staffForm';

const t = ((key: string) => key) as unknown as TFunction;
const carer = {
  name: '夜勤 桜',
  nameKana: 'やきん さくら',
  roles: ['care' as const],
  qualifications: ['介護福祉士'],
  active: true,
};

describe('the staff register form', () => {
  it('needs a secret for a new member of staff, typed twice alike', () => {
    const schema = staffFormSchema(t, true);
    expect(schema.safeParse({ ...carer, secret: '', secretAgain: '' }).success).toBe(false);
    expect(schema.safeParse({ ...carer, secret: 'abcdef', secretAgain: 'abcdeg' }).success).toBe(
      false,
    );
    expect(schema.safeParse({ ...carer, secret: 'abcdef', secretAgain: 'abcdef' }).success).toBe(
      true,
    );
  });

  it('keeps the secret of an existing member unless a new one is typed', () => {
    const schema = staffFormSchema(t, false);
    expect(schema.safeParse({ ...carer, secret: '', secretAgain: '' }).success).toBe(true);
    expect(schema.safeParse({ ...carer, secret: 'abc', secretAgain: 'abc' }).success).toBe(false);
  });

  it('refuses a member with no role and a reading not in kana', () => {
    const schema = staffFormSchema(t, false);
    const noRole = schema.safeParse({ ...carer, roles: [], secret: '', secretAgain: '' });
    expect(noRole.error?.issues.map((i) => i.message)).toContain('staff.errors.rolesRequired');
    const latin = schema.safeParse({ ...carer, nameKana: 'Sakura', secret: '', secretAgain: '' });
    expect(latin.error?.issues.map((i) => i.message)).toContain('session.errors.kana');
  });

  it('sends the secret only when one was typed, and each qualification once', () => {
    const values = {
      ...staffFormValues(undefined),
      ...carer,
      qualifications: [' 看護師', '看護師'],
    };
    expect(staffSaveInput(values, 's1')).toEqual({
      staff: { id: 's1', ...carer, qualifications: ['看護師'] },
    });
    expect(staffSaveInput({ ...values, secret: 'secret-1' }, undefined)).toMatchObject({
      staff: { name: '夜勤 桜' },
      secret: 'secret-1',
    });
  });

  it('finds the qualifications the facility list does not offer yet', () => {
    expect(newQualifications(['看護師', '移動支援従業者 ', ''], ['看護師'])).toEqual([
      '移動支援従業者',
    ]);
  });

  it('keeps roles in the register order whatever order they are ticked in', () => {
    expect(toggleRole(['manager'], 'desk', true)).toEqual(['desk', 'manager']);
    expect(toggleRole(['desk', 'care'], 'desk', false)).toEqual(['care']);
  });
});
