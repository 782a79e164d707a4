/**
 * The English dictionary the variant engine consults (see core/variants/english.ts): Hunspell's
 * en_US from the `dictionary-en` package (wooorm/dictionaries, SCOWL word lists). Its entry point
 * is an ES module with top-level await, which a CommonJS bundle cannot require, so the two files
 * are read from the package folder directly. Read once per process.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { englishLexicon, NO_ENGLISH, type EnglishLexicon } from '../../core/variants/english';

let loaded: EnglishLexicon | null = null;

/** The package folder, looked for in node_modules from this file's folder (or the working folder) up. */
function packageDir(): string | null {
  const starts = [typeof __dirname === 'string' ? __dirname : '', process.cwd()].filter(Boolean);
  for (const start of starts) {
    for (let dir = start; ; dir = dirname(dir)) {
      const candidate = join(dir, 'node_modules', 'dictionary-en');
      if (existsSync(join(candidate, 'index.dic'))) return candidate;
      if (dirname(dir) === dir) break;
    }
  }
  return null;
}

/** The dictionary, or NO_ENGLISH (the folder's own evidence alone) where the package is missing. */
export function loadEnglish(): EnglishLexicon {
  if (loaded) return loaded;
  const dir = packageDir();
  loaded = dir ? englishLexicon(readFileSync(join(dir, 'index.aff'), 'utf8'), readFileSync(join(dir, 'index.dic'), 'utf8')) : NO_ENGLISH;
  return loaded;
}
