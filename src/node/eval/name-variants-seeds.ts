/** The seed articles as a corpus, and the Sergei group found in them. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildVariantModel, type VariantDecisions, type VariantModel } from '../../core/variants';
import { loadEnglish } from '../index/english-dictionary';

// Outlets as the README names them (004 names none in its text: it is The Guardian).
const SEED_OUTLETS = ['ITV News', 'ITV News', 'Sky News', 'The Moscow Times', 'The Guardian'];

/** shared/corpus/seeds beside the repository. */
export const SEEDS_DIR = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../../shared/corpus/seeds');

export function loadSeeds(dir: string = SEEDS_DIR): { id: string; outlet: string; text: string }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f, i) => ({ id: f, outlet: SEED_OUTLETS[i] ?? 'unknown', text: readFileSync(join(dir, f), 'utf8') }));
}

export interface SeedResult {
  model: VariantModel;
  /** Spellings of the group that holds "Sergei", as written. */
  sergei: string[];
  groups: number;
}

export function seedResult(dir: string, decisions?: VariantDecisions): SeedResult {
  const model = buildVariantModel(loadSeeds(dir), decisions, { english: loadEnglish() });
  const id = model.groupOfSpelling.get('sergei');
  const group = model.groups.find((g) => g.id === id);
  return { model, sergei: group ? group.spellings.map((s) => s.text) : [], groups: model.groups.length };
}
