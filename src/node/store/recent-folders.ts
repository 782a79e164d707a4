import { join } from 'node:path';
import { readJsonFile, writeFileAtomic } from './atomic-file';

const FILE = 'recent-folders.json';
const MAX = 10;

export async function readRecentFolders(dataDir: string): Promise<string[]> {
  const { value } = await readJsonFile<unknown>(join(dataDir, FILE), []);
  return Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string').slice(0, MAX) : [];
}

export async function rememberFolder(dataDir: string, folder: string): Promise<string[]> {
  const list = [folder, ...(await readRecentFolders(dataDir)).filter((f) => f !== folder)].slice(0, MAX);
  await writeFileAtomic(join(dataDir, FILE), JSON.stringify(list, null, 2));
  return list;
}
