/**
 * Clean text is a list of paragraphs separated by one blank line, each on a single line with
 * single spaces: a predictable shape for highlighting offsets, comparison and word counts.
 */

// Zero-width and soft-hyphen characters split words invisibly and break matching.
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const SPACES = /[\t\v\f \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g;

export function normaliseNewlines(text: string): string {
  return text.replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n').replace(INVISIBLE, '');
}

export function collapseSpaces(line: string): string {
  return line.replace(SPACES, ' ').trim();
}

/** Runs of non-empty lines, blank lines between them dropped. */
export function splitBlocks(text: string): string[][] {
  const blocks: string[][] = [];
  let cur: string[] = [];
  for (const raw of normaliseNewlines(text).split('\n')) {
    const line = collapseSpaces(raw);
    if (line) cur.push(line);
    else if (cur.length) {
      blocks.push(cur);
      cur = [];
    }
  }
  if (cur.length) blocks.push(cur);
  return blocks;
}

/**
 * Plain text to paragraphs. Saved articles usually put one paragraph per line; a block whose
 * lines all look hard-wrapped (e-mail style, ~40–100 columns, no sentence end) is joined instead.
 */
export function plainTextToParagraphs(text: string): string {
  const out: string[] = [];
  for (const block of splitBlocks(text)) {
    // No push(...block): a block of 400,000 lines would overflow the call stack.
    if (isHardWrapped(block)) out.push(block.join(' '));
    else for (const line of block) out.push(line);
  }
  return out.join('\n\n');
}

function isHardWrapped(block: string[]): boolean {
  if (block.length < 3) return false;
  const body = block.slice(0, -1);
  if (!body.every((l) => l.length >= 40 && l.length <= 100)) return false;
  const openEnded = body.filter((l) => !/[.!?:"”’)]$/.test(l)).length;
  return openEnded >= body.length / 2;
}

export function paragraphsOf(text: string): string[] {
  return text.split(/\n{2,}/).filter((p) => p.trim() !== '');
}

export function joinParagraphs(paragraphs: string[]): string {
  return paragraphs.map(collapseSpaces).filter(Boolean).join('\n\n');
}
