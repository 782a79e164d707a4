/**
 * Builds the variant model of a corpus: candidate words → name words (not common words in the
 * folder or in English) → anchored word groups joined on the folder's evidence → full-name
 * groups, then applies the user's decisions.
 */
import { reasonOfMatch, type SpellingReason } from '../../shared/variant-rules';
import { clusterSpellings, type Cluster, type ClusterItem, type PairObserver } from './cluster';
import { prepare, reasonOf, type Prepared, type Verdict } from './compare';
import { NO_ENGLISH, type EnglishLexicon } from './english';
import { soundKey } from './keys';
import { weighJoin, type Companion, type Join } from './evidence';
import { resolveGroups } from './decisions';
import { collectLexicon, commonText, isNameWord, type CorpusDoc, type FormAcc, type Lexicon, type WordAcc } from './lexicon';
import { buildNameGroups } from './names';
import { EMPTY_DECISIONS, own, type BaseModel, type GroupMember, type SpellingInfo, type SpellingStat, type VariantDecisions, type VariantGroup, type VariantModel } from './types';

/** A neighbour that itself has more distinct neighbours than this is too common to be evidence. */
const SPECIFIC_NEIGHBOUR = 12;

/** Longest run of adjacent name words treated as one full name. */
const MAX_NAME_WORDS = 4;

export interface BuildOptions {
  /** English words and names (a dictionary); without it only the folder says what is a common word. */
  english?: EnglishLexicon;
  /** Told of every pair weighed, joined or not (for the evals). */
  observe?: PairObserver;
}

function stat(w: FormAcc): SpellingStat {
  return { text: commonText(w.texts), count: w.count, documents: w.documents, outlets: Object.fromEntries(w.outlets) };
}

function wordStat(w: WordAcc): SpellingStat {
  const s = stat(w);
  if (w.forms.size > 1) s.forms = [...w.forms.values()].map(stat).sort((a, b) => b.count - a.count || (a.text < b.text ? -1 : 1));
  return s;
}

/**
 * The name words of one sentence as companions, keyed by sound so that Hnatyuk and Gnatyuk count
 * as one, each weighted by how rare it is in the folder.
 */
function companionsIn(lex: Lexicon, nameWords: Map<string, WordAcc>, key: (norm: string) => string, english: EnglishLexicon): (id: number) => Companion[] {
  const cache = new Map<number, Companion[]>();
  return (id) => {
    let list = cache.get(id);
    if (list) return list;
    list = [];
    for (const norm of lex.sentences[id]) {
      const w = nameWords.get(norm);
      // A capitalised common word (the Ministry, Reception House) names no one in particular.
      if (w && !english.isCommonWord(norm)) list.push({ key: key(norm), weight: Math.log(1 + lex.docCount / w.docs.length), text: commonText(w.texts) });
    }
    cache.set(id, list);
    return list;
  };
}

