import { FIELDS, type Field } from './index-terms';
import { QueryError } from './query-error';

export type Presence = 'optional' | 'required' | 'prohibited';

/** One clause of a user query: a word (maybe with wildcards or fuzziness) or a quoted phrase. */
export interface Clause {
  kind: 'term' | 'phrase';
  /** The words as typed (a phrase keeps its inner text). */
  text: string;
  presence: Presence;
  fields: Field[] | null;
  wildcard: boolean;
  fuzzy: number;
  boost: number;
}

const MAX_CLAUSES = 32;

/**
 * Parses lunr-style syntax (+must -not field:word wild* fuzzy~1 word^2) plus "quoted phrases",
 * which lunr lacks. Everything the user can get wrong becomes a QueryError with a message
 * that says how to write it instead; nothing here throws anything else.
 */
export function parseQuery(input: string): Clause[] {
  const clauses: Clause[] = [];
  let i = 0;
  const s = input.replace(/[“”„«»]/g, '"');
  while (i < s.length) {
    while (i < s.length && /\s/.test(s[i])) i++;
    if (i >= s.length) break;
    let presence: Presence = 'optional';
    if (s[i] === '+' || s[i] === '-') {
      presence = s[i] === '+' ? 'required' : 'prohibited';
      i++;
    }
    let fields: Field[] | null = null;
    const fieldMatch = /^([\p{L}\p{N}_]+):/u.exec(s.slice(i));
    if (fieldMatch) {
      const name = fieldMatch[1].toLowerCase();
      if (!(FIELDS as readonly string[]).includes(name)) {
        throw new QueryError(`"${fieldMatch[1]}:" is not a field. Search a field with ${FIELDS.map((f) => f + ':word').join(', ')}.`);
      }
      fields = [name as Field];
      i += fieldMatch[0].length;
      if (i >= s.length || /\s/.test(s[i])) throw new QueryError(`"${name}:" needs a word after it, like ${name}:lavrov.`);
    }
    if (s[i] === '"') {
      const close = s.indexOf('"', i + 1);
      if (close < 0) throw new QueryError('A quotation mark is not closed: end the phrase with another ".');
      const text = s.slice(i + 1, close).trim();
      if (!text) throw new QueryError('Empty quotes: put the words of the phrase between them.');
      i = close + 1;
      const { fuzzy, boost, rest } = readModifiers(s, i, text);
      if (fuzzy) throw new QueryError('A phrase cannot be fuzzy: use ~ on single words.');
      i = rest;
      clauses.push({ kind: 'phrase', text, presence, fields, wildcard: false, fuzzy: 0, boost });
    } else {
      let j = i;
      while (j < s.length && !/\s/.test(s[j]) && s[j] !== '~' && s[j] !== '^' && s[j] !== '"') j++;
      const text = s.slice(i, j);
      const { fuzzy, boost, rest } = readModifiers(s, j, text);
      i = rest;
      clauses.push(termClause(text, presence, fields, fuzzy, boost));
    }
    if (clauses.length > MAX_CLAUSES) throw new QueryError(`Too many words: a query can have at most ${MAX_CLAUSES}.`);
  }
  return clauses;
}

function termClause(text: string, presence: Presence, fields: Field[] | null, fuzzy: number, boost: number): Clause {
  if (!text) {
    if (fuzzy) throw new QueryError('"~" needs a word before it, like lavrov~1.');
    if (boost !== 1) throw new QueryError('"^" needs a word before it, like lavrov^2.');
    throw new QueryError(presence === 'optional' ? 'Nothing to search for.' : '"+" and "-" need a word right after them, like +lavrov or -truss.');
  }
  const wildcard = text.includes('*');
  if (wildcard) {
    const literal = text.replace(/\*/g, '');
    if ([...literal].length < 2) {
      throw new QueryError(`"${text}" would match almost every word: give at least two letters, like sanc*.`);
    }
    if (fuzzy) throw new QueryError('A word cannot have both * and ~.');
  }
  return { kind: 'term', text, presence, fields, wildcard, fuzzy, boost };
}

/** Reads a trailing ~N and ^N (either order). */
function readModifiers(s: string, i: number, word: string): { fuzzy: number; boost: number; rest: number } {
  let fuzzy = 0;
  let boost = 1;
  for (let k = 0; k < 2 && i < s.length; k++) {
    if (s[i] === '~') {
      const m = /^~(\d*)/.exec(s.slice(i))!;
      if (!word) throw new QueryError('"~" needs a word before it, like lavrov~1.');
      fuzzy = m[1] ? Math.min(Number(m[1]), 2) : 1;
      if (fuzzy === 0 && m[1]) fuzzy = 0;
      i += m[0].length;
    } else if (s[i] === '^') {
      const m = /^\^(\d+(?:\.\d+)?)?/.exec(s.slice(i))!;
      if (!word) throw new QueryError('"^" needs a word before it, like lavrov^2.');
      if (!m[1]) throw new QueryError(`"${word}^" needs a number after the ^, like ${word}^2.`);
      boost = Math.min(Number(m[1]), 100);
      i += m[0].length;
    }
  }
  if (i < s.length && !/\s/.test(s[i]) && s[i] !== '"') {
    throw new QueryError(`Unexpected "${s[i]}" after "${word}": modifiers go at the end, like word~1 or word^2.`);
  }
  return { fuzzy, boost, rest: i };
}
