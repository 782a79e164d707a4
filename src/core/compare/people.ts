import type { NameRun } from './name-runs';
import type { Sentence } from './types';
import { isSpeechVerb } from './speech-verbs';

type Gender = 'm' | 'f';

interface Mention {
  run: NameRun;
  /** Opens its sentence, or a speech or -ing verb follows it, or "said" comes before it. */
  subject: boolean;
  sentenceStart: number;
  sentenceEnd: number;
  sentence: number;
  paragraph: number;
}

const TITLE_GENDER: Record<string, Gender> = {
  mr: 'm', sir: 'm', lord: 'm', king: 'm', prince: 'm', congressman: 'm', chairman: 'm', spokesman: 'm',
  mrs: 'f', ms: 'f', miss: 'f', dame: 'f', lady: 'f', queen: 'f', princess: 'f', congresswoman: 'f', chairwoman: 'f', spokeswoman: 'f',
};
const PRONOUN = /\b(he|him|his|she|her|hers)\b/gi;
const AUXILIARIES = new Set(['is', 'was', 'has', 'had', 'will', 'would', 'did', 'does', 'can', 'could', 'should', 'may', 'might', 'must']);
// Words that may come before a sentence's subject: "But Lavrov…", "When Liz Truss…".
const OPENING = new Set(['but', 'and', 'when', 'while', 'as', 'if', 'then', 'so', 'yet', 'though', 'although', 'after', 'before', 'because', 'since', 'once', 'now', 'still', 'also', 'even', 'with']);

/**
 * Who is named in a text, so that "he said" can be resolved. A mention counts when it can
 * be a person: not a lone capitalised word opening a sentence ("Progressivism, he told…",
 * "Noting that he…") unless that word also appears mid-sentence or speaks. A mention is a
 * subject when it opens its sentence (after a few opening words only), when a verb follows
 * it (a speech verb, an -ed or -ing form, an auxiliary), or when "said" precedes it.
 * Gender comes from titles (Mr, Ms) and from a he/she/his/her at most three words after a
 * subject that is its sentence's only mention ("Lavrov said he…", "Truss met her…"), as votes.
 * Deliberately simple: no name lists, and unknown stays unknown.
 */
export class People {
  private readonly display = new Map<string, string>();
  private readonly votes = new Map<string, number>();
  private readonly mentions: Mention[] = [];
  private readonly sentenceStarts: number[];
  private readonly mentionStarts = new Set<number>();

  constructor(text: string, runs: readonly NameRun[], private readonly sentences: readonly Sentence[], mask: (pos: number) => boolean) {
    const midSentence = new Set(runs.filter((r) => !r.sentenceInitial).map((r) => r.key));
    let k = 0;
    this.sentenceStarts = sentences.map((s) => s.start);
    for (const [index, s] of sentences.entries()) {
      const inside: Mention[] = [];
      for (; k < runs.length && runs[k].start < s.end; k++) {
        const r = runs[k];
        if (r.start < s.start || mask(r.start)) continue;
        const next = /^[\s,]*(?:\p{Ll}+ly\s+)?(\p{L}+)/u.exec(text.slice(r.end, r.end + 40))?.[1] ?? '';
        const prevWord = /(\p{L}+)[\s,]*$/u.exec(text.slice(Math.max(s.start, r.start - 20), r.start))?.[1] ?? '';
        const speaks = isSpeechVerb(next) || /^(said|says|added|adds|told|asked|wrote)$/i.test(prevWord);
        if (r.keys.length === 1 && r.sentenceInitial && !midSentence.has(r.key) && !speaks) continue;
        // "The Democrats", "the Foreign Office": groups and bodies, not people; "D-Conn.": a party and state.
        if (/(?:\bthe\s+|\b[DRI]-)$/i.test(text.slice(Math.max(s.start, r.start - 5), r.start))) continue;
        const opens = inside.length === 0 && (text.slice(s.start, r.start).match(/\p{L}+/gu) ?? []).every((w) => OPENING.has(w.toLowerCase()));
        // A verb right after the name makes it a subject: "Ryan criticized", "Truss has", and
        // "…, with Sen. Bernie Sanders giving support" (the subject of a participle clause).
        const acts = /^\p{Ll}{2,}(?:ed|ing)$/u.test(next) || AUXILIARIES.has(next);
        inside.push({ run: r, subject: opens || speaks || acts, sentenceStart: s.start, sentenceEnd: s.end, sentence: index, paragraph: s.paragraph });
      }
      this.mentions.push(...inside);
      for (const m of inside) this.mentionStarts.add(m.run.start);
      for (const { run } of inside) {
        const shown = this.display.get(run.key);
        if (!shown || run.name.split(' ').length > shown.split(' ').length) this.display.set(run.key, run.name);
        const g = run.title ? TITLE_GENDER[run.title] : undefined;
        if (g) this.vote(run.key, g, 3);
      }
      this.votePronoun(text, s, inside, mask);
    }
  }

