/** A query the user can fix: the message is shown inline, as written here. */
export class QueryError extends Error {
  override readonly name = 'QueryError';
}
