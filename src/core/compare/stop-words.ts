/**
 * English function words. Used to weight matching (they say little about what a passage is
 * about) and, capitalised, to recognise the first word of a new sentence after "U.S.".
 */
const LIST = `a about above after again against all also am an and any are aren't as at be because been
before being below between both but by can could did do does doing down during each either else even
ever every few for from further had has have having he her here hers herself him himself his how however
i if in into is it its itself just like many may me might more most much must my myself neither no nor
not now of off on once one only or other our ours ourselves out over own per same she should since so
some such than that the their theirs them themselves then there these they this those though through
thus to too under until up upon us very was we were what when where whether which while who whom whose
why will with within without would yet you your yours yourself yourselves it's isn't wasn't weren't
don't doesn't didn't won't can't couldn't shouldn't wouldn't hasn't haven't hadn't i'm i've i'd i'll
he's she's we're they're we've they've let's that's there's what's who's`;

export const STOP_WORDS: ReadonlySet<string> = new Set(
  LIST.split(/\s+/)
    .filter(Boolean)
    .map((w) => w.replace(/'/g, '')),
);

/** True for a folded token (apostrophes removed, as tokenize's norm) that is a function word. */
export function isStopWord(norm: string): boolean {
  return STOP_WORDS.has(norm);
}
