/** What one format's reader found, before furniture removal and the shared fallbacks. */
export interface ArticleDraft {
  /** Paragraphs separated by blank lines, markup removed, furniture still in. */
  body: string;
  title: string | null;
  /** Outlet named by metadata (front matter, page metadata, a "Source:" label). */
  outlet: string | null;
  url: string | null;
  /** Publication date from metadata (front matter, page metadata, a "Date:" label or " date 2022-02-10" prefix), YYYY-MM-DD. */
  date: string | null;
  /** A weaker metadata date, such as when a clipper saved the page: used only if the text has none. */
  fallbackDate: string | null;
  byline: string | null;
}

export const emptyDraft = (body: string): ArticleDraft => ({
  body,
  title: null,
  outlet: null,
  url: null,
  date: null,
  fallbackDate: null,
  byline: null,
});
