import type { SpellingInfo, VariantConfidence, VariantDecisionRequest, VariantsView } from '../../shared/variant-types';
import type { VariantMark } from '../../shared/search-types';
import type { VariantLookup } from '../../core/search/variant-lookup';
import { applyDecisions, groupById, occurrencesIn, type VariantDecisions, type VariantModel } from '../../core/variants';
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

/**
 * A user decision folded into the stored ones. A merge names one spelling per group and
 * takes the whole groups; a split undoes any earlier merge of that spelling.
 */
export function nextDecisions(model: VariantModel, current: VariantDecisions, req: VariantDecisionRequest): VariantDecisions {
  const d: VariantDecisions = { merges: current.merges.map((m) => [...m]), splits: [...current.splits], rejects: [...current.rejects] };
  const fold = (s: string) => normalizeWord(s);
  switch (req.action) {
    case 'reset':
      return { merges: [], splits: [], rejects: [] };
    case 'merge': {
      const all = new Set<string>();
      for (const s of req.spellings) {
        const id = model.groupOfSpelling.get(fold(s));
        const group = id ? groupById(model, id) : undefined;
        if (group) group.spellings.forEach((x) => all.add(x.text));
        else all.add(s);
      }
      const folded = new Set([...all].map(fold));
      d.splits = d.splits.filter((s) => !folded.has(fold(s)));
      d.merges.push([...all]);
      return d;
    }
    case 'split': {
      const folded = new Set(req.spellings.map(fold));
      d.merges = d.merges.map((m) => m.filter((s) => !folded.has(fold(s)))).filter((m) => m.length > 1);
      d.splits.push(...req.spellings.filter((s) => !d.splits.some((x) => fold(x) === fold(s))));
      return d;
    }
    case 'reject':
      d.rejects.push(...req.spellings);
      return d;
  }
}

export function decide(model: VariantModel, current: VariantDecisions, req: VariantDecisionRequest): { decisions: VariantDecisions; model: VariantModel } {
  const decisions = nextDecisions(model, current, req);
  return { decisions, model: applyDecisions(model, decisions) };
}
