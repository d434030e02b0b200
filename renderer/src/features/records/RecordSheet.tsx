import Box from '@mui/material/Box';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MonthRecord } from '../../../../shared/api/paperwork-schemas';
import { dayOfWeek, formatWareki } from '../../../../shared/domain/dates';
import { warekiMonth } from '../../../../shared/domain/wareki';
import { MEALS } from '../../../../shared/domain/day-facts-schema';
import { WEEKDAY_JA } from '../../../../shared/reports/labels-ja';
import { paperCell, paperHead } from '../summary/paperStyles';

// Sizes on paper: A4 portrait, 12 mm margins (PrintPageStyles), so 186 mm of width.
const cell = paperCell({
  px: '1mm',
  py: '0.6mm',
  textAlign: 'center',
  verticalAlign: 'middle',
  fontSize: '8pt',
  lineHeight: 1.25,
});
const head = { ...paperHead(cell), fontSize: '7.5pt' };

function HeaderCell({
  label,
  children,
  width,
}: {
  label: string;
  children: ReactNode;
  width: string;
}) {
  return (
    <>
      <Box component="th" scope="row" sx={{ ...head, width: '24mm' }}>
        {label}
      </Box>
      <Box component="td" sx={{ ...cell, textAlign: 'left', width, fontSize: '9pt' }}>
        {children}
      </Box>
    </>
  );
}

/**
 * One guest's 短期入所サービス提供実績記録票 for a month, in the columns of the official form:
 * the header (和暦年月, 受給者証番号, 氏名, 事業所番号, facility, 契約支給量), a row per day of
 * use, the totals, and the guest's confirmation column left blank for their seal or signature.
 * Always in Japanese, as it is filed.
 */
