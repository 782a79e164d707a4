import type { ApiError } from '../../contract';

/** An API error in plain words, announced to screen readers. */
export function ErrorNote({ error, prefix }: { error: ApiError | string | null; prefix?: string }) {
  if (!error) return null;
  const message = typeof error === 'string' ? error : error.message;
  return (
    <p role="alert" className="error-note">
      {prefix ? `${prefix} ` : ''}
      {message}
    </p>
  );
}
