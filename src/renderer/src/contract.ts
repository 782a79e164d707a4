// One place for the renderer's imports from the shared contract, so components do not climb
// four directories for a type.
export type { CorpusApi, CorpusMethod } from '../../shared/corpus-api';
export type { ApiError, Result } from '../../shared/result';
export type { DocMeta, SkippedFile, TextRange } from '../../shared/document';
export type {
  DocumentView,
  ExpansionSpelling,
  FacetCount,
  QueryExpansion,
  SearchHit,
  SearchRequest,
  SearchResponse,
  Snippet,
  SortOrder,
  VariantMark,
} from '../../shared/search-types';
export type { CorpusStatus, IndexPhase } from '../../shared/status';
export type { ComparisonView, Counterpart, Segment, SegmentKind, StoriesView, StoryView } from '../../shared/compare-types';
export type {
  SpellingInfo,
  VariantConfidence,
  VariantDecisionEntry,
  VariantDecisionsView,
  VariantEvidence,
  VariantGroupView,
  VariantsView,
} from '../../shared/variant-types';
export type { ShellApi } from '../../preload/api';
