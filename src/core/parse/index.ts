/** Parsing files into articles: the public surface of src/core/parse. */
export type { HtmlExtract, JsonLdArticle, ParseDeps, ParsedDocument, ParseResult, SourceFile } from './parsed-document';
export { parseDocument } from './parse-document';
export { removeRepeatedLines, findRepeatedLines, type RepeatedLineOptions } from './repeated-lines';
export { isFurniture, removeFurniture } from './furniture';
export { extensionOf, formatOf } from './doc-format';
export { outletFromUrl, normaliseOutletName } from './outlet-from-url';
export { parseDateString } from './dates';
