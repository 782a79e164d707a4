import { describe, expect, it } from 'vitest';
import { listFlag, parseArgs, UsageError } from './args';

describe('parseArgs', () => {
  it('keeps every value of a repeated flag, and the last as its value', () => {
    const args = parseArgs(['search', 'folder', 'Sony', '--also', 'Sonny', '--also=Sonni', '--json']);
    expect(args.positionals).toEqual(['search', 'folder', 'Sony']);
    expect(listFlag(args, 'also', '--also X')).toEqual(['Sonny', 'Sonni']);
    expect(args.flags.get('also')).toBe('Sonni');
    expect(args.flags.get('json')).toBe(true);
  });

  it('gives no values for an absent flag and refuses one without a value', () => {
    expect(listFlag(parseArgs(['search']), 'also', '--also X')).toEqual([]);
    expect(() => listFlag(parseArgs(['search', '--also']), 'also', '--also X')).toThrow(UsageError);
    const swallowed = parseArgs(['search', 'f', 'Sony', '--also', '--data-dir', '/tmp/x']);
    expect(swallowed.flags.get('data-dir')).toBe('/tmp/x');
    expect(() => listFlag(swallowed, 'also', '--also X')).toThrow(UsageError);
  });
});
