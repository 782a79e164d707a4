import type { Sentence } from './types';

/** A quotation: the words inside the marks, and where the marks are. */
export interface QuoteSpan {
  /** Inner text range, trimmed of spaces and of a trailing comma/colon. */
  start: number;
  end: number;
  /** Position of the opening mark and just after the closing one (or paragraph end when left open). */
  outerStart: number;
  outerEnd: number;
  /** Runs to the end of its paragraph without a closing mark (the multi-paragraph quote convention). */
  open: boolean;
}

/**
 * Double-quoted passages (curly and straight), paragraph by paragraph. A straight quote
 * opens after a space or an opening bracket and closes before a space or punctuation;
 * when that is unclear it toggles. An unclosed quote runs to the paragraph's end, as news
 * style leaves a quote open when it continues in the next paragraph.
 */
export function findQuotes(text: string, sentences: readonly Sentence[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  for (const [start, end] of paragraphRanges(sentences)) {
    let openAt = -1;
    for (let i = start; i < end; i++) {
      const c = text[i];
      if (c !== '“' && c !== '”' && c !== '"') continue;
      const opening = c === '“' || (c === '"' && (openAt < 0 ? !closesHere(text, i) : opensHere(text, i) && !closesHere(text, i)));
      if (opening) {
        if (openAt >= 0) push(out, text, openAt, i, true);
        openAt = i;
      } else if (openAt >= 0) {
        push(out, text, openAt, i + 1, false);
        openAt = -1;
      }
    }
    if (openAt >= 0) push(out, text, openAt, end, true);
  }
  return out;
}

function opensHere(text: string, i: number): boolean {
  return i === 0 || /[\s(\[{—–-]/.test(text[i - 1]);
}

function closesHere(text: string, i: number): boolean {
  const next = text[i + 1];
  return i > 0 && !/\s/.test(text[i - 1]) && (next === undefined || /[\s\p{P}]/u.test(next));
}

function push(out: QuoteSpan[], text: string, outerStart: number, outerEnd: number, open: boolean): void {
  let s = outerStart + 1;
  let e = open ? outerEnd : outerEnd - 1;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /[\s,;:]/.test(text[e - 1])) e--;
  if (e > s) out.push({ start: s, end: e, outerStart, outerEnd, open });
}

function paragraphRanges(sentences: readonly Sentence[]): [number, number][] {
  const out: [number, number][] = [];
  let current = -1;
  for (const s of sentences) {
    if (s.paragraph === current) out[out.length - 1][1] = s.end;
    else out.push([s.start, s.end]);
    current = s.paragraph;
  }
  return out;
}
