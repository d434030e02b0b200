import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Snackbar from '@mui/material/Snackbar';
import { useTranslation } from 'react-i18next';
import type { ChangeNotice } from './useStayChange';

/** How long a notice with an undo button stays: long enough to read it and change one's mind. */
const UNDO_NOTICE_MS = 10_000;
const NOTICE_MS = 6_000;

/**
 * The outcome of a drag: kept (with an undo button), or refused with the rules' own messages.
 * Refusals stay until closed; the rest close by themselves.
 */
export function ChangeNoticeBar({
  notice,
  onClose,
  onUndo,
}: {
  notice: ChangeNotice | null;
  onClose: () => void;
  /** Undoes the change the notice is about; absent when there is none to undo (or no undo). */
  onUndo?: (() => void) | undefined;
}) {
  const { t } = useTranslation();
  const canUndo = notice?.undoable === true && onUndo !== undefined;
  const autoHide = notice?.severity === 'error' ? null : canUndo ? UNDO_NOTICE_MS : NOTICE_MS;
  return (
    <Snackbar
      open={notice !== null}
      onClose={(_event, reason) => reason !== 'clickaway' && onClose()}
      autoHideDuration={autoHide}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
    >
      {notice ? (
        <Alert
          severity={notice.severity}
          onClose={onClose}
          data-testid="change-notice"
          variant="filled"
          action={
            canUndo ? (
              <Button
                color="inherit"
                size="small"
                variant="outlined"
                onClick={() => {
                  onClose();
                  onUndo();
                }}
                title={t('calendar.change.undoShortcut')}
                aria-keyshortcuts="Control+Z"
                data-testid="change-undo"
              >
                {t('calendar.change.undo')}
              </Button>
            ) : undefined
          }
        >
          {notice.message}
          {notice.details.length > 0 && (
            <ul style={{ margin: 0, paddingLeft: '1.2em' }}>
              {notice.details.map((detail) => (
                <li key={detail}>{detail}</li>
              ))}
            </ul>
          )}
        </Alert>
      ) : undefined}
    </Snackbar>
  );
}
