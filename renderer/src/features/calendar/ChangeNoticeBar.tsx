import Alert from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';
import type { ChangeNotice } from './useStayChange';

/** The outcome of a drag: kept, or refused with the rules' own messages. */
export function ChangeNoticeBar({
  notice,
  onClose,
}: {
  notice: ChangeNotice | null;
  onClose: () => void;
}) {
  return (
    <Snackbar
      open={notice !== null}
      onClose={(_event, reason) => reason !== 'clickaway' && onClose()}
      autoHideDuration={notice?.severity === 'error' ? null : 6000}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
    >
      {notice ? (
        <Alert
          severity={notice.severity}
          onClose={onClose}
          data-testid="change-notice"
          variant="filled"
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
