import { promises as fs } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/** A file of the built renderer, or null: only files under `root`, never a path that climbs out. */
export async function readStatic(root: string, urlPath: string): Promise<{ body: Buffer; type: string } | null> {
  let rel: string;
  try {
    rel = decodeURIComponent(urlPath.split('?')[0]);
  } catch {
    return null;
  }
  if (rel === '/' || rel === '') rel = '/index.html';
  const full = normalize(join(root, rel));
  if (!full.startsWith(root + sep)) return null;
  try {
    const real = await fs.realpath(full);
    if (!real.startsWith((await fs.realpath(root)) + sep)) return null;
    return { body: await fs.readFile(real), type: TYPES[extname(real)] ?? 'application/octet-stream' };
  } catch {
    return null;
  }
}
