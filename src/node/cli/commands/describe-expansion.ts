import type { ExpansionSpelling, QueryExpansion } from '../../../shared/search-types';

const counted = (s: ExpansionSpelling) => `${s.text} (${s.count})`;

/**
 * A query word's other spellings as the CLI prints them, in the header's two kinds:
 *   Sergei — also matched Sergey (1), Sergay (1)
 *   Sony — maybe also Sonny (7)? Add with --also Sonny
 * A suggestion added with --also is listed as matched, marked "added".
 */
export function describeExpansion(x: QueryExpansion): string[] {
  const matched = x.spellings.filter((s) => s.enabled).map((s) => (s.confidence === 'possible' ? `${counted(s)} added` : counted(s)));
  const maybe = x.spellings.filter((s) => s.confidence === 'possible' && !s.enabled);
  const lines: string[] = [];
  if (matched.length) lines.push(`${x.word} — also matched ${matched.join(', ')}`);
  if (maybe.length) {
    const add = maybe.map((s) => `--also ${quoted(s.text)}`).join(' ');
    lines.push(`${x.word} — maybe also ${maybe.map(counted).join(', ')}? Add with ${add}`);
  }
  return lines;
}

/** A spelling as typed on a shell command line: quoted when it holds anything but letters. */
function quoted(text: string): string {
  return /^[\p{L}\p{N}’-]+$/u.test(text) ? text : `"${text.replace(/(["\\$`])/g, '\\$1')}"`;
}
