import { tokenize } from '../text/tokenize';
import { isStopWord } from './stop-words';

// Words that carry no story in news copy, beyond grammatical stop words.
const NEWS_FILLER = new Set(['said', 'says', 'say', 'told', 'also', 'would', 'could', 'new', 'year', 'years', 'mr', 'mrs', 'ms', 'according']);

/**
 * Folded, lightly stemmed content words of a text (plural "s" and "ies" only: enough to join
 * "sanction"/"sanctions" without a stemmer's surprises). Digits are left out: figures rarely
 * name a story and years join unrelated ones.
 */
export function storyTerms(text: string): string[] {
  const out: string[] = [];
  for (const t of tokenize(text)) {
    let term = termCache.get(t.norm);
    if (term === undefined) {
      const w = t.norm;
      term = w.length < 2 || isStopWord(w) || NEWS_FILLER.has(w) || /\p{N}/u.test(w) ? '' : stem(w);
      if (termCache.size > 200_000) termCache.clear();
      termCache.set(w, term);
    }
    if (term) out.push(term);
  }
  return out;
}

// Corpus words repeat: deciding each folded form once halves the cost of building vectors.
const termCache = new Map<string, string>();

function stem(w: string): string {
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is|ous)$/.test(w)) return w.slice(0, -1);
  return w;
}
