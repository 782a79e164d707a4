import { describe, expect, it } from 'vitest';
import { tokenize, words } from './tokenize';

describe('tokenize', () => {
  it('keeps non-ASCII words that lunr’s trimmer would lose', () => {
    expect(words('Café in Москва and 東京, résumé!')).toEqual(['cafe', 'in', 'москва', 'and', '東京', 'resume']);
  });
  it('drops possessives and keeps offsets on the source', () => {
    const text = 'Zelenskyy’s aide met Truss\'s team.';
    const toks = tokenize(text);
    expect(toks.map((t) => t.norm)).toEqual(['zelenskyy', 'aide', 'met', 'truss', 'team']);
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
  it('keeps numbers with separators together', () => {
    expect(words('2,000 anti-tank weapons and £1.8bn')).toEqual(['2000', 'anti', 'tank', 'weapons', 'and', '1.8bn']);
  });
  it('never throws on odd input', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize('\u0000\uD800 ~~ ^^ ::')).toEqual([]);
  });
});
