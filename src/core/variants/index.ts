export * from './types';
export { variantKeys, keysOf, skeleton, phoneticCode, type VariantKey } from './keys';
export { compareSpellings, verifySpellings, prepare, type Verdict, type Level, type Prepared } from './compare';
export { foldTranslit } from './translit';
export { clusterSpellings, type Cluster, type ClusterItem } from './cluster';
export { extractCandidates } from './candidates';
export { buildVariantModel, applyDecisions } from './model';
export { serializeVariantModel, loadVariantModel } from './serialize';
export type { CorpusDoc } from './lexicon';
