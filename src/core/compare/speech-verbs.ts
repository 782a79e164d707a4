/** Verbs that attribute quoted words, in the forms news copy uses. */
const VERBS = [
  'say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'telling', 'ask', 'asks', 'asked', 'asking',
  'add', 'adds', 'added', 'adding', 'argue', 'argues', 'argued', 'arguing', 'insist', 'insists', 'insisted',
  'insisting', 'stress', 'stresses', 'stressed', 'warn', 'warns', 'warned', 'warning', 'explain', 'explains',
  'explained', 'write', 'writes', 'wrote', 'tweeted', 'declare', 'declares', 'declared', 'declaring', 'note',
  'notes', 'noted', 'noting', 'claim', 'claims', 'claimed', 'claiming', 'reply', 'replies', 'replied',
  'continued', 'stated', 'answered', 'recalled', 'remarked', 'suggested', 'acknowledged', 'admitted',
  'announced', 'complained', 'conceded', 'confirmed', 'cautioned', 'describe', 'describes', 'described',
  'describing', 'characterised', 'characterises', 'characterized', 'characterizes', 'called', 'calling',
  'urged', 'quipped', 'joked', 'shouted', 'blasted', 'accused', 'accusing', 'responded', 'countered',
  'testified', 'observed', 'predicted', 'promised', 'vowed', 'pledged', 'mocked', 'dubbed', 'branded',
  'posited', 'mused', 'boasted', 'lamented', 'scoffed', 'snapped', 'retorted', 'recounted', 'conceded', 'proclaimed',
];
const SET = new Set(VERBS);

export function isSpeechVerb(word: string): boolean {
  return SET.has(word.toLowerCase());
}

/** Participles ("saying") take the sentence's subject rather than the word before them. */
export function isParticiple(word: string): boolean {
  return /ing$/i.test(word) && SET.has(word.toLowerCase());
}

export const SPEECH_VERB_RE = new RegExp(`\\b(?:${VERBS.join('|')}|according to)\\b`, 'giu');
