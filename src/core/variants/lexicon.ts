/**
 * One pass over the corpus: statistics of every candidate name word (casings, counts, documents,
 * outlets, neighbours), lower-case frequencies, and runs of adjacent name words (full names).
 * Positions are not kept: highlighting re-tokenises the one article on screen.
 */
import { isLowerCase, isNameShaped, scanDoc } from './candidates';
import type { EnglishLexicon } from './english';

export interface CorpusDoc {
  id: string;
  outlet: string;
  text: string;
}

export interface WordAcc {
  texts: Map<string, number>;
  count: number;
  /** Occurrences that are not sentence- or headline-initial: the evidence that this is a name. */
  nonInitial: number;
  documents: number;
  lastDoc: string;
  outlets: Map<string, number>;
  /** Capitalised words written right before or after it: the company a name keeps (Shamima Begum). */
  neighbours: Set<string>;
  /** Indexes of the documents it is used in (see Lexicon.docs), in order. */
  docs: number[];
  /** Sentences (see Lexicon.sentences) in which it stands with other capitalised words; capped. */
  sentences: number[];
  /** Per lower-cased written form (José / Jose share one folded word): its own statistics. */
  forms: Map<string, FormAcc>;
}

export interface FormAcc {
  texts: Map<string, number>;
  count: number;
  documents: number;
  lastDoc: string;
  outlets: Map<string, number>;
}

/** Adjacent candidate words (Sergei Lavrov), as folded words and as written. */
export interface NameRun {
  outlet: string;
  docId: string;
  norms: string[];
  words: string[];
}

export interface Lexicon {
  words: Map<string, WordAcc>;
  lower: Map<string, number>;
  runs: NameRun[];
  /** How many documents were read: the scale for how specific a co-occurring name is. */
  docCount: number;
  /** Folded capitalised words of each sentence that has two or more of them. */
  sentences: string[][];
}

