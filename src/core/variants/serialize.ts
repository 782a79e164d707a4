/**
 * Plain-JSON form of a model, cached with the index. groupOfSpelling is rebuilt on load rather
 * than stored; anything unexpected makes load return null so the caller rebuilds instead of
 * trusting a damaged cache.
 */
import { applyDecisions } from './model';
import type { BaseModel, VariantDecisions, VariantModel } from './types';

interface Stored {
  kind: 'parallax-variants';
  /** 3: members carry their reason as data (2: as a rule-name string; 1: no evidence); older caches are rebuilt. */
  version: 3;
  base: BaseModel;
  decisions: VariantDecisions;
}

export function serializeVariantModel(model: VariantModel): string {
  const stored: Stored = { kind: 'parallax-variants', version: 3, base: model.base, decisions: model.decisions };
  return JSON.stringify(stored);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

const validReason = (r: unknown): boolean => isObject(r) && typeof r.match === 'string' && isStrings(r.romanisation) && Array.isArray(r.shifts) && r.shifts.every(isObject);

function validBase(b: unknown): b is BaseModel {
  if (!isObject(b) || !Array.isArray(b.groups) || !isObject(b.words) || !isObject(b.names)) return false;
  const okStat = (s: unknown): boolean => isObject(s) && typeof s.text === 'string' && typeof s.count === 'number' && typeof s.documents === 'number' && isObject(s.outlets);
  return (
    b.groups.every((g) => isObject(g) && typeof g.anchor === 'string' && Array.isArray(g.members) && g.members.every((m) => isObject(m) && typeof m.norm === 'string' && validReason(m.why) && Array.isArray(m.evidence) && (m.confidence === 'high' || m.confidence === 'possible'))) &&
    Object.values(b.words).every(okStat) &&
    Object.values(b.names).every(okStat)
  );
}

function validDecisions(d: unknown): d is VariantDecisions {
  return isObject(d) && Array.isArray(d.merges) && d.merges.every(isStrings) && isStrings(d.splits) && isStrings(d.rejects);
}

/** The model from its JSON, or null if the text is not a valid model of this version. */
export function loadVariantModel(json: string): VariantModel | null {
  let v: unknown;
  try {
    v = JSON.parse(json);
  } catch {
    return null;
  }
  if (!isObject(v) || v.kind !== 'parallax-variants' || v.version !== 3 || !validBase(v.base) || !validDecisions(v.decisions)) return null;
  return applyDecisions(v.base, v.decisions);
}
