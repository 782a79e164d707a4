import type { Token } from '../text/tokenize';

/**
 * Joins dotted initialisms the tokenizer splits ("U.K." → one token "U.K" with norm "uk"),
 * so "U.K." and "UK" compare as one name and differ only in punctuation.
 */
export function joinInitialisms(text: string, tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let j = i;
    while (j + 1 < tokens.length && isLetter(tokens[j]) && isLetter(tokens[j + 1]) && text.slice(tokens[j].end, tokens[j + 1].start) === '.') j++;
    if (j > i && text[tokens[j].end] === '.') {
      const parts = tokens.slice(i, j + 1);
      out.push({ text: text.slice(tokens[i].start, tokens[j].end), start: tokens[i].start, end: tokens[j].end, norm: parts.map((t) => t.norm).join('') });
      i = j;
    } else out.push(tokens[i]);
  }
  return out;
}

const isLetter = (t: Token) => t.text.length === 1 && /\p{L}/u.test(t.text);
