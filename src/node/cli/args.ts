/** Parsed command line: positionals and --flags (with values where a flag takes one). */
export interface Args {
  positionals: string[];
  flags: Map<string, string | true>;
}

const TAKES_VALUE = new Set(['port', 'limit', 'data-dir', 'sort']);

export function parseArgs(argv: string[]): Args {
  const positionals: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const [name, inline] = a.slice(2).split(/=(.*)/s, 2);
      if (inline !== undefined) flags.set(name, inline);
      else if (TAKES_VALUE.has(name) && i + 1 < argv.length) flags.set(name, argv[++i]);
      else flags.set(name, true);
    } else positionals.push(a);
  }
  return { positionals, flags };
}

export class UsageError extends Error {}

export function intFlag(args: Args, name: string, min: number, max: number): number | undefined {
  const v = args.flags.get(name);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (v === true || !Number.isInteger(n) || n < min || n > max) throw new UsageError(`--${name} takes a whole number from ${min} to ${max}.`);
  return n;
}