export function buildBaseModel(docs: readonly CorpusDoc[], options: BuildOptions = {}): BaseModel {
  const english = remembered(options.english ?? NO_ENGLISH);
  const lex = collectLexicon(docs);
  const nameWords = new Map<string, WordAcc>();
  for (const [norm, w] of lex.words) if (isNameWord(norm, w, lex.lower.get(norm) ?? 0, english)) nameWords.set(norm, w);
  const words: Record<string, SpellingStat> = {};
  const prepared = new Map<string, Prepared>();
  for (const [norm, w] of nameWords) {
    words[norm] = wordStat(w);
    prepared.set(norm, prepare(words[norm].text));
  }
  // Neighbours compared by their romanised form, so Volodymyr Zelenskyy and Wolodymyr Selenskyj
  // share a context; and only specific name words: "Paul" stands beside too many surnames, and
  // "Minister" is no name, to say two of them are one.
  const specific = (norm: string): boolean => nameWords.has(norm) && (lex.words.get(norm)?.neighbours.size ?? 0) <= SPECIFIC_NEIGHBOUR;
  // Longer names by their sounds, so Hnatyuk and Gnatyuk meet too; short ones in full, where
  // sound classes would match too much (Bebo, Bobby).
  const codeCache = new Map<string, string>();
  const code = (norm: string): string => {
    let c = codeCache.get(norm);
    if (c !== undefined) return c;
    const form = prepared.get(norm)?.phon.form ?? norm;
    c = form.length >= 6 ? soundKey(form) : form;
    codeCache.set(norm, c);
    return c;
  };
  const itemsKeyedBy = (key: (norm: string) => string, only?: Iterable<string>): Map<string, ClusterItem> => {
    const companions = companionsIn(lex, nameWords, key, english);
    const out = new Map<string, ClusterItem>();
    for (const norm of only ?? nameWords.keys()) {
      const w = nameWords.get(norm)!;
      out.set(norm, {
        norm,
        count: w.count,
        text: words[norm].text,
        prepared: prepared.get(norm)!,
        key: key(norm),
        // A neighbour that sounds like the word itself is its own variant beside it (Abiyote Abate), not company.
        neighbours: new Map([...w.neighbours].filter((n) => specific(n) && key(n) !== key(norm)).map((n) => [key(n), words[n].text])),
        company: new Set([...w.neighbours].filter((n) => nameWords.has(n) && key(n) !== key(norm)).map(key)),
        context: {
          docs: w.docs,
          outlets: words[norm].outlets,
          sentences: w.sentences,
          companions,
          english: english.isCommonWord(norm) || english.isProperName(norm),
        },
      });
    }
    return out;
  };
  const weighed: { anchor: ClusterItem; item: ClusterItem; verdict: Verdict; join: Join | null }[] = [];
  const groups = clusterSpellings([...itemsKeyedBy(code).values()], lex.docCount, (anchor, item, verdict, join) => weighed.push({ anchor, item, verdict, join }));
  lateJoins(groups, weighed, (norms) => {
    // Companions are compared by their groups now: Mohammed Qassem and Muhammad Qasim share a
    // full name once Qassem and Qasim are one name.
    const anchorOf = new Map<string, string>();
    for (const g of groups) for (const m of g.members) anchorOf.set(m.norm, g.anchor);
    return itemsKeyedBy((norm) => code(anchorOf.get(norm) ?? norm), norms);
  }, lex, nameWords, lex.docCount);
  if (options.observe) for (const p of weighed) options.observe(p.anchor, p.item, p.verdict, p.join);
  // A word that only differs by accents across the folder (José / Jose) is a group of its own.
  const grouped = new Set(groups.flatMap((g) => [g.anchor, ...g.members.map((m) => m.norm)]));
  for (const [norm, s] of Object.entries(words)) if (s.forms && !grouped.has(norm)) groups.push({ anchor: norm, members: [] });
  const names = new Map<string, FormAcc>();
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

/** The dictionary's answers kept per word: both passes and every sentence ask about the same words. */
function remembered(english: EnglishLexicon): EnglishLexicon {
  const common = new Map<string, boolean>();
  const proper = new Map<string, boolean>();
  const ask = (cache: Map<string, boolean>, norm: string, look: (n: string) => boolean): boolean => {
    let v = cache.get(norm);
    if (v === undefined) cache.set(norm, (v = look(norm)));
    return v;
  };
  return { isCommonWord: (n) => ask(common, n, english.isCommonWord), isProperName: (n) => ask(proper, n, english.isProperName) };
}

/**
 * A second look at the pairs the first pass left apart, now that it is known which neighbours and
 * companions are one name: only pairs touching a word beside or in a sentence with a grouped
 * spelling can change, and only a spelling still on its own may join an anchor.
 */
function lateJoins(
  groups: Cluster[],
  weighed: { anchor: ClusterItem; item: ClusterItem; verdict: Verdict; join: Join | null }[],
  rekey: (norms: Set<string>) => Map<string, ClusterItem>,
  lex: Lexicon,
  nameWords: Map<string, WordAcc>,
  docCount: number,
): void {
  const members = groups.flatMap((g) => g.members.map((m) => m.norm));
  if (members.length === 0) return;
  const affected = new Set<string>();
  for (const m of members) {
    const w = nameWords.get(m);
    if (!w) continue;
    for (const n of w.neighbours) affected.add(n);
    for (const id of w.sentences) for (const n of lex.sentences[id]) affected.add(n);
  }
  const inGroup = new Set(groups.flatMap((g) => [g.anchor, ...g.members.map((m) => m.norm)]));
  const open = weighed.filter((p) => !p.join && !inGroup.has(p.item.norm) && (affected.has(p.item.norm) || affected.has(p.anchor.norm)));
  if (open.length === 0) return;
  const items = rekey(new Set(open.flatMap((p) => [p.anchor.norm, p.item.norm])));
  const byAnchor = new Map(groups.map((g) => [g.anchor, g]));
  for (const p of open) {
    if (inGroup.has(p.item.norm)) continue;
    // Only onto a spelling that stands as an anchor (grouped or alone), never onto a member.
    if (inGroup.has(p.anchor.norm) && !byAnchor.has(p.anchor.norm)) continue;
    const anchor = items.get(p.anchor.norm)!;
    const item = items.get(p.item.norm)!;
    const join = weighJoin({ anchor, item, texts: { anchor: anchor.text ?? anchor.norm, item: item.text ?? item.norm }, docCount }, p.verdict);
    if (!join) continue;
    p.join = join;
    let g = byAnchor.get(p.anchor.norm);
    if (!g) {
      g = { anchor: p.anchor.norm, members: [] };
      groups.push(g);
      byAnchor.set(g.anchor, g);
      inGroup.add(g.anchor);
    }
    g.members.push({ norm: item.norm, why: reasonOf(p.verdict), ...join });
    inGroup.add(item.norm);
  }
}

const ANCHOR: Pick<GroupMember, 'why' | 'evidence' | 'confidence'> = { why: reasonOfMatch('anchor'), evidence: [{ kind: 'anchor' }], confidence: 'high' };
// An accented form of a word: the letters are the word's, less its accents.
const ACCENTS: SpellingReason = { match: 'romanisation', romanisation: ['diacritics'], shifts: [] };

/** One group's spellings: each word, and each accented form of it as a spelling of its own. */
function spellingsOf(base: BaseModel, anchor: string, members: GroupMember[]): SpellingInfo[] {
  const out: SpellingInfo[] = [];
  for (const m of [{ norm: anchor, ...ANCHOR }, ...members]) {
    const s = own(base.words, m.norm) ?? { text: m.norm, count: 0, documents: 0, outlets: {} };
    const { forms, ...rest } = s;
    if (!forms) {
      out.push({ ...rest, reasons: [m.why], evidence: m.evidence, confidence: m.confidence });
      continue;
    }
    // The commonest form stands for the word; the others are the same letters with other accents.
    forms.forEach((f, i) => {
      const { forms: _nested, ...form } = f;
      void _nested;
      if (i === 0) out.push({ ...form, reasons: [m.why], evidence: m.evidence, confidence: m.confidence });
      else out.push({ ...form, reasons: [ACCENTS], evidence: [{ kind: 'accents' }], confidence: m.norm === anchor ? 'high' : m.confidence });
    });
  }
  return out;
}

/** The model the app shows: automatic groups with the decisions applied. */
export function applyDecisions(model: VariantModel | BaseModel, decisions: VariantDecisions): VariantModel {
  const base = 'base' in model ? model.base : model;
  const resolved = resolveGroups(base, decisions);
  const groupOfSpelling = new Map<string, string>();
  const groups: VariantGroup[] = resolved
    .map((r) => {
      const id = `w:${r.anchor}`;
      groupOfSpelling.set(r.anchor, id);
      for (const m of r.members) groupOfSpelling.set(m.norm, id);
      const spellings = spellingsOf(base, r.anchor, r.members);
      const isAnchor = (s: SpellingInfo) => s.reasons[0]?.match === 'anchor';
      spellings.sort((a, b) => (isAnchor(a) ? -1 : isAnchor(b) ? 1 : b.count - a.count));
      const confidence = spellings.every((s) => s.confidence === 'high') ? ('high' as const) : ('possible' as const);
      return { id, label: spellings[0].text, confidence, spellings };
    })
    .filter((g) => g.spellings.length > 1);
  groups.sort((a, b) => b.spellings[0].count - a.spellings[0].count || (a.id < b.id ? -1 : 1));
  const names = buildNameGroups(base.names, resolved, groupOfSpelling);
  return { version: 1, groups, names, groupOfSpelling, base, decisions };
}

export function buildVariantModel(docs: readonly CorpusDoc[], decisions: VariantDecisions = EMPTY_DECISIONS, options: BuildOptions = {}): VariantModel {
  return applyDecisions(buildBaseModel(docs, options), decisions);
}
