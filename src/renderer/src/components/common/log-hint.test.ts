import { describe, expect, it } from 'vitest';
import { logHint } from './log-hint';

describe('logHint', () => {
  const log = '/home/u/.local/share/parallax/logs/parallax.log';

  it('points an unexpected error at the log file', () => {
    expect(logHint({ code: 'internal', message: 'Something went wrong.' }, log)).toBe(`Details were written to ${log}.`);
    expect(logHint({ code: 'unreadable', message: 'Not allowed.' }, log)).toBe(`Details were written to ${log}.`);
    // The corpus's own error (a failed open, a crashed worker) comes as text, and is logged.
    expect(logHint('Indexing stopped: out of memory.', log)).toBe(`Details were written to ${log}.`);
  });

  it('says nothing for errors the user can fix, or where there is no log', () => {
    expect(logHint({ code: 'invalid-query', message: 'Unbalanced quote.' }, log)).toBeNull();
    expect(logHint({ code: 'not-found', message: 'No such document.' }, log)).toBeNull();
    expect(logHint({ code: 'internal', message: 'x' }, undefined)).toBeNull();
    expect(logHint(null, log)).toBeNull();
  });
});
