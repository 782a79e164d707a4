import { forEachWord } from '../text/tokenize';

/**
 * Each text as a sequence of word ids, so a phrase is checked by scanning integers instead
 * of re-tokenising the article. About 2 bytes a word of text; filled lazily and, in the
 * worker, in idle time after a folder opens.
 */
export class PhraseIndex {
  private readonly dict = new Map<string, number>();
  private readonly seqs = new Map<string, Uint32Array>();

  private idOf(norm: string): number {
    let id = this.dict.get(norm);
    if (id === undefined) {
      id = this.dict.size + 1;
      this.dict.set(norm, id);
    }
    return id;
  }

  has(key: string): boolean {
    return this.seqs.has(key);
  }

  sequence(key: string, text: string): Uint32Array {
    let seq = this.seqs.get(key);
    if (!seq) {
      const ids: number[] = [];
      forEachWord(text, (norm) => ids.push(this.idOf(norm)));
      seq = Uint32Array.from(ids);
      this.seqs.set(key, seq);
    }
    return seq;
  }

  private readonly wanted = new WeakMap<Set<string>[], { size: number; ids: Set<number>[] }>();

  /** The slots as word ids, kept per query while the dictionary has not grown. */
  private idsFor(slots: Set<string>[]): Set<number>[] {
    const hit = this.wanted.get(slots);
    if (hit && hit.size === this.dict.size) return hit.ids;
    const ids = slots.map((slot) => {
      const out = new Set<number>();
      for (const norm of slot) {
        const id = this.dict.get(norm);
        if (id !== undefined) out.add(id);
      }
      return out;
    });
    this.wanted.set(slots, { size: this.dict.size, ids });
    return ids;
  }

  /** True when the text has the slots' words in a row (each slot: allowed folded spellings). */
  contains(key: string, text: string, slots: Set<string>[]): boolean {
    // Sequencing first puts every word of this text in the dictionary.
    const seq = this.sequence(key, text);
    const want = this.idsFor(slots);
    if (want.some((w) => w.size === 0)) return false;
    const n = want.length;
    outer: for (let i = 0; i + n <= seq.length; i++) {
      for (let k = 0; k < n; k++) if (!want[k].has(seq[i + k])) continue outer;
      return true;
    }
    return false;
  }
}
