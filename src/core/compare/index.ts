/** The comparison engine: pure functions over article text, no I/O. */
export { splitSentences } from './sentence-split';
export { compareTexts, textSimilarities, textSimilarity } from './compare-texts';
export { diffStrings } from './word-diff';
export { defaultIsSpellingVariant } from './spelling-variant';
export type {
  CompareOptions,
  Comparison,
  FactItem,
  Facts,
  QuoteReport,
  Segment,
  SegmentKind,
  Sentence,
  SpellingReason,
  SpellingVariantTest,
  WordChange,
} from './types';
export { buildStoryModel, counterparts, groupStories, storyOf } from './stories';
export type { Counterpart, Story, StoryDoc, StoryModel, StoryOptions } from './stories';
