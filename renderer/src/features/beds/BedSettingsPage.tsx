import AddIcon from '@mui/icons-material/Add';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Container from '@mui/material/Container';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bed } from '../../../../shared/domain/schemas';
import { describeApiError } from '../../api/errors-ja';
import { ErrorState } from '../../common/ErrorState';
import { LoadingState } from '../../common/LoadingState';
import { BedFormDialog } from './BedFormDialog';
import { BedTable } from './BedTable';
import { BlockForm } from './BlockForm';
import { BlockList } from './BlockList';
import { useBeds } from './useBeds';
import { useReorderBeds } from './useBedMutations';

/** ベッド設定: the beds, their order and kinds, and the periods they are closed. */
export function BedSettingsPage() {
  const { t } = useTranslation();
  const beds = useBeds();
  const reorder = useReorderBeds();
  // undefined: closed; null: adding a bed; a bed: editing it.
  const [editing, setEditing] = useState<Bed | null | undefined>(undefined);

  if (beds.isPending) return <LoadingState />;
  if (beds.isError) return <ErrorState error={beds.error} onRetry={() => void beds.refetch()} />;
  const list = beds.data;
  const move = (index: number, by: -1 | 1) => {
    const next = [...list];
    const [moved] = next.splice(index, 1);
    if (!moved) return;
    next.splice(index + by, 0, moved);
    reorder.mutate(next);
  };
  const nextOrder = Math.max(0, ...list.map((b) => b.order)) + 1;

  return (
    <Container maxWidth="lg" sx={{ py: 3 }}>
      <Stack spacing={3}>
        <Paper component="section" aria-labelledby="beds-title" sx={{ p: 2 }}>
          <Stack direction="row" sx={{ alignItems: 'center', mb: 1 }}>
            <Typography id="beds-title" variant="h5" component="h1" sx={{ flexGrow: 1 }}>
              {t('beds.title')}
            </Typography>
            <Button
              variant="contained"
              startIcon={<AddIcon aria-hidden />}
              onClick={() => setEditing(null)}
              data-testid="bed-add"
            >
              {t('beds.add')}
            </Button>
          </Stack>
          {reorder.isError && (
            <Alert severity="error" role="alert">
              {describeApiError(reorder.error, t).message}
            </Alert>
          )}
          {list.length === 0 ? (
            <Typography color="text.secondary">{t('beds.empty')}</Typography>
          ) : (
            <BedTable beds={list} busy={reorder.isPending} onMove={move} onEdit={setEditing} />
          )}
        </Paper>
        <Paper component="section" aria-labelledby="blocks-title" sx={{ p: 2 }}>
          <Typography id="blocks-title" variant="h6" component="h2" gutterBottom>
            {t('beds.blockTitle')}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {t('beds.blockIntro')}
          </Typography>
          {list.length > 0 && <BlockForm beds={list} />}
          <Typography variant="subtitle1" component="h3" sx={{ mt: 3 }}>
            {t('beds.blocksTitle')}
          </Typography>
          <BlockList beds={list} />
        </Paper>
      </Stack>
      {editing !== undefined && (
        <BedFormDialog
          bed={editing ?? undefined}
          nextOrder={nextOrder}
          onClose={() => setEditing(undefined)}
        />
      )}
    </Container>
  );
}
