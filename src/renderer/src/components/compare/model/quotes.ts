import type { QuoteReport } from '../../../../../shared/compare-types';
import type { TextRange } from '../../../../../shared/document';

const overlaps = (x: TextRange | null, y: TextRange | null): boolean => !!x && !!y && x.start < y.end && y.start < x.end;

/**
 * The quotations to list under one side. B's quotes that merely answer one of A's (each is the
 * other's match) are already told under A: listing them twice is noise, so they are counted.
 */
export function ownQuotes(quotes: readonly QuoteReport[], side: 'A' | 'B'): { list: QuoteReport[]; echoes: number } {
  const mine = quotes.filter((q) => q.side === side);
  if (side === 'A') return { list: mine, echoes: 0 };
  const fromA = quotes.filter((q) => q.side === 'A');
  const list = mine.filter((q) => !fromA.some((a) => overlaps(a.otherRange, q.range) && overlaps(q.otherRange, a.range)));
  return { list, echoes: mine.length - list.length };
}
