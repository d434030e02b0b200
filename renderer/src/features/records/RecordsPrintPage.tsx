import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { todayInJapan } from '../../../../shared/domain/dates';
import { channelQuery } from '../../api/queries';
import { PrintFrame } from '../summary/PrintFrame';
import { RecordChecks } from './RecordChecks';
import { RecordSheet } from './RecordSheet';

/**
 * /print/records/:month — every guest's 実績記録票 of the month, each on its own page(s);
 * /print/records/:month/:personId — one guest's. The check before printing is shown above
 * the papers on screen, never on paper.
 */
export function RecordsPrintPage() {
  const { month = '', personId } = useParams();
  const { t } = useTranslation();
  const one = useQuery(channelQuery('records.month', personId ? { personId, month } : null));
  const all = useQuery(channelQuery('records.monthAll', personId ? null : { month }));
  const query = personId ? one : all;
  const records = personId ? (one.data ? [one.data] : undefined) : all.data;
  const [today] = useState(() => todayInJapan(new Date()));
  const printed = (records ?? []).filter((r) => r.days.length > 0);
  return (
    <PrintFrame
      sources={[query]}
      label={t('records.printAllTitle', { month })}
      onScreen={() => <RecordChecks records={records ?? []} />}
    >
      {() => (
        <>
          {printed.length === 0 && <Alert severity="info">{t('records.empty')}</Alert>}
          {printed.map((record, i) => (
            <Box
              key={record.person.id}
              sx={i < printed.length - 1 ? { breakAfter: 'page', pageBreakAfter: 'always' } : {}}
            >
              <RecordSheet record={record} today={today} />
            </Box>
          ))}
        </>
      )}
    </PrintFrame>
  );
}
