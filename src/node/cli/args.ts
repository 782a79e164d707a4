import { parseArgs as parseNodeArgs } from 'node:util';

/** One --flag a command accepts: a switch, or a flag that takes a value (`value` names it in help). */
export interface FlagSpec {
  value?: string;
  /** May be given several times (--also A --also B). */
  multiple?: boolean;
  help: string;
}

/** What a command accepts: its positionals (for help and counting) and its flags. */
export interface CommandSpec {
  /** Positionals after the command's name, e.g. `<folder> "<query>"`, optional ones in [brackets]. */
  usage: string;
  summary: string;
  /** At most this many positionals after the command's name. */
  maxPositionals: number;
  flags: Record<string, FlagSpec>;
}

/** Parsed command line: positionals (the command's name first) and --flags. */
export interface Args {
  positionals: string[];
  /** Each flag's last value, or true for a switch. */
  flags: Map<string, string | true>;
  /** Every value of each flag that takes one, in order (--also A --also B). */
  all: Map<string, string[]>;
}

/** A mistake on the command line the user can fix: one line, exit status 2. */
export class UsageError extends Error {}

export type Parsed = { kind: 'help'; command: string | null } | { kind: 'run'; command: string; args: Args };

/** Flags every command takes. */
export const COMMON_FLAGS: Record<string, FlagSpec> = {
  'data-dir': { value: '<dir>', help: "keep Parallax's own files here (default: your user-data folder; never inside your folder)" },
  verbose: { help: 'also print warnings and errors to stderr (they are always written to the log file)' },
  help: { help: 'show this help' },
};

/**
 * Reads `argv` (without node and the script) strictly against the named command's flags: an
 * unknown flag, a flag missing its value (a value flag never swallows the next --flag), a value
 * given to a switch or one positional too many is a UsageError naming it. `--help`, `-h` or
 * `help [command]` anywhere asks for help instead.
 */
export function parseCommandLine(argv: string[], commands: Record<string, CommandSpec>): Parsed {
  const everyFlag = { ...COMMON_FLAGS, ...Object.assign({}, ...Object.values(commands).map((c) => c.flags)) } as Record<string, FlagSpec>;
  // First pass, lenient, with every command's flags: which command is it, and was help asked for?
  const { tokens } = parseNodeArgs({ args: argv, options: nodeOptions(everyFlag), strict: false, allowPositionals: true, tokens: true });
  const positionals = tokens.filter((t) => t.kind === 'positional').map((t) => t.value);
  const wantsHelp = tokens.some((t) => t.kind === 'option' && (t.name === 'help' || t.name === 'h'));
  const name: string | null = positionals[0] ?? null;
  if (name === 'help') return { kind: 'help', command: positionals[1] && commands[positionals[1]] ? positionals[1] : null };
  if (name !== null && !commands[name]) throw new UsageError(`unknown command "${name}"; the commands are ${Object.keys(commands).join(', ')} (see parallax --help).`);
  if (wantsHelp || name === null) return { kind: 'help', command: name };
  const command = name;
  const spec = commands[command];
  const flags = { ...COMMON_FLAGS, ...spec.flags };
  const see = `(see parallax ${command} --help)`;
  for (const t of tokens) {
    if (t.kind !== 'option') continue;
    const flag = flags[t.name];
    if (!flag || t.rawName.length === 2) {
      const near = Object.keys(flags)
        .map((f) => ({ f, d: editDistance(f, t.name) }))
        .filter(({ d }) => d <= (t.name.length > 4 ? 2 : 1))
        .sort((a, b) => a.d - b.d)[0]?.f;
      throw new UsageError(`${command} has no option ${t.rawName}${near ? `; did you mean --${near}?` : ''} ${see}.`);
    }
    if (flag.value && (t.value === undefined || (!t.inlineValue && t.value.startsWith('--')))) {
      throw new UsageError(`${t.rawName} takes a value: ${t.rawName} ${flag.value} ${see}.`);
    }
    if (!flag.value && t.inlineValue) throw new UsageError(`${t.rawName} takes no value ${see}.`);
  }
  if (positionals.length - 1 > spec.maxPositionals) {
    const extra = positionals[spec.maxPositionals + 1];
    throw new UsageError(`${command} takes ${spec.usage || 'no arguments'}; unexpected "${extra.slice(0, 80)}" (quote a query of several words) ${see}.`);
  }

  // Second pass, strict, with this command's flags only: the values to run with.
  let values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  try {
    ({ values } = parseNodeArgs({ args: argv, options: nodeOptions(flags), strict: true, allowPositionals: true }));
  } catch (err) {
    // The checks above should have caught it; Node's own message, on one line, otherwise.
    throw new UsageError(`${(err as Error).message.split('\n')[0]} ${see}.`);
  }
  const args: Args = { positionals, flags: new Map(), all: new Map() };
  for (const [key, v] of Object.entries(values)) {
    if (v === undefined) continue;
    const list = (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === 'string');
    if (list.length) args.all.set(key, list);
    args.flags.set(key, list.length ? list[list.length - 1] : true);
  }
  return { kind: 'run', command, args };
}

function nodeOptions(flags: Record<string, FlagSpec>) {
  return Object.fromEntries(
    Object.entries(flags).map(([name, f]) => [name, f.value ? { type: 'string' as const, multiple: !!f.multiple } : { type: 'boolean' as const }]),
  );
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const next = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = row[j];
      row[j] = next;
    }
  }
  return row[b.length];
}

/** Every value given to a repeatable flag (none when absent). */
export function listFlag(args: Args, name: string): string[] {
  return args.all.get(name) ?? [];
}

export function intFlag(args: Args, name: string, min: number, max: number): number | undefined {
  const v = args.flags.get(name);
  if (v === undefined) return undefined;
  const n = v === true || v.trim() === '' ? NaN : Number(v);
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`--${name} takes a whole number from ${min} to ${max}, not "${String(v).slice(0, 40)}".`);
  return n;
}

/** Help for one command, or for all of them. */
export function usage(commands: Record<string, CommandSpec>, command: string | null): string {
  const flagLines = (flags: Record<string, FlagSpec>) =>
    Object.entries(flags).map(([name, f]) => `  ${`--${name}${f.value ? ` ${f.value}` : ''}${f.multiple ? ' …' : ''}`.padEnd(22)} ${f.help}`);
  if (command && commands[command]) {
    const c = commands[command];
    return [`Usage: parallax ${command} ${c.usage}`.trimEnd(), '', c.summary, '', 'Options:', ...flagLines({ ...c.flags, ...COMMON_FLAGS })].join('\n');
  }
  return [
    'Usage: parallax <command> … [options]',
    '',
    ...Object.entries(commands).map(([name, c]) => `  ${`${name} ${c.usage}`.padEnd(34)} ${c.summary}`),
    '',
    'Options for every command:',
    ...flagLines(COMMON_FLAGS),
    '',
    'parallax <command> --help lists a command\'s own options. Exit status: 0 done, 1 failed, 2 a usage or query error.',
  ].join('\n');
}
