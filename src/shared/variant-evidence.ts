/**
 * What in the folder made a spelling join its group, in words. One function for every surface
 * (the Variants tab, tooltips, the CLI), so a piece of evidence reads the same everywhere.
 */
import type { VariantEvidence } from './variant-types';

export function describeEvidence(e: VariantEvidence): string {
  switch (e.kind) {
    case 'anchor':
      return 'the most common spelling';
    case 'accents':
      return 'only accents differ';
    case 'full-name':
      return `both stand beside “${e.detail ?? ''}”`;
    case 'shared-names':
      return `both appear in sentences naming ${e.detail ?? 'the same people'}`;
    case 'outlets':
      // The engine writes the sentence itself ("The Guardian writes Kyiv; Reuters writes Kiev").
      return e.detail ?? 'outlets each keep to one spelling';
    case 'rare-typo':
      return 'rare, and written in articles that also use the common spelling';
    case 'romanisation':
      return `a romanisation pattern: ${e.detail ?? 'another way to write the same sounds'}`;
    case 'user':
      return 'you merged it';
  }
}