export function RecordSheet({ record, today }: { record: MonthRecord; today: string }) {
  const { i18n } = useTranslation();
  const t = i18n.getFixedT('ja');
  const { person, provider, totals } = record;
  const mark = (on: boolean) => (on ? t('records.mark') : '');
  return (
    <Box
      component="article"
      data-testid={`record-${person.id}`}
      sx={{ color: 'text.primary', bgcolor: 'background.paper', width: '186mm', mx: 'auto' }}
    >
      <Box
        component="header"
        sx={{ display: 'flex', alignItems: 'baseline', gap: '4mm', mb: '2mm' }}
      >
        <Box sx={{ fontSize: '11pt', fontWeight: 700 }}>
          {t('records.monthOf', { wareki: warekiMonth(record.month) })}
        </Box>
        <Box component="h1" sx={{ fontSize: '14pt', m: 0, flex: 1, textAlign: 'center' }}>
          {t('records.sheetTitle')}
        </Box>
      </Box>

      <Box component="table" sx={{ width: '100%', borderCollapse: 'collapse', mb: '2mm' }}>
        <tbody>
          <tr>
            <HeaderCell label={t('records.certificate')} width="40mm">
              {person.certificateNumber ?? t('records.notSet')}
            </HeaderCell>
            <HeaderCell label={t('records.providerNumber')} width="40mm">
              {provider.number || t('records.notSet')}
            </HeaderCell>
          </tr>
          <tr>
            <HeaderCell label={t('records.person')} width="40mm">
              <Box component="span" sx={{ fontSize: '7pt', display: 'block' }}>
                {person.familyNameKana} {person.givenNameKana}
              </Box>
              <Box component="span" sx={{ fontSize: '11pt', fontWeight: 700 }}>
                {person.familyName} {person.givenName}
              </Box>
            </HeaderCell>
            <HeaderCell label={t('records.provider')} width="40mm">
              {provider.name || t('records.notSet')}
              {provider.address && (
                <Box component="span" sx={{ fontSize: '7pt', display: 'block' }}>
                  {provider.address}
                </Box>
              )}
            </HeaderCell>
          </tr>
          <tr>
            <HeaderCell label={t('records.allowance')} width="40mm">
              {record.allowance === null
                ? t('records.notSet')
                : t('records.allowanceValue', { days: record.allowance })}
            </HeaderCell>
            <HeaderCell label={t('records.madeOn')} width="40mm">
              {formatWareki(today)}
            </HeaderCell>
          </tr>
        </tbody>
      </Box>

      <Box
        component="table"
        className="summary-table"
        sx={{ width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed' }}
      >
        <colgroup>
          <col style={{ width: '9mm' }} />
          <col style={{ width: '7mm' }} />
          <col style={{ width: '15mm' }} />
          <col style={{ width: '7mm' }} />
          <col style={{ width: '7mm' }} />
          <col style={{ width: '7mm' }} />
          <col style={{ width: '7mm' }} />
          <col style={{ width: '7mm' }} />
          <col style={{ width: '17mm' }} />
          <col style={{ width: '12mm' }} />
          <col />
          <col style={{ width: '22mm' }} />
        </colgroup>
        <thead>
          <tr>
            <Box component="th" scope="col" rowSpan={2} sx={head}>
              {t('records.columns.date')}
            </Box>
            <Box component="th" scope="col" rowSpan={2} sx={head}>
              {t('records.columns.weekday')}
            </Box>
            <Box component="th" scope="col" rowSpan={2} sx={head}>
              {t('records.columns.status')}
            </Box>
            <Box component="th" scope="colgroup" colSpan={2} sx={head}>
              {t('records.columns.transport')}
            </Box>
            <Box component="th" scope="colgroup" colSpan={3} sx={head}>
              {t('records.columns.meals')}
            </Box>
            <Box component="th" scope="col" rowSpan={2} sx={head}>
              {t('records.columns.addOn')}
            </Box>
            <Box component="th" scope="col" rowSpan={2} sx={head}>
              {t('records.columns.daytime')}
            </Box>
            <Box component="th" scope="col" rowSpan={2} sx={head}>
              {t('records.columns.note')}
            </Box>
            <Box component="th" scope="col" rowSpan={2} sx={head}>
              {t('records.columns.confirm')}
            </Box>
          </tr>
          <tr>
            <Box component="th" scope="col" sx={head}>
              {t('records.columns.pickup')}
            </Box>
            <Box component="th" scope="col" sx={head}>
              {t('records.columns.dropoff')}
            </Box>
            {MEALS.map((meal) => (
              <Box component="th" scope="col" key={meal} sx={head}>
                {t(`records.columns.${meal}`)}
              </Box>
            ))}
          </tr>
        </thead>
        <tbody>
          {record.days.map((day) => (
            <tr key={day.date} data-testid={`record-row-${day.date}`}>
              <Box component="td" sx={cell}>
                {Number(day.date.slice(8))}
              </Box>
              <Box component="td" sx={cell}>
                {WEEKDAY_JA[dayOfWeek(day.date)]}
              </Box>
              <Box component="td" sx={cell}>
                {/* A day in between is left blank, as on the official form. */}
                {day.status === 'stay' ? '' : t(`records.statusMark.${day.status}`)}
              </Box>
              <Box component="td" sx={cell}>
                {day.pickup ? '1' : ''}
              </Box>
              <Box component="td" sx={cell}>
                {day.dropoff ? '1' : ''}
              </Box>
              {MEALS.map((meal) => (
                <Box component="td" key={meal} sx={cell}>
                  {mark(day.meals[meal])}
                </Box>
              ))}
              <Box component="td" sx={cell}>
                {day.emergencyAddOn ? t('records.addOnMark') : ''}
              </Box>
              <Box component="td" sx={cell}>
                {mark(day.daytimeElsewhere)}
              </Box>
              <Box component="td" sx={{ ...cell, textAlign: 'left', fontSize: '7pt' }}>
                {day.note ?? ''}
              </Box>
              <Box component="td" sx={{ ...cell, height: '6.2mm' }} />
            </tr>
          ))}
          <tr data-testid="record-totals">
            <Box component="th" scope="row" colSpan={3} sx={head}>
              {t('records.totals')} {t('records.daysValue', { count: totals.days })}
            </Box>
            <Box component="td" sx={{ ...cell, fontWeight: 700 }}>
              {totals.pickups}
            </Box>
            <Box component="td" sx={{ ...cell, fontWeight: 700 }}>
              {totals.dropoffs}
            </Box>
            <Box component="td" sx={{ ...cell, fontWeight: 700 }}>
              {totals.breakfasts}
            </Box>
            <Box component="td" sx={{ ...cell, fontWeight: 700 }}>
              {totals.lunches}
            </Box>
            <Box component="td" sx={{ ...cell, fontWeight: 700 }}>
              {totals.dinners}
            </Box>
            <Box component="td" sx={{ ...cell, fontWeight: 700 }}>
              {totals.emergencyAddOnDays}
            </Box>
            <Box component="td" colSpan={3} sx={cell} />
          </tr>
        </tbody>
      </Box>
      <Box sx={{ fontSize: '8pt', mt: '1.5mm' }} data-testid="record-totals-line">
        {t('records.totalsLine', totals)}
      </Box>
      <Box
        className="summary-avoid-break"
        sx={{
          display: 'flex',
          justifyContent: 'flex-end',
          alignItems: 'center',
          gap: '3mm',
          mt: '3mm',
          fontSize: '9pt',
        }}
      >
        <span>{t('records.confirmNote')}</span>
        <Box sx={paperCell({ width: '60mm', height: '12mm' })} />
      </Box>
    </Box>
  );
}
