/** What Parallax knows about one article. Paths are relative to the opened folder, with forward slashes. */
export type DocFormat = 'txt' | 'md' | 'html';
export type OutletSource = 'override' | 'metadata' | 'url' | 'text' | 'unknown';
export type DateSource = 'metadata' | 'text' | 'mtime';

export interface DocMeta {
  /** Stable id: the relative path. */
  id: string;
  path: string;
  title: string;
  outlet: string;
  outletSource: OutletSource;
  /** YYYY-MM-DD, or null when nothing gave a date. */
  date: string | null;
  dateSource: DateSource | null;
  url: string | null;
  byline: string | null;
  words: number;
  format: DocFormat;
  /** How the bytes were decoded, e.g. "utf-8", "utf-8 (bom)", "windows-1252 (detected)". */
  encoding: string;
}

/** A file that was not indexed, and why. */
export interface SkippedFile {
  path: string;
  reason: string;
}

/** A character range [start, end) into a document's clean text. */
export interface TextRange {
  start: number;
  end: number;
}