// Enough neighbours to recognise a shared context, few enough to bound memory on big corpora.
const MAX_NEIGHBOURS = 128;
/** Only spaces or tabs between two words (no comma, no line break): one name runs on. Read in place: this runs for every name word. */
function plainGap(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0xa0) return false;
  }
  return true;
}
// Sentences a word keeps for shared-name evidence: enough to see its company, bounded for big folders.
const MAX_SENTENCES = 64;
// Text between two capitalised words that ends a sentence: a full stop, question or exclamation
// mark followed by a space, or a line break.
const SENTENCE_END = /[.!?]["'”’)]*\s|\n/g;

export function addWord(acc: Map<string, WordAcc>, norm: string, word: string, docId: string, outlet: string, initial: boolean): WordAcc {
  let w = acc.get(norm);
  if (!w) {
    w = { texts: new Map(), count: 0, nonInitial: 0, documents: 0, lastDoc: '', outlets: new Map(), neighbours: new Set(), docs: [], sentences: [], forms: new Map() };
    acc.set(norm, w);
  }
  w.texts.set(word, (w.texts.get(word) ?? 0) + 1);
  w.count++;
  if (!initial) w.nonInitial++;
  if (w.lastDoc !== docId) {
    w.documents++;
    w.lastDoc = docId;
  }
  w.outlets.set(outlet, (w.outlets.get(outlet) ?? 0) + 1);
  // Forms apart only by accents: apostrophes and hyphens are folded away (I'm / Im is no spelling).
  const lower = word.toLowerCase().replace(/['’‘-]/g, '');
  let f = w.forms.get(lower);
  if (!f) w.forms.set(lower, (f = { texts: new Map(), count: 0, documents: 0, lastDoc: '', outlets: new Map() }));
  f.texts.set(word, (f.texts.get(word) ?? 0) + 1);
  f.count++;
  if (f.lastDoc !== docId) [f.documents, f.lastDoc] = [f.documents + 1, docId];
  f.outlets.set(outlet, (f.outlets.get(outlet) ?? 0) + 1);
  return w;
}

export function collectLexicon(docs: readonly CorpusDoc[]): Lexicon {
  const words = new Map<string, WordAcc>();
  const lower = new Map<string, number>();
  const runs: NameRun[] = [];
  const sentences: string[][] = [];
  let sentence = new Set<string>();
  const endSentence = (): void => {
    if (sentence.size >= 2) {
      const id = sentences.length;
      const list = [...sentence];
      sentences.push(list);
      for (const norm of list) {
        const w = words.get(norm)!;
        if (w.sentences.length < MAX_SENTENCES) w.sentences.push(id);
      }
    }
    sentence = new Set();
  };
  docs.forEach((doc, docIndex) => {
    const { candidates, tokens, tokenIndex } = scanDoc(doc.id, doc.text);
    for (const t of tokens) if (isLowerCase(t.text)) lower.set(t.norm, (lower.get(t.norm) ?? 0) + 1);
    let run: NameRun | null = null;
    // Sentence ends found in one pass over the text; candidates walk along them in order.
    SENTENCE_END.lastIndex = 0;
    let nextEnd = SENTENCE_END.exec(doc.text)?.index ?? Infinity;
    candidates.forEach((c, k) => {
      if (nextEnd < c.start) {
        if (k > 0 && nextEnd >= candidates[k - 1].end) endSentence();
        while (nextEnd < c.start) {
          SENTENCE_END.lastIndex = Math.max(SENTENCE_END.lastIndex, nextEnd + 1);
          nextEnd = SENTENCE_END.exec(doc.text)?.index ?? Infinity;
        }
      }
      const w = addWord(words, c.norm, c.word, doc.id, doc.outlet, c.initial);
      if (w.docs[w.docs.length - 1] !== docIndex) w.docs.push(docIndex);
      sentence.add(c.norm);
      const ti = tokenIndex[k];
      // Only words in the same name: "Muhammad Afzal, Mohammed Islam" makes Afzal no neighbour of Mohammed.
      const before = tokens[ti - 1];
      const after = tokens[ti + 1];
      if (w.neighbours.size < MAX_NEIGHBOURS) {
        if (before && before.norm !== c.norm && plainGap(doc.text, before.start + before.text.length, c.start) && isNameShaped(before.text, before.norm)) w.neighbours.add(before.norm);
        if (after && after.norm !== c.norm && plainGap(doc.text, c.end, after.start) && isNameShaped(after.text, after.norm)) w.neighbours.add(after.norm);
      }
      const joined = run !== null && k > 0 && tokenIndex[k - 1] === ti - 1 && plainGap(doc.text, candidates[k - 1].end, c.start);
      if (run && joined) {
        run.norms.push(c.norm);
        run.words.push(c.word);
      } else {
        if (run && run.norms.length > 1) runs.push(run);
        run = { outlet: doc.outlet, docId: doc.id, norms: [c.norm], words: [c.word] };
      }
    });
    if (run !== null && (run as NameRun).norms.length > 1) runs.push(run);
    endSentence();
  });
  return { words, lower, runs, docCount: docs.length, sentences };
}

/**
 * Whether a capitalised word is a name. The folder decides first: a word it also writes in lower
 * case mid-sentence (princes, park, foreign) is a common word. A word that only ever opens a
 * sentence or a headline is a name only if English does not use it as a common word either
 * ("Zelenskiy said…" at every sentence start is a name; "Officials said…" is not).
 */
export function isNameWord(norm: string, w: WordAcc, lowerCount: number, english: EnglishLexicon): boolean {
  if (lowerCount >= 3 || (lowerCount > 0 && lowerCount * 10 >= w.nonInitial)) return false;
  if (w.nonInitial > 0) return true;
  return lowerCount === 0 && norm.length >= MIN_INITIAL_ONLY && !english.isCommonWord(norm);
}

// Shorter sentence openers are too often abbreviations or fragments to be taken as names unseen elsewhere.
const MIN_INITIAL_ONLY = 4;

/** The casing most often written. */
export function commonText(texts: Map<string, number>): string {
  let best = '';
  let n = -1;
  for (const [t, c] of texts) if (c > n || (c === n && t < best)) [best, n] = [t, c];
  return best;
}
