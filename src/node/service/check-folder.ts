import { promises as fs } from 'node:fs';
import { fail, ok, type Result } from '../../shared/result';

/** Checks a folder the user asked to open, with a message they can act on; gives its real path. */
export async function checkFolder(path: string): Promise<Result<string>> {
  let stat;
  try {
    stat = await fs.stat(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return fail('not-found', `There is no folder at ${path}. Check the path and try again.`);
    if (code === 'EACCES' || code === 'EPERM') return fail('unreadable', `Parallax is not allowed to read ${path}.`);
    return fail('unreadable', `${path} could not be opened (${code}).`);
  }
  if (!stat.isDirectory()) return fail('invalid-input', `${path} is a file, not a folder: open the folder that contains it.`);
  try {
    await fs.readdir(path);
  } catch (err) {
    return fail('unreadable', `Parallax is not allowed to read ${path} (${(err as NodeJS.ErrnoException).code}).`);
  }
  return ok(await fs.realpath(path));
}
