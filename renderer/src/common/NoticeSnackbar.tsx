import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Snackbar from '@mui/material/Snackbar';

/** What an action did, said back to the person who did it. */
export interface Notice {
  severity: 'success' | 'info' | 'error';
  message: string;
  details?: string[];
  /** A follow-up offered with the message, e.g. undoing what was just done. */
  action?: { label: string; onClick: () => void; testId?: string };
}

/**
 * Confirms an action at the bottom of the screen. Successes close by themselves after a while;
 * an error stays until it is read and closed.
 */
export function NoticeSnackbar({
  notice,
  onClose,
  testId = 'action-notice',
}: {
  notice: Notice | null;
  onClose: () => void;
  testId?: string;
}) {
  return (
    <Snackbar
      open={notice !== null}
      onClose={(_event, reason) => reason !== 'clickaway' && onClose()}
      autoHideDuration={notice?.severity === 'error' ? null : 8000}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
    >
      {notice ? (
        <Alert
          severity={notice.severity}
          variant="filled"
          onClose={onClose}
          data-testid={testId}
          action={
            notice.action ? (
              <Button
                color="inherit"
                size="small"
                onClick={notice.action.onClick}
                data-testid={notice.action.testId}
              >
                {notice.action.label}
              </Button>
            ) : undefined
          }
        >
          {notice.message}
          {(notice.details ?? []).length > 0 && (
            <ul style={{ margin: 0, paddingLeft: '1.2em' }}>
              {notice.details?.map((detail) => (
                <li key={detail}>{detail}</li>
              ))}
            </ul>
          )}
        </Alert>
      ) : undefined}
    </Snackbar>
  );
}
