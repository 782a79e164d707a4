import { parseDocument } from '../../core/parse/parse-document';
import type { ParseResult } from '../../core/parse/parsed-document';
import { nodeDetectEncoding } from './detect-encoding';
import { createHtmlExtractor } from './html-extractor';
import { readCorpusFile } from './read-corpus-file';
import type { WalkEntry } from './walk-folder';

// One extractor for the process: it holds the lazily loaded jsdom.
const extractHtml = createHtmlExtractor();

/** Reads and parses one walked file with the Node dependencies. Never throws. */
export async function loadCorpusFile(entry: WalkEntry, opts: { maxBytes?: number } = {}): Promise<ParseResult> {
  const read = await readCorpusFile(entry, opts);
  if (!read.ok) return read;
  return parseDocument(read.file, { extractHtml, detectEncoding: nodeDetectEncoding });
}
