import { describe, expect, it } from 'vitest';
import { intFlag, listFlag, parseCommandLine, usage, UsageError, type Parsed } from './args';
import { COMMAND_SPECS } from './command-specs';

const parse = (...argv: string[]) => parseCommandLine(argv, COMMAND_SPECS);
const run = (...argv: string[]) => {
  const p: Parsed = parse(...argv);
  if (p.kind !== 'run') throw new Error(`expected a command, got help for ${p.command}`);
  return p.args;
};
/** The one-line message a bad command line is refused with. */
const refusal = (...argv: string[]): string => {
  try {
    parse(...argv);
  } catch (err) {
    expect(err).toBeInstanceOf(UsageError);
    const message = (err as Error).message;
    expect(message).not.toContain('\n');
    return message;
  }
  throw new Error(`${argv.join(' ')} was accepted`);
};

describe('parseCommandLine', () => {
  it('keeps every value of a repeated flag, and the last as its value', () => {
    const args = run('search', 'folder', 'Sony', '--also', 'Sonny', '--also=Sonni', '--json');
    expect(args.positionals).toEqual(['search', 'folder', 'Sony']);
    expect(listFlag(args, 'also')).toEqual(['Sonny', 'Sonni']);
    expect(args.flags.get('also')).toBe('Sonni');
    expect(args.flags.get('json')).toBe(true);
  });

  it('takes the common flags anywhere, before the command too', () => {
    const args = run('--data-dir', '/tmp/x', 'index', 'folder', '--verbose');
    expect(args.positionals).toEqual(['index', 'folder']);
    expect(args.flags.get('data-dir')).toBe('/tmp/x');
    expect(args.flags.get('verbose')).toBe(true);
    expect(run('search', 'f', '--', '--not-a-flag').positionals).toEqual(['search', 'f', '--not-a-flag']);
  });

  it('gives no values for an absent flag', () => {
    expect(listFlag(run('search', 'f', 'q'), 'also')).toEqual([]);
    expect(intFlag(run('search', 'f', 'q'), 'limit', 1, 10)).toBeUndefined();
  });

  it('refuses an unknown flag, naming it and the nearest known one', () => {
    expect(refusal('search', 'f', 'q', '--limt', '2')).toBe('search has no option --limt; did you mean --limit? (see parallax search --help).');
    expect(refusal('index', 'f', '--jsn')).toMatch(/^index has no option --jsn; did you mean --json\?/);
    // A flag of another command is unknown to this one.
    expect(refusal('index', 'f', '--port', '80')).toMatch(/^index has no option --port[ ;]/);
    expect(refusal('list', 'f', '-j')).toMatch(/^list has no option -j /);
  });

  it('refuses a value flag without its value, and never lets it swallow the next flag', () => {
    expect(refusal('search', 'f', 'q', '--also')).toBe('--also takes a value: --also <spelling> (see parallax search --help).');
    expect(refusal('search', 'f', 'Sony', '--also', '--data-dir', '/tmp/x')).toMatch(/^--also takes a value/);
    expect(refusal('serve', 'f', '--port')).toMatch(/^--port takes a value: --port N/);
    expect(refusal('index', 'f', '--data-dir')).toMatch(/^--data-dir takes a value/);
    // An inline value may start with dashes.
    expect(listFlag(run('search', 'f', 'q', '--also=--x'), 'also')).toEqual(['--x']);
  });

  it('refuses a value given to a switch, and an argument too many', () => {
    expect(refusal('index', 'f', '--json=yes')).toMatch(/^--json takes no value/);
    expect(refusal('search', 'f', 'Sergei', 'Lavrov')).toMatch(/unexpected "Lavrov" \(quote a query of several words\)/);
    expect(refusal('index', 'a', 'b')).toMatch(/^index takes <folder>; unexpected "b"/);
  });

  it('refuses an unknown command, listing the commands', () => {
    expect(refusal('serach', 'f')).toBe('unknown command "serach"; the commands are index, list, search, compare, stories, variants, serve, start (see parallax --help).');
  });

  it('asks for help with --help, -h or help, for one command or all', () => {
    expect(parse('--help')).toEqual({ kind: 'help', command: null });
    expect(parse('help')).toEqual({ kind: 'help', command: null });
    expect(parse('help', 'search')).toEqual({ kind: 'help', command: 'search' });
    expect(parse('search', '--help')).toEqual({ kind: 'help', command: 'search' });
    expect(parse('search', '-h', '--limt', '2')).toEqual({ kind: 'help', command: 'search' });
    expect(parse()).toEqual({ kind: 'help', command: null });
  });
});

describe('intFlag', () => {
  it('takes a whole number in range and refuses anything else, naming the flag', () => {
    expect(intFlag(run('search', 'f', 'q', '--limit', '5'), 'limit', 1, 10)).toBe(5);
    for (const bad of ['0', '11', '2.5', 'ten', ' ']) {
      expect(() => intFlag(run('search', 'f', 'q', `--limit=${bad}`), 'limit', 1, 10)).toThrow(/^--limit takes a whole number from 1 to 10/);
    }
  });
});

describe('usage', () => {
  it('lists every command, and each command its own flags and the common ones', () => {
    const all = usage(COMMAND_SPECS, null);
    for (const name of Object.keys(COMMAND_SPECS)) expect(all).toContain(`  ${name} `);
    const search = usage(COMMAND_SPECS, 'search');
    expect(search).toMatch(/^Usage: parallax search <folder> "<query>"/);
    for (const flag of ['--json', '--limit N', '--also <spelling> …', '--data-dir <dir>', '--verbose', '--help']) expect(search).toContain(flag);
    expect(search).not.toContain('--port');
  });
});
