import type { Token } from '../text/tokenize';
import { stripPossessive } from '../text/normalize';
import { isStopWord } from './stop-words';
import type { Sentence } from './types';

/** A run of capitalised words in the text ("Foreign Secretary Liz Truss", "Chatham House"). */
export interface NameRun {
  start: number;
  end: number;
  /** The run without leading titles or roles: "Liz Truss". */
  name: string;
  nameStart: number;
  /** Folded last word of `name`: how repeated mentions of one person are joined. */
  key: string;
  /** Folded words of `name`. */
  keys: string[];
  /** Personal title before the name, lower-case ("mr", "president"), or null. */
  title: string | null;
  /** True when the run is the first word(s) of its sentence. */
  sentenceInitial: boolean;
  /** True inside a Title Case line (a headline), where capitals say nothing about names. */
  titleCase: boolean;
}

// Roles and honorifics that precede a name; everything up to the last of them is dropped.
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'president', 'minister',
  'secretary', 'chancellor', 'senator', 'sen', 'rep', 'representative', 'congressman', 'congresswoman', 'gov',
  'governor', 'mayor', 'general', 'gen', 'judge', 'justice', 'king', 'queen', 'prince', 'princess', 'pope',
  'ambassador', 'mp', 'speaker', 'leader', 'chairman', 'chairwoman', 'chief', 'director', 'commissioner',
  'attorney', 'col', 'capt', 'lt', 'sgt', 'rev', 'correspondent', 'editor', 'spokesman', 'spokeswoman', 'whip',
]);
const CONNECTORS = new Set(['of', 'de', 'van', 'von', 'al', 'bin', 'da', 'du', 'del', 'la', 'le']);
const OPENERS = new Set([
  'later', 'earlier', 'meanwhile', 'however', 'yesterday', 'today', 'tomorrow', 'last', 'next', 'despite', 'following',
  'according', 'speaking', 'asked', 'unlike', 'instead', 'perhaps', 'indeed', 'finally', 'overall', 'separately',
  'elsewhere', 'initially', 'previously', 'currently', 'recently', 'nevertheless', 'nonetheless', 'ultimately',
]);
export const CALENDAR_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar',
  'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

export function isTitleWord(norm: string): boolean {
  return TITLES.has(norm);
}

// Two or more lower-to-upper turns inside one word ("FwimLduskF") is an id from a URL or an
// embed, not a name; one turn is allowed (McDonald, DeSantis, iPhone).
const looksLikeId = (w: string) => (w.match(/\p{Ll}\p{Lu}/gu)?.length ?? 0) >= 2;
const isCap = (t: Token) => /^\p{Lu}/u.test(t.text) && !CALENDAR_WORDS.has(t.norm) && !looksLikeId(t.text);

/**
 * Capitalised runs, one sentence at a time so a run never crosses a sentence end. Words
 * are joined only across a single space (or a connector such as "of"), and a leading
 * function word ("The", "But") is not part of a name.
 */
export function findNameRuns(text: string, tokens: readonly Token[], sentences: readonly Sentence[]): NameRun[] {
  const out: NameRun[] = [];
  const lowerSeen = new Set(tokens.filter((t) => /^\p{Ll}/u.test(t.text)).map((t) => t.norm));
  let k = 0;
  for (const s of sentences) {
    while (k < tokens.length && tokens[k].start < s.start) k++;
    let first = true;
    const titleCase = isTitleCase(tokens, k, s.end);
    while (k < tokens.length && tokens[k].end <= s.end) {
      const run: Token[] = [];
      const initial = first;
      while (k < tokens.length && tokens[k].end <= s.end && isCap(tokens[k])) {
        const prev = run[run.length - 1];
        // A single space joins; so does ". " after an initial or a title ("Donald J. Trump", "Sen. Bernie Sanders").
        const gap = prev ? text.slice(prev.end, tokens[k].start) : ' ';
        if (gap !== ' ' && !(gap === '. ' && (prev.text.length === 1 || TITLES.has(prev.norm)))) break;
        run.push(tokens[k++]);
        if (/['’]s$/iu.test(run[run.length - 1].text)) break; // "Russia's Kommersant" is two names
        const conn = tokens[k];
        const after = tokens[k + 1];
        if (conn && after && CONNECTORS.has(conn.text) && isCap(after) && after.end <= s.end) run.push(tokens[k++]);
      }
      first = false;
      if (run.length === 0) {
        k++;
        continue;
      }
      const made = makeRun(text, run, initial, titleCase, lowerSeen);
      if (made) out.push(made);
    }
  }
  return out;
}

function makeRun(text: string, run: Token[], initial: boolean, titleCase: boolean, lowerSeen: ReadonlySet<string>): NameRun | null {
  const before = run.length;
  while (run.length && (isStopWord(run[0].norm) || CONNECTORS.has(run[0].text))) run.shift();
  // "Later Lavrov left": a sentence's first word written lower case elsewhere, or a usual opener, is not part of a name.
  // "Saying President Obama…" and "Noting…": a capitalised -ing word opening a sentence is a verb.
  if (initial && run.length === before && run.length > 1 && (OPENERS.has(run[0].norm) || lowerSeen.has(run[0].norm) || /^\p{Lu}\p{Ll}{3,}ing$/u.test(run[0].text))) run.shift();
  const sentenceInitial = initial && run.length === before;
  while (run.length && (isStopWord(run[run.length - 1].norm) || CONNECTORS.has(run[run.length - 1].text))) run.pop();
  if (!run.length) return null;
  let from = 0;
  let title: string | null = null;
  run.forEach((t, i) => {
    if (TITLES.has(t.norm) && i < run.length - 1) {
      from = i + 1;
      title = t.norm;
    }
  });
  const named = run.slice(from);
  const last = named[named.length - 1];
  const nameEnd = last.start + stripPossessive(last.text).length;
  return {
    start: run[0].start,
    end: run[run.length - 1].end,
    name: text.slice(named[0].start, nameEnd),
    nameStart: named[0].start,
    key: last.norm,
    keys: named.map((t) => t.norm),
    title,
    sentenceInitial,
    titleCase,
  };
}

// Words title case leaves in lower case.
const MINOR = new Set(['a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'on', 'at', 'to', 'by', 'of', 'in', 'up', 'as', 'vs', 'via']);

/**
 * Every word but the minor ones capitalised: a headline or a menu, not prose. Name-dense
 * prose still has a lower-case verb ("met", "said") and stays below.
 */
function isTitleCase(tokens: readonly Token[], from: number, end: number): boolean {
  let words = 0;
  let caps = 0;
  for (let i = from; i < tokens.length && tokens[i].end <= end; i++) {
    if (MINOR.has(tokens[i].norm) || !/^\p{L}/u.test(tokens[i].text)) continue;
    words++;
    if (/^\p{Lu}/u.test(tokens[i].text)) caps++;
  }
  return words >= 3 && caps / words >= 0.95;
}
