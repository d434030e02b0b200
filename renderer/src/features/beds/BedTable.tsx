import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import EditIcon from '@mui/icons-material/Edit';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import { useTranslation } from 'react-i18next';
import type { Bed } from '../../../../shared/domain/schemas';
import { StayKindIcon } from '../week/StayKindIcon';

interface BedTableProps {
  beds: readonly Bed[];
  busy: boolean;
  onMove: (index: number, by: -1 | 1) => void;
  onEdit: (bed: Bed) => void;
}

/** The beds in calendar order; arrows move a bed (buttons, so the keyboard can do it too). */
export function BedTable({ beds, busy, onMove, onEdit }: BedTableProps) {
  const { t } = useTranslation();
  return (
    <Table size="small" aria-label={t('beds.listTitle')} data-testid="bed-table">
      <TableHead>
        <TableRow>
          <TableCell>{t('beds.order')}</TableCell>
          <TableCell>{t('beds.name')}</TableCell>
          <TableCell>{t('beds.room')}</TableCell>
          <TableCell>{t('beds.allows')}</TableCell>
          <TableCell>{t('beds.flags')}</TableCell>
          <TableCell align="right">{t('beds.actions')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {beds.map((bed, i) => (
          <TableRow
            key={bed.id}
            data-testid={`bed-${bed.id}`}
            sx={{ opacity: bed.active ? 1 : 0.7 }}
          >
            <TableCell>{i + 1}</TableCell>
            <TableCell sx={{ fontWeight: 'bold' }}>{bed.name}</TableCell>
            <TableCell>{bed.room ?? ''}</TableCell>
            <TableCell>
              <Stack direction="row" spacing={0.5}>
                {bed.allows.map((kind) => (
                  <Chip
                    key={kind}
                    size="small"
                    variant="outlined"
                    icon={<StayKindIcon kind={kind} />}
                    label={t(`stayKind.${kind}`)}
                  />
                ))}
              </Stack>
            </TableCell>
            <TableCell>
              <Stack direction="row" spacing={0.5}>
                {bed.emergencyReserved && (
                  <Chip size="small" color="error" label={t('beds.reservedChip')} />
                )}
                {!bed.active && <Chip size="small" label={t('beds.inactiveChip')} />}
              </Stack>
            </TableCell>
            <TableCell align="right">
              <Tooltip title={t('beds.moveUp', { name: bed.name })}>
                <span>
                  <IconButton
                    aria-label={t('beds.moveUp', { name: bed.name })}
                    disabled={busy || i === 0}
                    onClick={() => onMove(i, -1)}
                  >
                    <ArrowUpwardIcon />
                  </IconButton>
                </span>
              </Tooltip>
              <Tooltip title={t('beds.moveDown', { name: bed.name })}>
                <span>
                  <IconButton
                    aria-label={t('beds.moveDown', { name: bed.name })}
                    disabled={busy || i === beds.length - 1}
                    onClick={() => onMove(i, 1)}
                  >
                    <ArrowDownwardIcon />
                  </IconButton>
                </span>
              </Tooltip>
              <Tooltip title={t('beds.edit', { name: bed.name })}>
                <IconButton
                  aria-label={t('beds.edit', { name: bed.name })}
                  onClick={() => onEdit(bed)}
                >
                  <EditIcon />
                </IconButton>
              </Tooltip>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
