/**
 * One pass over the corpus: statistics of every candidate name word (casings, counts, documents,
 * outlets, neighbours), lower-case frequencies, and runs of adjacent name words (full names).
 * Positions are not kept: highlighting re-tokenises the one article on screen.
 */
import { isLowerCase, isNameShaped, scanDoc } from './candidates';

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
}

// Enough neighbours to recognise a shared context, few enough to bound memory on big corpora.
const MAX_NEIGHBOURS = 128;
const SAME_LINE_GAP = /^[ \t\u00a0]+$/;

export function addWord(acc: Map<string, WordAcc>, norm: string, word: string, docId: string, outlet: string, initial: boolean): WordAcc {
  let w = acc.get(norm);
  if (!w) {
    w = { texts: new Map(), count: 0, nonInitial: 0, documents: 0, lastDoc: '', outlets: new Map(), neighbours: new Set() };
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
  return w;
}

export function collectLexicon(docs: readonly CorpusDoc[]): Lexicon {
  const words = new Map<string, WordAcc>();
  const lower = new Map<string, number>();
  const runs: NameRun[] = [];
  for (const doc of docs) {
    const { candidates, tokens, tokenIndex } = scanDoc(doc.id, doc.text);
    for (const t of tokens) if (isLowerCase(t.text)) lower.set(t.norm, (lower.get(t.norm) ?? 0) + 1);
    let run: NameRun | null = null;
    candidates.forEach((c, k) => {
      const w = addWord(words, c.norm, c.word, doc.id, doc.outlet, c.initial);
      const ti = tokenIndex[k];
      for (const n of [tokens[ti - 1], tokens[ti + 1]]) {
        if (n && w.neighbours.size < MAX_NEIGHBOURS && n.norm !== c.norm && isNameShaped(n.text, n.norm)) w.neighbours.add(n.norm);
      }
      const joined = run !== null && k > 0 && tokenIndex[k - 1] === ti - 1 && SAME_LINE_GAP.test(doc.text.slice(candidates[k - 1].end, c.start));
      if (run && joined) {
        run.norms.push(c.norm);
        run.words.push(c.word);
      } else {
        if (run && run.norms.length > 1) runs.push(run);
        run = { outlet: doc.outlet, docId: doc.id, norms: [c.norm], words: [c.word] };
      }
    });
    if (run !== null && (run as NameRun).norms.length > 1) runs.push(run);
  }
  return { words, lower, runs };
}

/** A word written in lower case about as often as capitalised mid-sentence is a common word (Foreign, House). */
export function isNameWord(w: WordAcc, lowerCount: number): boolean {
  if (w.nonInitial === 0) return false;
  return lowerCount < 2 || lowerCount * 2 < w.nonInitial;
}

/** The casing most often written. */
export function commonText(texts: Map<string, number>): string {
  let best = '';
  let n = -1;
  for (const [t, c] of texts) if (c > n || (c === n && t < best)) [best, n] = [t, c];
  return best;
}
