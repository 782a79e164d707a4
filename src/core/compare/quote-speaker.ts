import type { NameRun } from './name-runs';
import type { People } from './people';
import type { QuoteSpan } from './quote-spans';
import { isParticiple, isSpeechVerb, SPEECH_VERB_RE } from './speech-verbs';
import type { Sentence } from './types';

const PRONOUN = /^(he|she)$/i;
const PREPOSITIONS = new Set(['in', 'at', 'from', 'of', 'to', 'for', 'with', 'by', 'on', 'about', 'near', 'over']);
const FILLERS = new Set(['also', 'then', 'later', 'once', 'again', 'previously', 'repeatedly', 'just', 'reportedly', 'had', 'has', 'have', 'was', 'would', 'will', 'has', 'earlier', 'further', 'simply', 'flatly']);

interface Word {
  text: string;
  start: number;
  end: number;
}

/**
 * Finds who speaks each quote: an attribution in its own sentence (", he said", ", said
 * Lavrov", "Lavrov said:", "according to X", "…, saying"), else the speaker of the quote it
 * continues (same or previous sentence, or a quote left open in the previous paragraph),
 * else a sentence ending in ":" just before it. Pronouns go to the last fitting person named.
 */
export class SpeakerFinder {
  private readonly runAt = new Map<number, NameRun>();
  private readonly runEndingAt = new Map<number, NameRun>();
  private readonly speakers = new Set<string>();

  constructor(private readonly text: string, private readonly sentences: readonly Sentence[], runs: readonly NameRun[], private readonly people: People) {
    for (const r of runs) {
      this.runAt.set(r.start, r);
      this.runEndingAt.set(r.end, r);
    }
    for (const r of runs) {
      const next = this.wordAfter(r.end);
      const prev = this.wordBefore(r.start);
      if ((next && isSpeechVerb(next.text)) || (prev && /^(said|says|added)$/i.test(prev.text))) this.speakers.add(r.key);
    }
  }

  speakersOf(quotes: readonly QuoteSpan[]): (string | null)[] {
    const out: (string | null)[] = [];
    quotes.forEach((q, i) => {
      const s = this.sentenceAt(q.outerStart);
      const own = s >= 0 ? this.after(q, quotes[i + 1]) ?? this.before(q, s, quotes[i - 1]) : null;
      out.push(own ?? this.inherited(q, i, quotes, out) ?? this.fromColonSentence(q, s));
    });
    return out;
  }

  private after(q: QuoteSpan, next: QuoteSpan | undefined): string | null {
    const s = this.sentenceAt(Math.max(q.outerStart, q.outerEnd - 1));
    if (s < 0) return null;
    const limit = Math.min(this.sentences[s].end, next ? next.outerStart : Infinity);
    const w1 = this.wordAfter(q.outerEnd);
    if (!w1 || w1.start >= limit) return null;
    const run = this.runAt.get(w1.start);
    if (run) return this.isVerbAt(this.skipAppositive(run.end, limit), limit) ? this.people.fullName(run.key) ?? run.name : null;
    if (PRONOUN.test(w1.text)) return this.isVerbAt(w1.end, limit) ? this.people.resolve(w1.text, w1.start, this.speakers) : null;
    if (!isSpeechVerb(w1.text) && !/^according$/i.test(w1.text)) return null;
    const w2 = this.wordAfter(/^according$/i.test(w1.text) ? (this.wordAfter(w1.end)?.end ?? w1.end) : w1.end);
    if (!w2 || w2.start >= limit) return null;
    const r2 = this.runAt.get(w2.start);
    if (r2) return this.people.fullName(r2.key) ?? r2.name;
    return PRONOUN.test(w2.text) ? this.people.resolve(w2.text, w2.start, this.speakers) : null;
  }

  private before(q: QuoteSpan, s: number, prev: QuoteSpan | undefined): string | null {
    const sent = this.sentences[s];
    const from = prev && prev.outerEnd > sent.start && prev.outerEnd <= q.outerStart ? prev.outerEnd : sent.start;
    return this.attributionIn(from, q.outerStart, sent.start);
  }

  /** The subject of the last speech verb in text[from, to). */
  private attributionIn(from: number, to: number, sentenceStart: number): string | null {
    const chunk = this.text.slice(from, to);
    let last: RegExpExecArray | null = null;
    SPEECH_VERB_RE.lastIndex = 0;
    for (let m; (m = SPEECH_VERB_RE.exec(chunk)) !== null; ) last = m;
    if (!last) return null;
    const at = from + last.index;
    if (/^according to$/i.test(last[0])) {
      const w = this.wordAfter(at + last[0].length);
      const r = w && this.runAt.get(w.start);
      return r ? this.people.fullName(r.key) ?? r.name : null;
    }
    if (isParticiple(last[0])) return this.subjectOf(sentenceStart, at);
    let w = this.wordBefore(this.skipAppositiveBack(at, sentenceStart));
    while (w && w.start >= sentenceStart && FILLERS.has(w.text.toLowerCase())) w = this.wordBefore(w.start);
    if (!w || w.start < sentenceStart) return null;
    if (PRONOUN.test(w.text)) return this.people.resolve(w.text, w.start, this.speakers);
    const run = this.runEndingAt.get(w.end);
    if (run) {
      const p = this.wordBefore(run.start);
      if (!p || p.start < sentenceStart || !PREPOSITIONS.has(p.text.toLowerCase())) return this.people.fullName(run.key) ?? run.name;
    }
    return nounPhrase(this.text.slice(sentenceStart, at));
  }

