import { describe, expect, it } from 'vitest';
import type { Person } from '../../../../shared/domain/schemas';
import { personLines } from './personLines';

const person: Person = {
  id: 'p-1',
  familyName: '山田',
  givenName: '太郎',
  familyNameKana: 'やまだ',
  givenNameKana: 'たろう',
  sex: 'male',
  registration: { status: 'registered', registeredOn: '2026-04-01' },
  authorizations: [{ from: '2026-04-01', to: '2027-03-31', daysPerMonth: 15 }],
  contacts: [{ name: '山田 花子', relation: '母', phone: '090-0000-0000' }],
  careNotes: { medications: '朝食後に1錠', flags: ['seizure'] },
};

describe('personLines', () => {
  it('names every field that holds something, numbers list items, and writes codes out', () => {
    const lines = personLines(person, (path, value) => `${path.join('.')}=${value}`);
    expect(lines).toEqual([
      { label: '姓', value: 'familyName=山田' },
      { label: '名', value: 'givenName=太郎' },
      { label: '姓（ふりがな）', value: 'familyNameKana=やまだ' },
      { label: '名（ふりがな）', value: 'givenNameKana=たろう' },
      { label: '性別', value: 'sex=male' },
      { label: '事前登録の状態', value: 'registration.status=registered' },
      { label: '登録日', value: 'registration.registeredOn=2026-04-01' },
      { label: '支給決定期間の開始日（1）', value: 'authorizations.from=2026-04-01' },
      { label: '支給決定期間の終了日（1）', value: 'authorizations.to=2027-03-31' },
      { label: '支給量（日/月）（1）', value: 'authorizations.daysPerMonth=15' },
      { label: '緊急連絡先の氏名（1）', value: 'contacts.name=山田 花子' },
      { label: '緊急連絡先の続柄（1）', value: 'contacts.relation=母' },
      { label: '緊急連絡先の電話番号（1）', value: 'contacts.phone=090-0000-0000' },
      { label: '服薬', value: 'careNotes.medications=朝食後に1錠' },
      { label: '配慮事項', value: 'careNotes.flags=seizure' },
    ]);
  });
});
