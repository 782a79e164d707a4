import type { Sentence } from './types';
import { periodEndsSentence } from './abbreviations';

const BLANK_LINE = /\n(?:[^\S\n]*\n)+/g;
const TERMINAL = /[.!?…]+/g;

interface Span {
  start: number;
  end: number;
}

/**
 * Splits news text into sentences. Paragraphs are separated by blank lines; a single line
 * break also ends a sentence (captions, headings and credits sit on their own lines) unless
 * the next line plainly continues it (starts lower-case). Never throws; offsets are into `text`.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  for (const para of paragraphs(text)) {
    let emitted = false;
    for (const line of lines(text, para)) {
      for (const s of sentencesIn(text, line)) {
        out.push({ text: text.slice(s.start, s.end), start: s.start, end: s.end, paragraph });
        emitted = true;
      }
    }
    if (emitted) paragraph++;
  }
  return out;
}

function paragraphs(text: string): Span[] {
  const spans: Span[] = [];
  let from = 0;
  BLANK_LINE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BLANK_LINE.exec(text)) !== null) {
    spans.push({ start: from, end: m.index });
    from = m.index + m[0].length;
  }
  spans.push({ start: from, end: text.length });
  return spans;
}

/** Lines of a paragraph, joining a line onto the previous one when it starts lower-case. */
function lines(text: string, para: Span): Span[] {
  const spans: Span[] = [];
  let from = para.start;
  for (let i = para.start; i <= para.end; i++) {
    if (i < para.end && text[i] !== '\n') continue;
    if (i < para.end && /\p{Ll}/u.test(text[skipSpace(text, i + 1, para.end)] ?? '')) continue;
    spans.push({ start: from, end: i });
    from = i + 1;
  }
  return spans;
}

function skipSpace(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && /\s/.test(text[i])) i++;
  return i;
}

// Sticky patterns read at a position, so a long line is never re-sliced at each full stop.
const CLOSERS_AT = /["'”’»)\]*_]+/y;
const OPENERS_AT = /["'“‘«(\[*_]+/y;
const WORD_AT = /\S{0,40}/y;

function sentencesIn(text: string, span: Span): Span[] {
  // Work on the line alone: scanning the whole text for the next full stop from every line
  // would be quadratic on text with many lines and little punctuation.
  const line = text.slice(span.start, span.end);
  const out: Span[] = [];
  let from = 0;
  TERMINAL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TERMINAL.exec(line)) !== null) {
    const end = m.index + m[0].length + matchAt(CLOSERS_AT, line, m.index + m[0].length);
    if (end < line.length && !/\s/.test(line[end])) continue;
    const next = skipSpace(line, end, line.length);
    const wordStart = next + matchAt(OPENERS_AT, line, next);
    const nextWord = line.slice(wordStart, wordStart + matchAt(WORD_AT, line, wordStart));
    if (next < line.length && !startsSentence(nextWord)) continue;
    if (m[0] !== '.' && end > m.index + m[0].length && attributionFollows(line, wordStart + nextWord.length)) continue;
    if (m[0] === '.' && !periodEndsSentence(wordBefore(line, m.index), nextWord.replace(/[\p{P}]+$/u, ''))) continue;
    pushTrimmed(out, line, from, end, span.start);
    from = end;
  }
  pushTrimmed(out, line, from, line.length, span.start);
  return out;
}

function matchAt(re: RegExp, text: string, at: number): number {
  re.lastIndex = at;
  return re.exec(text)?.[0].length ?? 0;
}

// '“…wall!” Fox told' and '"A circus?" Beck asked': a name and a speech verb after a closing
// quote continue the sentence.
const ATTRIBUTION = /^\s+(?:said|says|asked|asks|told|tells|added|adds|replied|wrote|insisted|declared|shouted)\b/;

function attributionFollows(line: string, afterWord: number): boolean {
  return ATTRIBUTION.test(line.slice(afterWord, afterWord + 20));
}

// Lower-case after a terminal ("?” he asked", "relatable ... everyday guy") continues the sentence.
function startsSentence(nextWord: string): boolean {
  return !/^\p{Ll}/u.test(nextWord);
}

// Abbreviations are short: looking back 40 characters is enough and keeps long runs linear.
function wordBefore(text: string, at: number): string {
  let i = at;
  const stop = Math.max(0, at - 40);
  while (i > stop && !/\s/.test(text[i - 1])) i--;
  return text.slice(i, at);
}

function pushTrimmed(out: Span[], text: string, from: number, to: number, base: number): void {
  const start = skipSpace(text, from, to);
  let end = to;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ start: base + start, end: base + end });
}
