import { decodeEntities } from '../../core/parse/html-entities';

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
// Often left unclosed in real pages: counting them would flag ordinary old markup as deep.
const OPTIONAL_CLOSE = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'thead', 'tbody', 'html', 'head', 'body']);
const TAG = /<(\/?)([a-zA-Z][\w:-]*)\b[^>]*?(\/?)>/g;

/** How deeply the page nests its elements, estimated from the markup without building a DOM. */
export function estimateNestingDepth(html: string): number {
  let depth = 0;
  let max = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    const name = m[2].toLowerCase();
    if (VOID.has(name) || OPTIONAL_CLOSE.has(name) || m[3]) continue;
    depth = m[1] ? Math.max(0, depth - 1) : depth + 1;
    if (depth > max) max = depth;
  }
  return max;
}

const BLOCK_TAG = /<\/?(p|div|br|h[1-6]|li|ul|ol|tr|table|section|article|header|footer|blockquote|pre|figure|figcaption|hr|dd|dt)\b[^>]*>/gi;

/**
 * Text from markup by pattern alone, for pages too deeply nested to give to a DOM (jsdom's
 * cost grows with depth). Rough, but linear, and the file still gets indexed.
 */
export function roughHtmlText(html: string): string {
  const text = html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|noscript|template|svg|head|title)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(BLOCK_TAG, '\n\n')
    .replace(/<[^>]*>/g, ' ');
  return decodeEntities(text)
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}
