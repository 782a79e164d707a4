/** One article of the exported comparison: the same runs the view draws, written as escaped HTML. */
import type { ComparisonView } from '../../../shared/compare-types';
import { KIND_HINTS, KIND_LABELS, reasonLabel } from '../components/compare/model/labels';
import { buildPaneRuns, changeTitle, type Piece, type Side } from '../components/compare/model/pane-runs';
import { pairNumbers } from '../components/compare/model/reading-order';
import { shownKind } from '../components/compare/model/shown-kind';
import { formatCount, formatDate, visiblePath } from '../text/format';
import { escapeHtml as e } from './escape-html';

function piece(p: Piece, side: Side): string {
  const text = e(p.text);
  const c = p.change;
  if (!c) return text;
  const title = e(changeTitle(c, side, reasonLabel(c.reason ?? undefined)));
  if (c.style === 'del') return `<del class="diff diff-del" title="${title}">${text}</del>`;
  if (c.style === 'ins') return `<ins class="diff diff-ins" title="${title}">${text}</ins>`;
  return `<span class="diff diff-${c.style}" title="${title}">${text}</span>`;
}

export function renderPane(view: ComparisonView, side: Side, hideSpelling: boolean): string {
  const meta = side === 'A' ? view.a : view.b;
  const text = (side === 'A' ? view.aText : view.bText) ?? '';
  const segments = view.comparison.segments ?? [];
  const numbers = pairNumbers(segments);
  const body = buildPaneRuns(text, segments, side, { hideSpelling })
    .map((run) => {
      const inner = run.pieces.map((p) => piece(p, side)).join('');
      const seg = run.seg === null ? undefined : segments[run.seg];
      if (!seg || run.seg === null) return inner;
      const n = run.first ? numbers.get(run.seg) : undefined;
      const kind = shownKind(seg.kind, hideSpelling);
      const title = `${n ? `Passage ${n}: ` : ''}${KIND_LABELS[kind] ?? kind}. ${KIND_HINTS[kind] ?? ''}.`;
      return `<span class="passage seg-${e(kind)}"${n ? ` data-n="${n}"` : ''} title="${e(title)}">${inner}</span>`;
    })
    .join('');
  const facts = [meta.outlet, formatDate(meta.date), formatCount(meta.words ?? 0, 'word')].map(e).join(' · ');
  return `<article class="pane">
<header><span class="side">${side}</span><div><p class="meta"><strong>${facts}</strong></p>
<h2>${e(meta.title || visiblePath(meta.path))}</h2>
<p class="file">${e(visiblePath(meta.path))}${meta.url ? ` · ${e(meta.url)}` : ''}</p></div></header>
<div class="text">${body}</div>
</article>`;
}