  /** First name or pronoun of the sentence, standing for the subject of a participle. */
  private subjectOf(sentenceStart: number, verbAt: number): string | null {
    for (let w = this.wordAfter(sentenceStart - 1); w && w.start < verbAt; w = this.wordAfter(w.end)) {
      const r = this.runAt.get(w.start);
      if (r && this.people.isMention(r)) return this.people.fullName(r.key) ?? r.name;
      if (PRONOUN.test(w.text)) return this.people.resolve(w.text, w.start, this.speakers);
    }
    return null;
  }

  private inherited(q: QuoteSpan, i: number, quotes: readonly QuoteSpan[], found: (string | null)[]): string | null {
    const prev = quotes[i - 1];
    if (!prev || found[i - 1] === null) return null;
    const sq = this.sentenceAt(q.outerStart);
    const sp = this.sentenceAt(Math.max(prev.outerStart, prev.outerEnd - 1));
    const continues = prev.open ? this.sentences[sq]?.paragraph === (this.sentences[sp]?.paragraph ?? -2) + 1 : sq - sp <= 1;
    return continues ? found[i - 1] : null;
  }

  private fromColonSentence(q: QuoteSpan, s: number): string | null {
    const prev = this.sentences[s - 1];
    if (!prev || this.sentences[s].start < q.outerStart - 1 || !/:\s*$/.test(prev.text)) return null;
    return this.attributionIn(prev.start, prev.end, prev.start);
  }

  private sentenceAt(pos: number): number {
    let lo = 0;
    let hi = this.sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = this.sentences[mid];
      if (pos < s.start) hi = mid - 1;
      else if (pos >= s.end) lo = mid + 1;
      else return mid;
    }
    return -1;
  }

  /**
   * Back from a verb over up to three comma groups to a name or pronoun before them:
   * "Mr. Romney, then governor, complained", "Sen. John Cornyn, R-TX, who heads the GOP
   * campaign committee, said".
   */
  private skipAppositiveBack(verbAt: number, floor: number): number {
    if (!/,\s*$/.test(this.text.slice(Math.max(floor, verbAt - 4), verbAt))) return verbAt;
    let at = verbAt;
    for (let k = 0; k < 3; k++) {
      // The text before `at` must end in a comma group: ", then governor," (or ", R-TX" once the later group is gone).
      const head = this.text.slice(Math.max(floor, at - 70), at).replace(/,?\s*$/, '');
      const m = /,[^,"“”]{1,60}$/.exec(head);
      if (!m) return verbAt;
      at = Math.max(floor, at - 70) + m.index;
      const w = this.wordBefore(at);
      if (w && (PRONOUN.test(w.text) || this.runEndingAt.has(w.end))) {
        const r = this.runEndingAt.get(w.end);
        if (!r || this.people.isMention(r)) return at;
      }
    }
    return verbAt;
  }

  /** Past ", D-Ill.," or ", 22," after a name, to the verb that follows it. */
  private skipAppositive(pos: number, limit: number): number {
    const m = /^,[^,"“”]{1,30},/.exec(this.text.slice(pos, Math.min(limit, pos + 34)));
    return m ? pos + m[0].length : pos;
  }

  private isVerbAt(pos: number, limit: number): boolean {
    const w = this.wordAfter(pos);
    return !!w && w.start < limit && isSpeechVerb(w.text);
  }

  private wordAfter(pos: number): Word | null {
    const from = Math.max(0, pos);
    const m = /[\p{L}\p{M}][\p{L}\p{M}'’.-]*/u.exec(this.text.slice(from, from + 80));
    if (!m) return null;
    const word = m[0].replace(/[.’'-]+$/, '');
    return { text: word, start: from + m.index, end: from + m.index + word.length };
  }

  private wordBefore(pos: number): Word | null {
    const isWordChar = (c: string) => /[\p{L}\p{M}'’.-]/u.test(c);
    let end = pos;
    const stop = Math.max(0, pos - 80);
    while (end > stop && !/[\p{L}\p{M}]/u.test(this.text[end - 1])) end--;
    if (end === stop) return null;
    let start = end;
    while (start > 0 && isWordChar(this.text[start - 1])) start--;
    while (start < end && !/[\p{L}\p{M}]/u.test(this.text[start])) start++;
    const word = this.text.slice(start, end);
    return { text: word, start, end };
  }
}

/** "A diplomatic source in Moscow", "the source": an unnamed speaker, kept as written. */
function nounPhrase(clauseText: string): string | null {
  const clause = clauseText.split(/[,:;]/).pop()!.trim();
  return /^(?:an?|the)\s+[\p{L}\s'’-]+$/iu.test(clause) && clause.split(/\s+/).length <= 6 ? clause : null;
}
