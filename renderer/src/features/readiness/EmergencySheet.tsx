import Box from '@mui/material/Box';
import type { SxProps, Theme } from '@mui/material/styles';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ageAt } from '../../../../shared/domain/age';
import { formatWareki } from '../../../../shared/domain/dates';
import { personReadiness } from '../../../../shared/domain/person-readiness';
import { CARE_TOPICS, type CareTopic, type Person } from '../../../../shared/domain/schemas';
import { useGapTexts } from './useGapTexts';

// Sizes on paper: A4 portrait (210 × 297 mm) with 12 mm margins, as the stay summary.
const border = '0.3mm solid';
const cell: SxProps<Theme> = {
  border,
  borderColor: 'text.primary',
  px: '2mm',
  py: '1.2mm',
  verticalAlign: 'top',
  textAlign: 'left',
  fontSize: '10pt',
  lineHeight: 1.4,
  whiteSpace: 'pre-wrap',
};
const headCell: SxProps<Theme> = { ...cell, fontWeight: 700, bgcolor: 'grey.100' };
const table: SxProps<Theme> = { width: '100%', borderCollapse: 'collapse' };
const sectionTitle: SxProps<Theme> = { fontSize: '11pt', fontWeight: 700, mt: '4mm', mb: '1mm' };
const missingText = { color: 'error.main', fontWeight: 700 } as const;

function Row({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <Box component="tr" data-testid={testId}>
      <Box component="th" scope="row" sx={{ ...headCell, width: '34mm' }}>
        {label}
      </Box>
      <Box component="td" sx={cell}>
        {children}
      </Box>
    </Box>
  );
}

/**
 * 緊急時情報シート: the one page the night staff need when the person arrives in an emergency —
 * who they are, whom to call and in what order, the consultation office, medication and the
 * other care notes, and what is missing from the record, in red. Nothing else: no stays, no
 * history, no certificate number. Always in Japanese, as filed (like the stay summary).
 */
