import { spawnSync } from 'node:child_process';
import { CLI } from './paths';

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], dataDir: string): CliRun {
  const r = spawnSync(process.execPath, [CLI, ...args, '--data-dir', dataDir], { encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function runJson<T>(args: string[], dataDir: string): T {
  const r = runCli([...args, '--json'], dataDir);
  if (r.status !== 0) throw new Error(`parallax ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return JSON.parse(r.stdout) as T;
}
