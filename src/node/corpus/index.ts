/** Reading a folder of articles from disk: the Node side of corpus loading. */
export { walkFolder, type WalkEntry, type WalkOptions, type WalkResult } from './walk-folder';
export { readCorpusFile, DEFAULT_MAX_BYTES, type ReadResult } from './read-corpus-file';
export { createHtmlExtractor } from './html-extractor';
export { nodeDetectEncoding } from './detect-encoding';
export { loadCorpusFile, parseReadFile } from './load-corpus-file';
