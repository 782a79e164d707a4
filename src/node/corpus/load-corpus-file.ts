import { parseDocument } from '../../core/parse/parse-document';
import type { ParseResult } from '../../core/parse/parsed-document';
import { nodeDetectEncoding } from './detect-encoding';
import { createHtmlExtractor } from './html-extractor';
import { readCorpusFile, type ReadResult } from './read-corpus-file';
import type { WalkEntry } from './walk-folder';

// One extractor for the process: it holds the lazily loaded jsdom.
const extractHtml = createHtmlExtractor();

/** Reads and parses one walked file with the Node dependencies. Never throws. */
export async function loadCorpusFile(entry: WalkEntry, opts: { maxBytes?: number } = {}): Promise<ParseResult> {
  return parseReadFile(await readCorpusFile(entry, opts));
}

/** Parses what readCorpusFile gave, so reads can run ahead of parsing. */
export function parseReadFile(read: ReadResult): ParseResult {
  if (!read.ok) return read;
  return parseDocument(read.file, { extractHtml, detectEncoding: nodeDetectEncoding });
}
