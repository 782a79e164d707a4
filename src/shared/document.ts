/** What Parallax knows about one article. Paths are relative to the opened folder, with forward slashes. */
export type DocFormat = 'txt' | 'md' | 'html';
/**
 * Where an outlet came from: the file's metadata, its link, the article naming itself as its
 * source (a credit or copyright line, a "(Reuters) –" dateline, a signature block: never a
 * mention in the story), the user, or nowhere (outlet "Unknown").
 */
export type OutletSource = 'metadata' | 'url' | 'signature' | 'user' | 'none';
/**
 * Where a publication date came from: metadata (front matter, page metadata, the article's
 * own link), the article's dateline, byline or header, the user, or nowhere. The file's
 * modification time is never a publication date.
 */
export type DateSource = 'metadata' | 'dateline' | 'user' | 'none';

export interface DocMeta {
  /** Stable id: the relative path. */
  id: string;
  path: string;
  title: string;
  outlet: string;
  outletSource: OutletSource;
  /** Publication date, YYYY-MM-DD; null (source 'none') when nothing the article says gave one. */
  date: string | null;
  dateSource: DateSource;
  /** When the file was last modified (ms since 1970): only for the "file modified" sort, never shown as a date. */
  fileModifiedMs: number | null;
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
