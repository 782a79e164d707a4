/**
 * Builds the variant model of a corpus: candidate words → name words (not common in lower case)
 * → anchored word groups → full-name groups, then applies the user's decisions.
 */
import { clusterSpellings, type ClusterItem } from './cluster';
import { prepare, type Prepared } from './compare';
import { foldTranslit } from './translit';
import { resolveGroups } from './decisions';
import { collectLexicon, commonText, isNameWord, type CorpusDoc, type WordAcc } from './lexicon';
import { buildNameGroups } from './names';
import { EMPTY_DECISIONS, own, type BaseModel, type SpellingStat, type VariantDecisions, type VariantGroup, type VariantModel } from './types';

/** A neighbour that itself has more distinct neighbours than this is too common to be evidence. */
const SPECIFIC_NEIGHBOUR = 12;

/** Longest run of adjacent name words treated as one full name. */
const MAX_NAME_WORDS = 4;

function stat(w: { texts: Map<string, number>; count: number; documents: number; outlets: Map<string, number> }): SpellingStat {
  return { text: commonText(w.texts), count: w.count, documents: w.documents, outlets: Object.fromEntries(w.outlets) };
}

export function buildBaseModel(docs: readonly CorpusDoc[]): BaseModel {
  const lex = collectLexicon(docs);
  const nameWords = new Map<string, WordAcc>();
  for (const [norm, w] of lex.words) if (isNameWord(w, lex.lower.get(norm) ?? 0)) nameWords.set(norm, w);
  const words: Record<string, SpellingStat> = {};
  const prepared = new Map<string, Prepared>();
  for (const [norm, w] of nameWords) {
    words[norm] = stat(w);
    prepared.set(norm, prepare(words[norm].text));
  }
  // Neighbours compared by sound, so Volodymyr Zelenskyy and Wolodymyr Selenskyj share a context;
  // and only specific ones: "Paul" stands beside too many surnames to say two of them are one.
  const phonCache = new Map<string, string>();
  const phon = (norm: string): string => {
    let f = prepared.get(norm)?.phon.form ?? phonCache.get(norm);
    if (f === undefined) phonCache.set(norm, (f = foldTranslit(norm).form));
    return f;
  };
  const specific = (norm: string): boolean => (lex.words.get(norm)?.neighbours.size ?? 0) <= SPECIFIC_NEIGHBOUR;
  const items: ClusterItem[] = [...nameWords].map(([norm, w]) => ({
    norm,
    count: w.count,
    prepared: prepared.get(norm)!,
    neighbours: new Map([...w.neighbours].filter(specific).map((n) => [phon(n), n])),
  }));
  const groups = clusterSpellings(items);
  const names = new Map<string, { texts: Map<string, number>; count: number; documents: number; lastDoc: string; outlets: Map<string, number> }>();
  for (const run of lex.runs) {
    // A common word inside a run (Foreign Minister Sergey Lavrov) ends one name and starts the next.
    let piece: number[] = [];
    const flush = (): void => {
      if (piece.length >= 2 && piece.length <= MAX_NAME_WORDS) {
        const norm = piece.map((i) => run.norms[i]).join(' ');
        const text = piece.map((i) => run.words[i]).join(' ');
        let n = names.get(norm);
        if (!n) names.set(norm, (n = { texts: new Map(), count: 0, documents: 0, lastDoc: '', outlets: new Map() }));
        n.texts.set(text, (n.texts.get(text) ?? 0) + 1);
        n.count++;
        if (n.lastDoc !== run.docId) [n.documents, n.lastDoc] = [n.documents + 1, run.docId];
        n.outlets.set(run.outlet, (n.outlets.get(run.outlet) ?? 0) + 1);
      }
      piece = [];
    };
    run.norms.forEach((norm, i) => (nameWords.has(norm) ? piece.push(i) : flush()));
    flush();
  }
  const nameStats: Record<string, SpellingStat> = {};
  for (const [norm, n] of names) nameStats[norm] = stat(n);
  return { groups, words, names: nameStats };
}

/** The model the app shows: automatic groups with the decisions applied. */
export function applyDecisions(model: VariantModel | BaseModel, decisions: VariantDecisions): VariantModel {
  const base = 'base' in model ? model.base : model;
  const resolved = resolveGroups(base, decisions);
  const groupOfSpelling = new Map<string, string>();
  const groups: VariantGroup[] = resolved.map((r) => {
    const id = `w:${r.anchor}`;
    const spellings = [{ norm: r.anchor, reason: 'anchor' }, ...r.members].map(({ norm, reason }) => {
      groupOfSpelling.set(norm, id);
      const s = own(base.words, norm) ?? { text: norm, count: 0, documents: 0, outlets: {} };
      return { ...s, reason };
    });
    spellings.sort((a, b) => (a.reason === 'anchor' ? -1 : b.reason === 'anchor' ? 1 : b.count - a.count));
    return { id, label: spellings[0].text, spellings };
  });
  groups.sort((a, b) => b.spellings[0].count - a.spellings[0].count || (a.id < b.id ? -1 : 1));
  const names = buildNameGroups(base.names, resolved, groupOfSpelling);
  return { version: 1, groups, names, groupOfSpelling, base, decisions };
}

export function buildVariantModel(docs: readonly CorpusDoc[], decisions: VariantDecisions = EMPTY_DECISIONS): VariantModel {
  return applyDecisions(buildBaseModel(docs), decisions);
}
