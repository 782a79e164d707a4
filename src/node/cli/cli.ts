/**
 * parallax: the command line over the same services as the app. Each command's arguments and
 * flags are in command-specs.ts (`parallax <command> --help` prints them); anything else on the
 * line is refused with one line naming it.
 * Exit status: 0 done, 1 failed, 2 a usage or query error the user can fix.
 * Unexpected failures are written to <data dir>/logs/parallax.log; --verbose also prints them.
 */
import { parseCommandLine, usage, UsageError, type Args } from './args';
import { COMMAND_SPECS } from './command-specs';
import { CliFailure, dataDirOf } from './open-corpus';
import { createFileLogger, type Logger } from '../log/logger';
import { indexCommand } from './commands/index-command';
import { listCommand } from './commands/list-command';
import { searchCommand } from './commands/search-command';
import { serveCommand } from './commands/serve-command';
import { startCommand } from './commands/start-command';
import { compareCommand } from './commands/compare-command';
import { storiesCommand } from './commands/stories-command';
import { variantsCommand } from './commands/variants-command';

type Command = (args: Args, out: (s: string) => void, log: Logger) => Promise<void>;

const COMMANDS: Record<keyof typeof COMMAND_SPECS, Command> = {
  index: indexCommand,
  list: listCommand,
  search: searchCommand,
  serve: (args, out, log) => serveCommand(args, out, log),
  start: startCommand,
  compare: compareCommand,
  stories: storiesCommand,
  variants: variantsCommand,
};

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseCommandLine(argv, COMMAND_SPECS);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`parallax: ${err.message}\n`);
    return 2;
  }
  if (parsed.kind === 'help') {
    // `parallax` alone is a usage error; asking for help is not.
    const asked = argv.length > 0;
    (asked ? process.stdout : process.stderr).write(usage(COMMAND_SPECS, parsed.command) + '\n');
    return asked ? 0 : 2;
  }
  const { command, args } = parsed;
  const verbose = args.flags.has('verbose');
  const log = createFileLogger({ dataDir: dataDirOf(args), echo: verbose ? (line) => process.stderr.write(`parallax: ${line}\n`) : undefined });
  try {
    await COMMANDS[command](args, (s) => process.stdout.write(s + '\n'), log);
    return 0;
  } catch (err) {
    if (err instanceof CliFailure || err instanceof UsageError) {
      process.stderr.write(`parallax: ${err.message}\n`);
      return err instanceof CliFailure ? err.exitCode : 2;
    }
    log.error('cli', `The ${command} command failed unexpectedly.`, err);
    process.stderr.write(`parallax: something went wrong: ${(err as Error).message}. Details were written to ${log.file}.\n`);
    return 1;
  }
}

main(process.argv.slice(2)).then((code) => process.exit(code));
