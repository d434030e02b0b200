import TableRow from '@mui/material/TableRow';
import type { Bed, Stay } from '../../../../shared/domain/schemas';
import type { PersonsById } from '../persons/usePersonsById';
import { BedHeaderCell } from './BedHeaderCell';
import { FreeCell } from './FreeCell';
import { StayCell } from './StayCell';
import { bedRowSegments } from './weekGrid';

interface BedRowProps {
  bed: Bed;
  stays: readonly Stay[];
  dates: readonly string[];
  today: string;
  persons: PersonsById;
}

export function BedRow({ bed, stays, dates, today, persons }: BedRowProps) {
  return (
    <TableRow data-testid={`bed-row-${bed.id}`}>
      <BedHeaderCell bed={bed} />
      {bedRowSegments(bed.id, stays, dates).map((segment) =>
        segment.kind === 'free' ? (
          <FreeCell
            key={segment.date}
            bedId={bed.id}
            date={segment.date}
            isToday={segment.date === today}
          />
        ) : (
          <StayCell
            key={segment.stay.id}
            stay={segment.stay}
            nights={segment.nights}
            person={persons.byId.get(segment.stay.personId)}
            personPending={persons.isPending}
          />
        ),
      )}
    </TableRow>
  );
}
