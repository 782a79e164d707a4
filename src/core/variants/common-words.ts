/**
 * Capitalised words that are not names: English function words that open sentences or headlines,
 * titles, days and months. Compact on purpose: words that are common in lower case in the corpus
 * itself (Foreign, Minister, Office...) are dropped by the model, not listed here.
 */
const WORDS = `a about above after again against all also although am an and another any are around as at
be because been before being below between both but by can could did do does doing down during each either
even ever every few for from further had has have having he her here hers herself him himself his how however
i if in instead into is it its itself just last least less let like many may me meanwhile might more most much
must my myself neither never new next no nor not now of off often on once one only or other our ours out over
own perhaps please quite rather said same several she should since so some still such than that the their
theirs them then there these they this those though through thus to today tomorrow too under unless until up
upon us very via was we were what whatever when where whether which while who whom whose why will with within
without would yes yesterday yet you your yours
mr mrs ms dr sir lord lady prof st mt
monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec`;

const SET: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));

/** True for a folded word that is never treated as a name. */
export function isCommonWord(norm: string): boolean {
  return SET.has(norm);
}
