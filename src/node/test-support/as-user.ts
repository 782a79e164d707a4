import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
// esbuild comes with tsx and vite; it bundles the code under test for the unprivileged child.
import { build } from 'esbuild';

/** nobody/nogroup: a user file permissions apply to. */
const NOBODY = 65534;

/** Root reads files whatever their mode: a chmod 000 fixture is only unreadable to someone else. */
export const runningAsRoot = process.getuid?.() === 0;

/**
 * Lets the unprivileged user reach a temp folder the tests made (mkdtemp makes it 0700):
 * needed only as root, where `callAsUser` reads it as nobody.
 */
export async function openToUser(dir: string): Promise<void> {
  if (runningAsRoot) await fs.chmod(dir, 0o755);
}

/** The child's side: run the export named in argv with the JSON arguments, print its JSON result. */
const CHILD = `
const [name, argsJson] = process.argv.slice(2);
Promise.resolve()
  .then(() => mod[name](...JSON.parse(argsJson)))
  .then((v) => process.stdout.write(JSON.stringify(v)), (e) => { process.stderr.write(String((e && e.stack) || e)); process.exitCode = 1; });
`;

/**
 * Calls `name` exported by the module at `modulePath` with JSON arguments, as a user file
 * permissions apply to, and gives back its JSON result. An ordinary user is that already, so
 * the call runs here. As root (CI) it runs in a child Node process that `setpriv` starts as
 * nobody, so an unreadable file really is unreadable and the permission-denied paths run; the
 * module is bundled into a temp file first, so nobody needs no access to the checkout.
 */
export async function callAsUser<T>(modulePath: string, name: string, ...args: unknown[]): Promise<T> {
  if (!runningAsRoot) {
    const mod = (await import(pathToFileURL(modulePath).href)) as Record<string, (...a: unknown[]) => unknown>;
    return JSON.parse(JSON.stringify(await mod[name](...args))) as T;
  }
  const dir = await fs.mkdtemp(join(tmpdir(), 'parallax-as-user-'));
  try {
    await fs.chmod(dir, 0o755);
    const script = join(dir, 'call.cjs');
    await build({
      stdin: { contents: `import * as mod from ${JSON.stringify(modulePath)};\n${CHILD}`, resolveDir: dirname(modulePath), loader: 'ts', sourcefile: 'call-as-user.ts' },
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      outfile: script,
      logLevel: 'silent',
    });
    await fs.chmod(script, 0o644);
    return await runAsNobody<T>(['--reuid', String(NOBODY), '--regid', String(NOBODY), '--clear-groups', '--', process.execPath, script, name, JSON.stringify(args)], dir);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

async function runAsNobody<T>(setprivArgs: string[], cwd: string): Promise<T> {
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  const child = spawn('setpriv', setprivArgs, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', (c: Buffer) => out.push(c));
  child.stderr.on('data', (c: Buffer) => err.push(c));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', (e) => reject(new Error(`setpriv could not be started (util-linux is needed to test permissions as root): ${e.message}`)));
    child.once('close', resolve);
  });
  if (code !== 0) throw new Error(`the call as nobody failed (exit ${code}): ${Buffer.concat(err).toString('utf8').slice(0, 2000)}`);
  return JSON.parse(Buffer.concat(out).toString('utf8')) as T;
}
