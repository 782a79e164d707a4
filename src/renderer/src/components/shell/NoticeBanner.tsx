import { useStatus } from '../../hooks/use-status';
import { logHint } from '../common/log-hint';
import { useUi } from '../../state/ui-context';

/** Things the user should know about the corpus (a rebuilt cache, a failed open), dismissible. */
export function NoticeBanner() {
  const { status, error } = useStatus();
  const { state, dispatch } = useUi();
  const notices = (status?.notices ?? []).filter((n) => !state.dismissedNotices.includes(n));
  const corpusError = status?.state === 'error' ? status.error : null;
  const corpusHint = logHint(corpusError, status?.logFile);
  if (!notices.length && !corpusError && !error) return null;
  return (
    <div className="banners">
      {error && (
        <div role="alert" className="banner banner-error">
          {error.message}
        </div>
      )}
      {corpusError && (
        <div role="alert" className="banner banner-error">
          {corpusError}
          {corpusHint && <span className="error-log-hint"> {corpusHint}</span>}
        </div>
      )}
      {notices.map((n) => (
        <div key={n} role="status" className="banner">
          <span>{n}</span>
          <button type="button" className="small" onClick={() => dispatch({ type: 'dismissNotice', text: n })}>
            Dismiss
          </button>
        </div>
      ))}
    </div>
  );
}
