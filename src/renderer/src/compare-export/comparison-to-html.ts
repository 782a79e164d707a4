/**
 * A comparison as one self-contained HTML file: both texts side by side with the alignment
 * colours and word changes, and the summary. Inline CSS, no scripts (a Content-Security-Policy
 * forbids them too), every piece of article text escaped: a page quoting "<script>" shows it.
 */
import type { ComparisonView } from '../../../shared/compare-types';
import { visiblePath } from '../text/format';
import { escapeHtml as e } from './escape-html';
import { EXPORT_CSS } from './export-styles';
import { renderSummary } from './render-summary';
import { renderPane } from './render-text';

export interface ExportOptions {
  /** Draw spelling-only differences as plain text, as the view does when asked. */
  hideSpelling?: boolean;
}

export function comparisonToHtml(view: ComparisonView, options: ExportOptions = {}): string {
  const hide = options.hideSpelling ?? false;
  const title = (m: ComparisonView['a']) => m.title || visiblePath(m.path);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(`Comparison: ${title(view.a)} — ${title(view.b)}`)}</title>
<style>${EXPORT_CSS}</style>
</head>
<body>
<h1>Comparison of two articles</h1>
<p class="muted">A: ${e(view.a.outlet)} · B: ${e(view.b.outlet)}${hide ? ' · spelling-only differences not shown' : ''}. Exported from Parallax.</p>
<div class="layout">
${renderSummary(view.comparison, hide)}
${renderPane(view, 'A', hide)}
${renderPane(view, 'B', hide)}
</div>
</body>
</html>
`;
}

/** "parallax-comparison-<a>-<b>.html", from the two file names without folders or extensions. */
export function exportFileName(view: ComparisonView): string {
  const stem = (id: string) =>
    (id.split('/').pop() ?? id)
      .replace(/\.[^.]+$/, '')
      .replace(/[^\w-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'article';
  return `parallax-comparison-${stem(view.a.id)}-${stem(view.b.id)}.html`;
}
