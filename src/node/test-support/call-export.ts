/**
 * Child side of `callAsUser`: node --import tsx call-export.ts <module> <export> <json args>.
 * Prints the export's result as JSON on stdout.
 */
import { pathToFileURL } from 'node:url';

const [modulePath, name, argsJson] = process.argv.slice(2);

import(pathToFileURL(modulePath).href)
  .then(async (mod: Record<string, (...a: unknown[]) => unknown>) => {
    const value = await mod[name](...(JSON.parse(argsJson) as unknown[]));
    process.stdout.write(JSON.stringify(value));
  })
  .catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
    process.exitCode = 1;
  });
