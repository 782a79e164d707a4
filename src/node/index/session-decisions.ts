/**
 * A user's decision request turned into a history entry and applied. The request names one
 * spelling per group; the entry stores every spelling of those groups as they stand now, so it
 * replays on a later index whatever the groups' anchors become.
 */
import type { VariantDecisionRequest } from '../../shared/variant-types';
import { applyDecisions, groupById, type VariantGroup, type VariantModel } from '../../core/variants';
import { addDecision, resetDecisions, undoDecision, type NewDecision, type StoredDecisions } from '../../core/variants/decision-history';
import { normalizeWord } from '../../core/text/tokenize';

const groupOf = (model: VariantModel, spelling: string): VariantGroup | undefined => {
  const id = model.groupOfSpelling.get(normalizeWord(spelling));
  return id ? groupById(model, id) : undefined;
};

/** Each named spelling's group, once each, in the order named. */
function groupsNamed(model: VariantModel, spellings: readonly string[]): VariantGroup[] {
  const out: VariantGroup[] = [];
  for (const s of spellings) {
    const g = groupOf(model, s);
    if (g && !out.includes(g)) out.push(g);
  }
  return out;
}

const textsOf = (g: VariantGroup): string[] => g.spellings.map((s) => s.text);

/** The entry a request adds, or null when it names nothing there is to decide. */
export function entryFor(model: VariantModel, req: VariantDecisionRequest, at: string): NewDecision | null {
  switch (req.action) {
    case 'merge': {
      // A merge takes whole groups: one spelling stands for its group.
      const all = new Set<string>();
      const labels: string[] = [];
      for (const s of req.spellings) {
        const g = groupOf(model, s);
        if (g) textsOf(g).forEach((t) => all.add(t));
        else all.add(s);
        labels.push(g?.label ?? s);
      }
      return all.size > 1 ? { kind: 'merge', sets: [[...all]], labels, at } : null;
    }
    case 'split':
      return req.spellings.length ? { kind: 'split', sets: [[...req.spellings]], labels: [...req.spellings], at } : null;
    case 'reject':
    case 'confirm': {
      const groups = groupsNamed(model, req.spellings);
      return groups.length ? { kind: req.action, sets: groups.map(textsOf), labels: groups.map((g) => g.label), at } : null;
    }
    default:
      return null;
  }
}

/** The decisions after a request, and the model they give. An undo of an unknown id changes nothing. */
export function decide(
  model: VariantModel,
  current: StoredDecisions,
  req: VariantDecisionRequest,
  at = new Date().toISOString(),
): { decisions: StoredDecisions; model: VariantModel } {
  let decisions = current;
  if (req.action === 'reset') decisions = resetDecisions(current);
  else if (req.action === 'undo') decisions = req.decision === undefined ? current : undoDecision(current, req.decision);
  else {
    const entry = entryFor(model, req, at);
    if (entry) decisions = addDecision(current, entry);
  }
  return { decisions, model: applyDecisions(model, decisions) };
}