  private votePronoun(text: string, s: { start: number; end: number }, inside: Mention[], mask: (pos: number) => boolean): void {
    if (!inside.length) return;
    PRONOUN.lastIndex = 0;
    const chunk = text.slice(s.start, s.end);
    for (let m; (m = PRONOUN.exec(chunk)) !== null; ) {
      const at = s.start + m.index;
      if (mask(at)) continue;
      const before = inside.filter((x) => x.run.end <= at);
      // Close by only: "Truss met her", "Lavrov said he"; further on, "her" is as often someone else's.
      const near = before.length === 1 && (text.slice(before[0].run.end, at).match(/\p{L}+/gu) ?? []).length <= 3;
      if (near && before[0].subject) this.vote(before[0].run.key, /^(he|him|his)$/i.test(m[1]) ? 'm' : 'f', 1);
      return;
    }
  }

  /** Whether a run was taken as a possible person (not a sentence-opening word, a body or a state). */
  isMention(run: NameRun): boolean {
    return this.mentionStarts.has(run.start);
  }

  private vote(key: string, g: Gender, n: number): void {
    this.votes.set(key, (this.votes.get(key) ?? 0) + (g === 'm' ? n : -n));
  }

  gender(key: string): Gender | null {
    const v = this.votes.get(key) ?? 0;
    return v > 0 ? 'm' : v < 0 ? 'f' : null;
  }

  /** The fullest form of a name seen in the text ("Sergei Lavrov" for "Lavrov"). */
  fullName(key: string): string | null {
    return this.display.get(key) ?? null;
  }

  /**
   * The person a he/she at `at` most likely means: a subject or speaker of unknown gender
   * named in this or the previous sentence; else the last one mentioned whose known gender
   * agrees; else, among people of unknown gender, a subject or speaker named since the last
   * pronoun of this gender was resolved, or that pronoun's referent (news keeps "he said"
   * on one person), or a titled person. Names that are objects in the pronoun's own sentence
   * are passed over: in "Saying President Obama, he said…" he is not Obama.
   * Calls are expected in reading order; the referent carried over depends on it.
   */
  resolve(pronoun: string, at: number, speakers: ReadonlySet<string>): string | null {
    const want: Gender = /^(he|him|his)$/i.test(pronoun) ? 'm' : 'f';
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid].run.end <= at) lo = mid + 1;
      else hi = mid;
    }
    let subject: { name: string; at: number } | null = null;
    let titled: string | null = null;
    const here = this.sentenceOf(at);
    // A pronoun points at someone named recently: look back over the last 200 mentions at most.
    for (let i = lo - 1; i >= Math.max(0, lo - 200); i--) {
      const m = this.mentions[i];
      const g = this.gender(m.run.key);
      if (g === want) return this.remember(want, at, this.fullName(m.run.key));
      if (g !== null || (!m.subject && m.sentence === here)) continue;
      const speaks = m.subject || speakers.has(m.run.key);
      // Someone just named (this paragraph or the one before) as subject or speaker outranks an older name of known gender.
      if (m.subject && (this.sentences[here]?.paragraph ?? 0) - m.paragraph <= 1) return this.remember(want, at, this.fullName(m.run.key));
      if (!subject && speaks) subject = { name: this.fullName(m.run.key)!, at: m.run.start };
      if (!titled && m.run.title !== null) titled = this.fullName(m.run.key);
    }
    const centre = this.centre.get(want);
    const carried = centre && centre.at < at && (!subject || subject.at < centre.at) ? centre.name : null;
    return this.remember(want, at, carried ?? subject?.name ?? titled);
  }

  private readonly centre = new Map<Gender, { at: number; name: string }>();

  private sentenceOf(at: number): number {
    let lo = 0;
    let hi = this.sentenceStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.sentenceStarts[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  private remember(g: Gender, at: number, name: string | null): string | null {
    if (name) this.centre.set(g, { at, name });
    return name;
  }
}
