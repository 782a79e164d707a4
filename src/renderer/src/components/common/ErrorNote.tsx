import type { ApiError } from '../../contract';
import { useLogFile } from '../../hooks/use-status';
import { logHint } from './log-hint';

/**
 * An API error in plain words, announced to screen readers. An unexpected one from the service
 * says where its details were logged. (A string is the UI's own message: no log behind it.)
 */
export function ErrorNote({ error, prefix }: { error: ApiError | string | null; prefix?: string }) {
  const logFile = useLogFile();
  if (!error) return null;
  const message = typeof error === 'string' ? error : error.message;
  const hint = typeof error === 'string' ? null : logHint(error, logFile);
  return (
    <p role="alert" className="error-note">
      {prefix ? `${prefix} ` : ''}
      {message}
      {hint && <span className="error-log-hint"> {hint}</span>}
    </p>
  );
}