export function EmergencySheet({
  person,
  facilityName,
  facilityPhone,
  today,
}: {
  person: Person;
  facilityName: string;
  facilityPhone: string;
  today: string;
}) {
  const { i18n } = useTranslation();
  const t = i18n.getFixedT('ja');
  const texts = useGapTexts(true);
  const readiness = personReadiness(person, today);
  const notes = person.careNotes;
  const none = new Set(notes?.nothingToNote ?? []);
  const unknown = (
    <Box component="span" sx={missingText}>
      {t('readiness.sheet.unknown')}
    </Box>
  );
  const careText = (topic: CareTopic): ReactNode => {
    const text = notes?.[topic]?.trim();
    if (text) return text;
    if (none.has(topic)) return t('readiness.sheet.nothingToNote');
    return (
      <Box component="span" sx={missingText}>
        {t('readiness.sheet.unwritten')}
      </Box>
    );
  };
  const contacts = person.contacts ?? [];
  const office = person.consultationOffice;

  return (
    <Box
      component="article"
      data-testid="emergency-sheet"
      sx={{ color: 'text.primary', bgcolor: 'background.paper', width: '186mm', mx: 'auto' }}
    >
      <Box component="header" sx={{ display: 'flex', justifyContent: 'space-between', mb: '3mm' }}>
        <Box component="h1" sx={{ fontSize: '18pt', m: 0, letterSpacing: '0.2em' }}>
          {t('readiness.sheet.title')}
        </Box>
        <Box sx={{ textAlign: 'right', fontSize: '9pt' }}>
          <div>{facilityName}</div>
          {facilityPhone && <div>{t('summary.phone', { phone: facilityPhone })}</div>}
          <div>{t('readiness.sheet.printedOn', { date: formatWareki(today) })}</div>
        </Box>
      </Box>

      <Box component="table" sx={table}>
        <tbody>
          <Row label={t('readiness.sheet.name')}>
            <Box component="span" sx={{ fontSize: '14pt', fontWeight: 700 }}>
              {person.familyName} {person.givenName}
            </Box>
          </Row>
          <Row label={t('readiness.sheet.kana')}>
            {person.familyNameKana} {person.givenNameKana}
          </Row>
          <Row label={t('readiness.sheet.birth')}>
            {person.birthDate
              ? t('readiness.sheet.birthValue', {
                  date: formatWareki(person.birthDate),
                  age: ageAt(person.birthDate, today),
                })
              : unknown}
          </Row>
          <Row label={t('readiness.sheet.supportCategory')}>
            {person.supportCategory
              ? t(`persons.supportCategory.${person.supportCategory}`)
              : unknown}
          </Row>
        </tbody>
      </Box>

      <Box component="h2" sx={sectionTitle}>
        {t('readiness.sheet.contacts')}
      </Box>
      <Box component="table" sx={table} data-testid="sheet-contacts">
        <thead>
          <tr>
            <Box component="th" sx={{ ...headCell, width: '10mm' }}>
              {t('readiness.sheet.contactOrder')}
            </Box>
            <Box component="th" sx={headCell}>
              {t('readiness.sheet.contactName')}
            </Box>
            <Box component="th" sx={{ ...headCell, width: '22mm' }}>
              {t('readiness.sheet.relation')}
            </Box>
            <Box component="th" sx={{ ...headCell, width: '44mm' }}>
              {t('readiness.sheet.phone')}
            </Box>
            <Box component="th" sx={headCell}>
              {t('readiness.sheet.note')}
            </Box>
          </tr>
        </thead>
        <tbody>
          {contacts.length === 0 && (
            <tr>
              <Box component="td" colSpan={5} sx={{ ...cell, ...missingText }}>
                {t('readiness.sheet.noContacts')}
              </Box>
            </tr>
          )}
          {contacts.map((contact, i) => (
            <tr key={i}>
              <Box component="td" sx={cell}>
                {i + 1}
              </Box>
              <Box component="td" sx={cell}>
                {contact.name}
              </Box>
              <Box component="td" sx={cell}>
                {contact.relation}
              </Box>
              <Box
                component="td"
                sx={{ ...cell, fontSize: '12pt', fontWeight: 700, whiteSpace: 'nowrap' }}
              >
                {contact.phone}
              </Box>
              <Box component="td" sx={cell}>
                {contact.note ?? ''}
              </Box>
            </tr>
          ))}
        </tbody>
      </Box>

      <Box component="h2" sx={sectionTitle}>
        {t('readiness.sheet.office')}
      </Box>
      <Box component="table" sx={table}>
        <tbody>
          <Row label={t('readiness.sheet.officeName')}>{office?.office ?? unknown}</Row>
          <Row label={t('readiness.sheet.coordinator')}>{office?.coordinator ?? unknown}</Row>
          <Row label={t('readiness.sheet.phone')}>{office?.phone ?? unknown}</Row>
        </tbody>
      </Box>

      <Box component="h2" sx={sectionTitle}>
        {t('readiness.sheet.care')}
      </Box>
      <Box component="table" sx={table} data-testid="sheet-care">
        <tbody>
          {CARE_TOPICS.map((topic) => (
            <Row key={topic} label={t(`persons.care.${topic}`)}>
              {careText(topic)}
            </Row>
          ))}
        </tbody>
      </Box>

      {readiness.missing.length > 0 && (
        <Box
          data-testid="sheet-gaps"
          sx={{ mt: '4mm', border, borderColor: 'error.main', p: '2mm' }}
        >
          <Box component="h2" sx={{ ...sectionTitle, ...missingText, mt: 0 }}>
            {t('readiness.sheet.gaps')}
          </Box>
          <Box component="ul" sx={{ m: 0, pl: '5mm', ...missingText, fontSize: '10pt' }}>
            {readiness.missing.map((gap) => (
              <li key={gap}>{texts.missing(gap, readiness, person)}</li>
            ))}
          </Box>
        </Box>
      )}
    </Box>
  );
}
