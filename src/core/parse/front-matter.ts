/**
 * A deliberately small reader for the front matter web clippers write (Obsidian Web Clipper,
 * MarkDownload, Jekyll-style): flat keys with plain, quoted, list and block values. It never
 * evaluates anything (no anchors, tags or types), so a hostile file can only yield strings.
 */
export type FrontMatterValue = string | string[];

export interface FrontMatter {
  /** Lower-case keys, spaces and hyphens as underscores; null when the file has no front matter. */
  fields: Record<string, FrontMatterValue> | null;
  /** The text after the front matter (the whole text when there is none). */
  body: string;
}

// Clippers write a few dozen lines; past this an unclosed fence is body text, not metadata.
const MAX_LINES = 200;
const KEY_LINE = /^([A-Za-z_][\w .-]*?)\s*[:=](?:\s+(.*?)|\s*)$/;
const LIST_ITEM = /^\s*-\s+(.*)$|^\s*-$/;

export function readFrontMatter(text: string): FrontMatter {
  const lines = text.split(/\r\n|\r|\n/);
  let first = 0;
  while (first < lines.length && lines[first].trim() === '') first++;
  const fence = lines[first]?.trim();
  if (fence !== '---' && fence !== '+++') return { fields: null, body: text };

  const limit = Math.min(lines.length, first + 1 + MAX_LINES);
  let close = -1;
  for (let i = first + 1; i < limit; i++) {
    const t = lines[i].trim();
    if (t === fence || (fence === '---' && t === '...')) {
      close = i;
      break;
    }
  }
  if (close >= 0) {
    const fields = parseFields(lines.slice(first + 1, close));
    return { fields, body: lines.slice(close + 1).join('\n') };
  }
  // No closing fence: keep the leading run of key lines if there is one, else treat it all as body.
  let end = first + 1;
  while (end < limit && lines[end].trim() !== '' && (KEY_LINE.test(lines[end]) || LIST_ITEM.test(lines[end]) || /^\s/.test(lines[end]))) end++;
  const fields = parseFields(lines.slice(first + 1, end));
  if (Object.keys(fields).length === 0) return { fields: null, body: text };
  return { fields, body: lines.slice(end).join('\n') };
}

function parseFields(lines: string[]): Record<string, FrontMatterValue> {
  const fields: Record<string, FrontMatterValue> = {};
  let i = 0;
  while (i < lines.length) {
    const m = KEY_LINE.exec(lines[i]);
    i++;
    if (!m || /^\s/.test(lines[i - 1])) continue;
    const key = m[1].trim().toLowerCase().replace(/[\s-]+/g, '_');
    const raw = (m[2] ?? '').trim();
    // Lines indented under the key belong to it: list items, block scalars, nested maps.
    const nested: string[] = [];
    while (i < lines.length && (lines[i].trim() === '' || /^\s/.test(lines[i]) || (raw === '' && LIST_ITEM.test(lines[i])))) {
      nested.push(lines[i]);
      i++;
    }
    const value = parseValue(raw, nested);
    if (value !== null && !(key in fields)) fields[key] = value;
  }
  return fields;
}

function parseValue(raw: string, nested: string[]): FrontMatterValue | null {
  if (/^[|>][+-]?\d*$/.test(raw)) {
    // Metadata values are single-line for our purposes: literal and folded blocks read alike.
    return cleanScalar(nested.map((l) => l.trim()).join(' '));
  }
  if (raw === '') {
    const items = nested.filter((l) => LIST_ITEM.test(l)).map((l) => scalar(LIST_ITEM.exec(l)?.[1] ?? ''));
    const list = items.filter((x): x is string => x !== null);
    if (list.length > 0) return list;
    // A nested map (author: {name: …}): its name is what we want.
    const name = nested.map((l) => /^\s+name\s*:\s*(.+)$/i.exec(l)).find(Boolean);
    return name ? scalar(name[1]) : null;
  }
  if (raw.startsWith('[') && raw.endsWith(']') && !raw.startsWith('[[')) {
    const list = splitInlineList(raw.slice(1, -1)).map(scalar).filter((x): x is string => x !== null);
    return list.length ? list : null;
  }
  // A quoted string may continue on the following indented lines; YAML folds them with spaces.
  const joined = /^["']/.test(raw) && !closesQuote(raw) ? [raw, ...nested.map((l) => l.trim())].join(' ') : raw;
  return scalar(joined);
}

function scalar(raw: string): string | null {
  const s = raw.trim();
  if (s.startsWith('"')) return cleanScalar(unescapeDouble(s.slice(1, closingIndex(s, '"'))));
  if (s.startsWith("'")) return cleanScalar(s.slice(1, closingIndex(s, "'")).replace(/''/g, "'"));
  const plain = s.replace(/\s+#.*$/, '').trim();
  return plain === '' || plain === '~' || plain.toLowerCase() === 'null' ? null : cleanScalar(plain);
}

function closingIndex(s: string, quote: string): number {
  for (let i = 1; i < s.length; i++) {
    if (quote === '"' && s[i] === '\\') i++;
    else if (s[i] === quote) {
      if (quote === "'" && s[i + 1] === "'") i++;
      else return i;
    }
  }
  return s.length;
}

function closesQuote(s: string): boolean {
  return closingIndex(s, s[0]) < s.length;
}

function unescapeDouble(s: string): string {
  const map: Record<string, string> = { n: '\n', t: '\t', '"': '"', '\\': '\\', '/': '/', r: '', '0': '' };
  return s.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_, c: string) =>
    c.length === 5 ? String.fromCharCode(parseInt(c.slice(1), 16)) : (map[c] ?? c),
  );
}

function splitInlineList(s: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quote = '';
  for (const ch of s) {
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === ',') {
      out.push(cur);
      cur = '';
      continue;
    }
    cur += ch;
  }
  out.push(cur);
  return out;
}

function cleanScalar(s: string): string | null {
  const t = s.replace(/\s+/g, ' ').trim();
  return t === '' ? null : t;
}

/** The first field among keys that has a value; a list gives its items joined. */
export function pickField(fields: Record<string, FrontMatterValue> | null, keys: string[], join = ', '): string | null {
  if (!fields) return null;
  for (const k of keys) {
    const v = fields[k];
    if (typeof v === 'string') return v;
    if (Array.isArray(v) && v.length) return v.join(join);
  }
  return null;
}
