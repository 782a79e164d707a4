export * from './types';
export { variantKeys, keysOf, skeleton, phoneticCode, type VariantKey } from './keys';
export { compareSpellings, verifySpellings, prepare, type Verdict, type Level, type Prepared } from './compare';
export { foldTranslit } from './translit';
export { clusterSpellings, type Cluster, type ClusterItem } from './cluster';
export { extractCandidates } from './candidates';
