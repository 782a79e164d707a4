import type { SpellingInfo, VariantConfidence, VariantsView } from '../../shared/variant-types';
import type { VariantMark } from '../../shared/search-types';
import type { VariantLookup } from '../../core/search/variant-lookup';
import { groupById, occurrencesIn, type VariantModel } from '../../core/variants';
import { normalizeWord } from '../../core/text/tokenize';
import { defaultIsSpellingVariant } from '../../core/compare';

/** Search's view of the model: a folded word's group and its spellings with counts and confidence. */
export function variantLookup(model: VariantModel): VariantLookup {
  return {
    expand(norm) {
      const id = model.groupOfSpelling.get(norm);
      const group = id ? groupById(model, id) : undefined;
      if (!id || !group) return null;
      return { groupId: id, spellings: group.spellings.map((s) => ({ text: s.text, count: s.count, confidence: searchConfidence(s) })) };
    },
  };
}

/**
 * Only an explicit 'high' is searched by default. A spelling without a confidence (a model saved
 * before the engine computed one) is offered as a suggestion: a search must never silently turn
 * into a search for another word.
 */
function searchConfidence(s: SpellingInfo): VariantConfidence {
  return s.confidence === 'high' ? 'high' : 'possible';
}

export function variantsView(model: VariantModel): VariantsView {
  return { groups: model.groups, names: model.names };
}

export function variantMarks(model: VariantModel, docId: string, text: string): VariantMark[] {
  return occurrencesIn(model, docId, text).map(({ start, end, groupId }) => ({ start, end, groupId }));
}

/** Comparison treats two words as one name's spellings when the corpus groups them, else by its own rule. */
export function spellingTest(model: VariantModel | null): (a: string, b: string) => boolean {
  return (a, b) => {
    if (model) {
      const ga = model.groupOfSpelling.get(normalizeWord(a));
      if (ga && ga === model.groupOfSpelling.get(normalizeWord(b))) return true;
    }
    return defaultIsSpellingVariant(a, b);
  };
}
