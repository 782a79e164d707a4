/** Parsed command line: positionals and --flags (with values where a flag takes one). */
export interface Args {
  positionals: string[];
  /** Each flag's last value: a flag given twice means its second value. */
  flags: Map<string, string | true>;
  /** Every value of each flag, in order, for flags that may be repeated (--also A --also B). */
  all: Map<string, string[]>;
}

const TAKES_VALUE = new Set(['port', 'limit', 'data-dir', 'sort', 'also']);

export function parseArgs(argv: string[]): Args {
  const positionals: string[] = [];
  const flags = new Map<string, string | true>();
  const all = new Map<string, string[]>();
  const set = (name: string, value: string | true) => {
    flags.set(name, value);
    if (value !== true) all.set(name, [...(all.get(name) ?? []), value]);
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const [name, inline] = a.slice(2).split(/=(.*)/s, 2);
      if (inline !== undefined) set(name, inline);
      // A value flag never swallows the next flag: `--also --data-dir x` must not search "--data-dir"
      // and then index into the default data folder.
      else if (TAKES_VALUE.has(name) && i + 1 < argv.length && !argv[i + 1].startsWith('--')) set(name, argv[++i]);
      else set(name, true);
    } else positionals.push(a);
  }
  return { positionals, flags, all };
}

export class UsageError extends Error {}

/** Every value given to a repeatable flag; a bare `--name` with no value is a usage error. */
export function listFlag(args: Args, name: string, hint: string): string[] {
  if (args.flags.get(name) === true) throw new UsageError(`--${name} takes a value, e.g. ${hint}.`);
  return args.all.get(name) ?? [];
}

export function intFlag(args: Args, name: string, min: number, max: number): number | undefined {
  const v = args.flags.get(name);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (v === true || !Number.isInteger(n) || n < min || n > max) throw new UsageError(`--${name} takes a whole number from ${min} to ${max}.`);
  return n;
}
