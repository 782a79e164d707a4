// Display formats. Dates stay in the corpus's own YYYY-MM-DD / YYYY-MM form underneath; these
// only decide what the reader sees. Fixed English month names: the UI is in English.
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function formatMonth(value: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(value);
  if (!m) return value === 'unknown' ? 'No date' : value;
  return `${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}

export function formatDate(value: string | null): string {
  if (!value) return 'No date';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return value;
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}

/** A document's publication date ("No date" when the article gives none), saying so when the user set it. */
export function formatDocDate(meta: { date: string | null; dateSource?: string | null }): string {
  return formatDate(meta.date) + (meta.date && meta.dateSource === 'user' ? ' (set by you)' : '');
}

/** Where a date came from, in words, for the reader and tooltips. */
export const DATE_SOURCE: Record<string, string> = {
  metadata: 'from the file’s metadata',
  dateline: 'from the article’s dateline or byline',
  user: 'set by you',
  none: 'the article gives no date',
};

/** Where an outlet came from, in words. */
export const OUTLET_SOURCE: Record<string, string> = {
  metadata: 'from the file’s metadata',
  url: 'from the link',
  signature: 'the article names itself',
  user: 'set by you',
  none: 'the article does not name its outlet',
};

export function formatCount(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

/** The last part of a path, for showing a folder by name. */
export function baseName(path: string): string {
  const parts = path.split(/[\\/]+/).filter(Boolean);
  return parts[parts.length - 1] ?? path;
}

// Control and bidi-override characters in a file name can hide or reorder what the user sees
// (a right-to-left override makes "cod.exe.txt" read otherwise): show them as visible codes.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function visiblePath(path: string): string {
  return path.replace(INVISIBLE, (c) => `\\u{${c.charCodeAt(0).toString(16).padStart(4, '0')}}`);
}
