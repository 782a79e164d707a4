import type { NameRun } from './name-runs';

type Gender = 'm' | 'f';

const TITLE_GENDER: Record<string, Gender> = {
  mr: 'm', sir: 'm', lord: 'm', king: 'm', prince: 'm', congressman: 'm', chairman: 'm', spokesman: 'm',
  mrs: 'f', ms: 'f', miss: 'f', dame: 'f', lady: 'f', queen: 'f', princess: 'f', congresswoman: 'f', chairwoman: 'f', spokeswoman: 'f',
};
const PRONOUN = /\b(he|him|his|she|her|hers)\b/gi;

/**
 * Who is named in a text, with a guessed gender per surname, so that "he said" can be
 * resolved to the last man named. Gender comes from titles (Mr, Ms) and from the first
 * he/she/his/her after a sentence's only name ("Lavrov said he…", "Truss met her…"),
 * counted as votes. Deliberately simple: no name lists, and unknown stays unknown.
 */
export class People {
  private readonly display = new Map<string, string>();
  private readonly votes = new Map<string, number>();

  constructor(text: string, private readonly runs: readonly NameRun[], sentences: readonly { start: number; end: number }[], mask: (pos: number) => boolean) {
    for (const r of runs) {
      const shown = this.display.get(r.key);
      if (!shown || r.name.split(' ').length > shown.split(' ').length) this.display.set(r.key, r.name);
      const g = r.title ? TITLE_GENDER[r.title] : undefined;
      if (g) this.vote(r.key, g, 3);
    }
    let k = 0;
    for (const s of sentences) {
      const inside: NameRun[] = [];
      while (k < runs.length && runs[k].start < s.end) {
        if (runs[k].start >= s.start && !mask(runs[k].start)) inside.push(runs[k]);
        k++;
      }
      if (!inside.length) continue;
      PRONOUN.lastIndex = 0;
      const chunk = text.slice(s.start, s.end);
      let m: RegExpExecArray | null;
      while ((m = PRONOUN.exec(chunk)) !== null) {
        const at = s.start + m.index;
        if (mask(at)) continue;
        const before = inside.filter((r) => r.end <= at);
        if (before.length === 1) this.vote(before[0].key, /^(he|him|his)$/i.test(m[1]) ? 'm' : 'f', 1);
        break;
      }
    }
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
   * The person a he/she at `at` most likely means: the last one named before it whose known
   * gender agrees, else the last named one of unknown gender. Only names that are known to be
   * people (a gender was found) or were heard speaking count.
   */
  resolve(pronoun: string, at: number, speakers: ReadonlySet<string>): string | null {
    const want: Gender = /^(he|him|his)$/i.test(pronoun) ? 'm' : 'f';
    let fallback: string | null = null;
    let lo = 0;
    let hi = this.runs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.runs[mid].end <= at) lo = mid + 1;
      else hi = mid;
    }
    // A pronoun points at someone named recently: look back over the last 200 names at most.
    for (let i = lo - 1; i >= Math.max(0, lo - 200); i--) {
      const r = this.runs[i];
      const g = this.gender(r.key);
      if (g === want) return this.fullName(r.key);
      if (g === null && fallback === null && speakers.has(r.key)) fallback = this.fullName(r.key);
    }
    return fallback;
  }
}
