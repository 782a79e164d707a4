/**
 * Blocking keys: two spellings are compared only if they share a key, so each key must be
 * coarse enough that real variants meet and fine enough that buckets stay small.
 */
import { isVowel } from './translit';
import { prepare, type Prepared } from './compare';

export interface VariantKey {
  key: string;
  rule: string;
}

// Sound classes for the phonetic code: romanisations swap within a class (g/h/k, s/z/ts/sh, v/f),
// typists swap voicing (d/t, b/p) and nasals (m/n).
const CLASS: Record<string, string> = {
  g: 'K', k: 'K', h: 'K', s: 'S', z: 'S', c: 'S', C: 'S', S: 'S', Z: 'S', Q: 'S',
  v: 'F', f: 'F', d: 'T', t: 'T', b: 'P', p: 'P', m: 'N', n: 'N',
};

/** Consonants only, doubles collapsed: survives every vowel shift. */
export function skeleton(phon: string): string {
  return code(phon, false, false);
}

/** Sound-class code of the skeleton; with `silentH` an h is dropped (Hanna/Anna). */
export function phoneticCode(phon: string, silentH = false): string {
  return code(phon, true, silentH);
}

// One loop rather than split/filter/map/join: keys are made for every name word of the corpus.
function code(phon: string, classes: boolean, silentH: boolean): string {
  let out = '';
  let last = '';
  for (let i = 0; i < phon.length; i++) {
    const c = phon[i];
    if (isVowel(c) || (silentH && c === 'h')) continue;
    const k = classes ? (CLASS[c] ?? c) : c;
    if (k !== last) out += k;
    last = k;
  }
  return out;
}

/**
 * Consonants by sound class, a vowel as a vowel, doubles collapsed, but the final vowel as
 * written: Hnatyuk and Gnatyuk, Muammar and Moammar meet; Zelensky and Zelenska (husband and
 * wife) do not. How the companions of a word are compared.
 */
export function soundKey(phon: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < phon.length; i++) {
    const c = phon[i];
    const k = isVowel(c) ? (i === phon.length - 1 ? c : 'V') : (CLASS[c] ?? c);
    if (k !== last) out += k;
    last = k;
  }
  return out;
}

/** Every key of an already prepared spelling. Typo keys (one letter deleted) only for longer words. */
export function keysOf(p: Prepared): VariantKey[] {
  const form = p.phon.form;
  const out: VariantKey[] = [
    { key: `f:${p.fold}`, rule: 'case/diacritics' },
    { key: `t:${form}`, rule: 'transliteration' },
  ];
  const sk = skeleton(form);
  if (sk.length >= 2) out.push({ key: `s:${sk}`, rule: 'consonant skeleton' });
  const ph = phoneticCode(form);
  if (ph.length >= 2) out.push({ key: `p:${ph}`, rule: 'phonetic code' });
  const ph2 = phoneticCode(form, true);
  if (ph2.length >= 2 && ph2 !== ph) out.push({ key: `p:${ph2}`, rule: 'phonetic code (silent h)' });
  if (form.length >= 4) out.push({ key: `d:${form}`, rule: 'one letter apart' });
  if (form.length >= 5) {
    const seen = new Set<string>([form]);
    for (let i = 0; i < form.length; i++) {
      const k = form.slice(0, i) + form.slice(i + 1);
      if (!seen.has(k)) out.push({ key: `d:${k}`, rule: 'one letter apart' });
      seen.add(k);
    }
  }
  return out;
}

/** The keys under which a spelling meets its variants, each with the rule it stands for. */
export function variantKeys(word: string): VariantKey[] {
  return keysOf(prepare(word));
}
