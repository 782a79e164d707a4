import { appendFileSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export type LogLevel = 'warn' | 'error';

/**
 * Where unexpected failures are written, for a bug report. Callers pass an area (service,
 * http, cli, main), a fixed message of their own, and the error caught: never article text, a
 * query, a token or a file's contents. Logging never throws.
 */
export interface Logger {
  warn(area: string, message: string, err?: unknown): void;
  error(area: string, message: string, err?: unknown): void;
  /** The log file, to tell the user where details are; null when nothing is written to disk. */
  readonly file: string | null;
}

export interface FileLoggerOptions {
  /** Parallax's data directory (never the user's folder): the log is `<dataDir>/logs/parallax.log`. */
  dataDir: string;
  /** The file is rotated when a line would take it past this size (default 1 MB). */
  maxBytes?: number;
  /** How many files are kept, the current one included (default 3: parallax.log, .1, .2). */
  keep?: number;
  /** Also given each line as written (the CLI's --verbose prints them to stderr). */
  echo?: (line: string) => void;
  now?: () => Date;
}

/** Logs nothing: for tests and callers with no data directory. */
export const silentLogger: Logger = { warn() {}, error() {}, file: null };

export const logFilePath = (dataDir: string): string => join(dataDir, 'logs', 'parallax.log');

const MAX_MESSAGE = 300;
const MAX_STACK_LINES = 12;

/**
 * Defensive redaction of whatever an error carries: token-like runs (long base64url or hex),
 * the home directory, and length. Nothing a caller passes should need it.
 */
export function redact(text: string, max = MAX_MESSAGE): string {
  const home = homedir();
  let s = text.replace(/[A-Za-z0-9_-]{32,}/g, '[redacted]');
  if (home.length > 1) s = s.split(home).join('~');
  return s.length > max ? `${s.slice(0, max)}… (${s.length - max} more characters left out)` : s;
}

function describeError(err: unknown): Record<string, string> | undefined {
  if (err === undefined) return undefined;
  if (!(err instanceof Error)) return { name: typeof err, message: redact(String(err)) };
  const out: Record<string, string> = { name: err.name, message: redact(err.message) };
  const code = (err as NodeJS.ErrnoException).code;
  if (typeof code === 'string') out.code = code.slice(0, 40);
  if (err.stack) {
    // The frames only: the stack's first line repeats the message.
    const frames = err.stack.split('\n').filter((l) => /^\s+at /.test(l)).slice(0, MAX_STACK_LINES);
    if (frames.length) out.stack = redact(frames.map((l) => l.trim()).join('\n'), 4000);
  }
  return out;
}

/**
 * A logger writing one JSON object per line ({time, level, area, message, error?}) to
 * `<dataDir>/logs/parallax.log`, created on the first line, rotated to parallax.log.1, .2 …
 * Writes are synchronous (only warnings and errors are logged, so they are rare) so a line is
 * on disk before a crash or process.exit.
 */
export function createFileLogger(opts: FileLoggerOptions): Logger {
  const file = logFilePath(opts.dataDir);
  const maxBytes = opts.maxBytes ?? 1024 * 1024;
  const keep = Math.max(1, opts.keep ?? 3);
  let size: number | null = null;
  let broken = false;

  const rotate = () => {
    for (let i = keep - 1; i >= 1; i--) {
      try {
        renameSync(i === 1 ? file : `${file}.${i - 1}`, `${file}.${i}`);
      } catch {
        // That generation does not exist yet.
      }
    }
    size = 0;
  };

  const write = (level: LogLevel, area: string, message: string, err?: unknown) => {
    let line: string;
    try {
      const entry = { time: (opts.now?.() ?? new Date()).toISOString(), level, area, message: redact(message), error: describeError(err) };
      line = JSON.stringify(entry) + '\n';
    } catch {
      return;
    }
    try {
      opts.echo?.(line.trimEnd());
    } catch {
      // An echo that fails must not stop the file.
    }
    if (broken) return;
    try {
      if (size === null) {
        mkdirSync(join(opts.dataDir, 'logs'), { recursive: true });
        try {
          size = statSync(file).size;
        } catch {
          size = 0;
        }
      }
      const bytes = Buffer.byteLength(line);
      if (size > 0 && size + bytes > maxBytes) rotate();
      appendFileSync(file, line, { mode: 0o600 });
      size += bytes;
    } catch {
      // A full disk or a read-only data folder: keep going without the log.
      broken = true;
    }
  };

  return {
    file,
    warn: (area, message, err) => write('warn', area, message, err),
    error: (area, message, err) => write('error', area, message, err),
  };
}
