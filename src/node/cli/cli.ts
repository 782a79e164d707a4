/**
 * parallax: the command line over the same services as the app.
 *   index <folder> [--json]          documents, skipped files, outlets, time
 *   list <folder> --json             one object per document
 *   search <folder> "<query>" [--json] [--limit N] [--also <spelling>]…
 *   compare <folder> <pathA> <pathB> [--json]
 *   stories <folder> [--json]        stories told by several articles, near-copies
 *   variants <folder> [--json]       every name spelt several ways
 *   serve <folder> [--port N] [--open]
 *   start [folder]                   desktop app, or browser mode without Electron
 * Exit status: 0 done, 1 failed, 2 a usage or query error the user can fix.
 */
import { parseArgs, UsageError, type Args } from './args';
import { CliFailure } from './open-corpus';
import { indexCommand } from './commands/index-command';
import { listCommand } from './commands/list-command';
import { searchCommand } from './commands/search-command';
import { serveCommand } from './commands/serve-command';
import { startCommand } from './commands/start-command';
import { compareCommand } from './commands/compare-command';
import { storiesCommand } from './commands/stories-command';
import { variantsCommand } from './commands/variants-command';

type Command = (args: Args, out: (s: string) => void) => Promise<void>;

const COMMANDS: Record<string, Command> = {
  index: indexCommand,
  list: listCommand,
  search: searchCommand,
  serve: serveCommand,
  start: startCommand,
  compare: compareCommand,
  stories: storiesCommand,
  variants: variantsCommand,
};

const USAGE = `Usage: parallax <command> …
  index <folder> [--json]
  list <folder> --json
  search <folder> "<query>" [--json] [--limit N] [--also <spelling>]…  (--also adds a suggested spelling)
  compare <folder> <pathA> <pathB> [--json]
  stories <folder> [--json]
  variants <folder> [--json]
  serve <folder> [--port N] [--open]
  start [folder]
Options: --data-dir <dir> keeps Parallax's index elsewhere (default: your user data folder).`;

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const name = args.positionals[0];
  if (!name || args.flags.has('help') || name === 'help') {
    process.stdout.write(USAGE + '\n');
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`parallax: unknown command "${name}".\n${USAGE}\n`);
    return 2;
  }
  try {
    await command(args, (s) => process.stdout.write(s + '\n'));
    return 0;
  } catch (err) {
    if (err instanceof CliFailure || err instanceof UsageError) {
      process.stderr.write(`parallax: ${err.message}\n`);
      return err instanceof CliFailure ? err.exitCode : 2;
    }
    process.stderr.write(`parallax: something went wrong: ${(err as Error).message}\n`);
    return 1;
  }
}

main().then((code) => process.exit(code));
