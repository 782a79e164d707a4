import type { Sentence } from './types';
import { periodEndsSentence } from './abbreviations';

const BLANK_LINE = /\n(?:[^\S\n]*\n)+/g;
const TERMINAL = /[.!?…]+/g;
const CLOSERS = /^["'”’»)\]*_]+/;
const OPENERS = /^["'“‘«(\[*_]+/;

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
    const next = text.slice(i + 1, para.end).trimStart();
    if (i < para.end && /^\p{Ll}/u.test(next)) continue;
    spans.push({ start: from, end: i });
    from = i + 1;
  }
  return spans;
}

function sentencesIn(text: string, span: Span): Span[] {
  const out: Span[] = [];
  const chunk = text.slice(span.start, span.end);
  let from = 0;
  TERMINAL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TERMINAL.exec(chunk)) !== null) {
    let end = m.index + m[0].length;
    end += CLOSERS.exec(chunk.slice(end))?.[0].length ?? 0;
    const rest = chunk.slice(end);
    if (rest !== '' && !/^\s/.test(rest)) continue;
    const after = rest.trimStart();
    const nextWord = /^\S*/.exec(after.replace(OPENERS, ''))?.[0] ?? '';
    if (after !== '' && !startsSentence(nextWord)) continue;
    if (m[0] === '.' && !periodEndsSentence(wordBefore(chunk, m.index), nextWord.replace(/[\p{P}]+$/u, ''))) continue;
    pushTrimmed(out, chunk, from, end, span.start);
    from = end;
  }
  pushTrimmed(out, chunk, from, chunk.length, span.start);
  return out;
}

// Lower-case after a terminal ("?” he asked", "relatable ... everyday guy") continues the sentence.
function startsSentence(nextWord: string): boolean {
  return !/^\p{Ll}/u.test(nextWord);
}

function wordBefore(chunk: string, at: number): string {
  let i = at;
  while (i > 0 && !/\s/.test(chunk[i - 1])) i--;
  return chunk.slice(i, at);
}

function pushTrimmed(out: Span[], chunk: string, from: number, to: number, base: number): void {
  const piece = chunk.slice(from, to);
  const lead = piece.length - piece.trimStart().length;
  const trail = piece.length - piece.trimEnd().length;
  if (piece.trim() === '') return;
  out.push({ start: base + from + lead, end: base + to - trail });
}
