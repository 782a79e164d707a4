/**
 * A word diff as one line of parts for reading (a quotation as the other side renders it):
 * the other side's words, with the dropped ones struck. Change strings carry their spaces
 * unevenly ("a deaf" then "person"), so spaces are moved outside the marks and added where
 * two words would otherwise run together.
 */
import type { SpellingReason, WordChange } from '../../../../../shared/compare-types';

export interface DiffPart {
  text: string;
  style: 'same' | 'del' | 'ins' | 'spell';
  reason?: SpellingReason;
  /** For a spelling-only part: the words it replaces. */
  was?: string;
}

export function diffParts(changes: readonly WordChange[], hideSpelling: boolean): DiffPart[] {
  const out: DiffPart[] = [];
  const push = (text: string, style: DiffPart['style'], extra: Partial<DiffPart> = {}) => {
    if (!text) return;
    if (style === 'same') {
      out.push({ text, style });
      return;
    }
    const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
    const last = out[out.length - 1]?.text ?? '';
    if (m[1]) out.push({ text: m[1], style: 'same' });
    else if (last && !/\s$/.test(last) && m[2]) out.push({ text: ' ', style: 'same' });
    if (m[2]) out.push({ text: m[2], style, ...extra });
    if (m[3]) out.push({ text: m[3], style: 'same' });
  };
  for (const c of changes) {
    if (c.op === 'equal' || (c.spellingOnly && hideSpelling)) push(c.b ?? '', 'same');
    else if (c.spellingOnly) push(c.b ?? '', 'spell', { reason: c.reason, was: (c.a ?? '').trim() });
    else {
      push(c.a ?? '', 'del');
      push(c.b ?? '', 'ins');
    }
  }
  return out;
}
