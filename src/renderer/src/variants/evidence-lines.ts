/**
 * A spelling's evidence as the sentences the Variants tab lists under its reason. The words
 * come from describeEvidence, shared with every other surface; this only leaves out what the
 * reason already says (the anchor, a user merge) and starts each line with a capital.
 */
import type { SpellingInfo } from '../contract';
import { describeEvidence } from '../../../shared/variant-evidence';

const capital = (s: string): string => s.charAt(0).toLocaleUpperCase() + s.slice(1);

export function evidenceLines(s: Pick<SpellingInfo, 'reasons' | 'evidence'>): string[] {
  const match = s.reasons[0]?.match;
  const said = match === 'anchor' ? 'anchor' : match === 'user' ? 'user' : null;
  return (s.evidence ?? []).filter((e) => e.kind !== said).map((e) => capital(describeEvidence(e)));
}
