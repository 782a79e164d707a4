import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** nobody/nogroup: a user file permissions apply to. */
const NOBODY = 65534;
const REPO = resolve(__dirname, '../../..');

/** Root reads files whatever their mode: a chmod 000 fixture is only unreadable to someone else. */
export const runningAsRoot = process.getuid?.() === 0;

/**
 * Lets the unprivileged user reach a temp folder the tests made (mkdtemp makes it 0700):
 * needed only as root, where `callAsUser` reads it as nobody.
 */
export async function openToUser(dir: string): Promise<void> {
  if (runningAsRoot) await fs.chmod(dir, 0o755);
}

/**
 * Calls `name` exported by the module at `modulePath` with JSON arguments, as a user file
 * permissions apply to, and gives back its JSON result. An ordinary user is that already, so
 * the call runs here; as root (CI), it runs in a child Node process that `setpriv` starts as
 * nobody, so an unreadable file really is unreadable and the permission-denied paths run.
 */
export async function callAsUser<T>(modulePath: string, name: string, ...args: unknown[]): Promise<T> {
  if (!runningAsRoot) {
    const mod = (await import(pathToFileURL(modulePath).href)) as Record<string, (...a: unknown[]) => unknown>;
    return JSON.parse(JSON.stringify(await mod[name](...args))) as T;
  }
  const argv = ['--reuid', String(NOBODY), '--regid', String(NOBODY), '--clear-groups', '--',
    process.execPath, '--import', 'tsx', join(__dirname, 'call-export.ts'), modulePath, name, JSON.stringify(args)];
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  const child = spawn('setpriv', argv, { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, HOME: '/' } });
  child.stdout.on('data', (c: Buffer) => out.push(c));
  child.stderr.on('data', (c: Buffer) => err.push(c));
  const code = await new Promise<number | null>((res, rej) => {
    child.once('error', (e) => rej(new Error(`setpriv could not be started (util-linux is needed to test permissions as root): ${e.message}`)));
    child.once('close', res);
  });
  if (code !== 0) throw new Error(`the call as nobody failed (exit ${code}): ${Buffer.concat(err).toString('utf8').slice(0, 2000)}`);
  return JSON.parse(Buffer.concat(out).toString('utf8')) as T;
}
