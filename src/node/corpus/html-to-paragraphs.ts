// Elements that end a paragraph: text on either side of them is not one run of prose.
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL',
  'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TH', 'THEAD', 'TR', 'UL',
]);
// Never text a reader sees: code, styling, embedded media and form controls.
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'HEAD', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT']);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/**
 * The visible text under a DOM node as paragraphs separated by a blank line. Iterative, so
 * a hostile page nested thousands of levels deep cannot overflow the stack.
 */
export function htmlToParagraphs(root: Node): string {
  const paragraphs: string[] = [];
  let cur = '';
  const flush = () => {
    const p = cur.replace(/\s+/g, ' ').trim();
    if (p) paragraphs.push(p);
    cur = '';
  };
  const stack: { node: Node; leaving: boolean }[] = [{ node: root, leaving: false }];
  while (stack.length) {
    const { node, leaving } = stack.pop()!;
    if (node.nodeType === TEXT_NODE) {
      cur += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE && node !== root) continue;
    const el = node as Element;
    const tag = node.nodeType === ELEMENT_NODE ? el.tagName.toUpperCase() : '';
    const block = BLOCK.has(tag);
    if (leaving) {
      if (block) flush();
      continue;
    }
    if (SKIP.has(tag) || (node.nodeType === ELEMENT_NODE && (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true'))) continue;
    if (block) flush();
    stack.push({ node, leaving: true });
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], leaving: false });
  }
  flush();
  return paragraphs.join('\n\n');
}
