/**
 * Guards against false merges that similarity alone would make. Each returns the reason it
 * fired, or null. They run before any similarity is measured, on folded and phoneme forms.
 */
import { differentKnownPlaces } from './gazetteer';

/** Words shorter than this only ever match through case or diacritics (Li/Le, Kim/Kom). */
export const MIN_VARIANT_LENGTH = 4;

export function shortWordGuard(foldedA: string, foldedB: string): string | null {
  return Math.min(foldedA.length, foldedB.length) < MIN_VARIANT_LENGTH ? 'guard: short word' : null;
}

export function knownPlacesGuard(foldedA: string, foldedB: string): string | null {
  return differentKnownPlaces(foldedA, foldedB) ? 'guard: different known places' : null;
}

/**
 * Slavic surnames and many given names have a feminine form with -a (Ivanov/Ivanova,
 * Zelensky/Zelenska, Oleksandr/Oleksandra): two people, never two spellings of one.
 */
export function genderedGuard(phonA: string, phonB: string): string | null {
  const [x, y] = phonA.length <= phonB.length ? [phonA, phonB] : [phonB, phonA];
  if (!y.endsWith('a') || x.endsWith('a') || x.length < 3) return null;
  const stemY = y.slice(0, -1);
  if (x === stemY) return 'guard: gendered forms';
  if ((x.endsWith('i') || x.endsWith('o')) && x.slice(0, -1) === stemY) return 'guard: gendered forms';
  return null;
}
