/** The summary column of the exported comparison, as escaped HTML. */
import { SIMILARITY_DEFINITION, SPELLING_MARK_LABEL } from '../../../shared/compare-labels';
import type { Comparison, Facts, QuoteReport, WordChange } from '../../../shared/compare-types';
import { KIND_LABELS, KINDS, percent, quoteFateLabel, reasonLabel } from '../components/compare/model/labels';
import { diffParts } from '../components/compare/model/diff-parts';
import { ownQuotes } from '../components/compare/model/quotes';
import { escapeHtml as e } from './escape-html';

function wordDiff(changes: readonly WordChange[], hideSpelling: boolean): string {
  return diffParts(changes, hideSpelling)
    .map((p) => {
      if (p.style === 'del') return `<del class="diff diff-del">${e(p.text)}</del>`;
      if (p.style === 'ins') return `<ins class="diff diff-ins">${e(p.text)}</ins>`;
      if (p.style === 'spell') return `<span class="diff diff-spell" title="${e(`Spelling only (${reasonLabel(p.reason)}): was “${p.was ?? ''}”`)}">${e(p.text)}</span>`;
      return e(p.text);
    })
    .join('');
}

function quotes(all: readonly QuoteReport[], side: 'A' | 'B', hideSpelling: boolean): string {
  const other = side === 'A' ? 'B' : 'A';
  const { list, echoes } = ownQuotes(all, side);
  const items = list.map((q) => {
    const diff = q.otherSide === 'reworded' && q.changes.length ? `<p class="quote-diff">${other}: ${wordDiff(q.changes, hideSpelling)}</p>` : '';
    return `<li><q>${e(q.text)}</q> <span class="speaker">— ${e(q.speaker ?? 'speaker not named')}</span> <span class="fate fate-${e(q.otherSide)}">${e(quoteFateLabel(q.otherSide))} ${other}</span>${diff}</li>`;
  });
  const note = echoes ? `<p class="muted">${echoes} more in ${side}, also in ${other}: listed under ${other}.</p>` : '';
  return items.length ? `<ul class="quotes">${items.join('')}</ul>${note}` : note || `<p class="muted">No quotations in ${side}.</p>`;
}

function facts(f: Facts | undefined, side: 'A' | 'B'): string {
  const groups = (['names', 'numbers', 'dates'] as const)
    .map((k) => ({ k, items: f?.[k] ?? [] }))
    .filter((g) => g.items.length)
    .map((g) => `<p><span class="muted">${g.k[0].toUpperCase()}${g.k.slice(1)}:</span> ${g.items.map((i) => `<span class="fact">${e(i.text)}</span>`).join(' ')}</p>`);
  return groups.length ? groups.join('') : `<p class="muted">Nothing found only in ${side}.</p>`;
}

export function renderSummary(c: Comparison, hideSpelling: boolean): string {
  const counts = KINDS.map((k) => `<li><span class="swatch seg-${k}"></span>${KIND_LABELS[k]} <strong>${Number(c.counts?.[k] ?? 0)}</strong></li>`).join('');
  const spelling = Number(c.spellingChanges ?? 0);
  const spellingMark = hideSpelling ? SPELLING_MARK_LABEL : `<span class="diff diff-spell">${SPELLING_MARK_LABEL}</span>`;
  const spellingNote = `${spellingMark}: <strong class="spelling-count">${spelling}</strong> ${spelling === 1 ? 'change' : 'changes'}${hideSpelling ? ' (not shown: drawn as the same text)' : ''}`;
  return `<aside class="summary">
<p class="similarity" title="${e(SIMILARITY_DEFINITION)}"><strong>${percent(c.similarity)}</strong> similar</p>
<p class="muted">${e(SIMILARITY_DEFINITION)}</p>
<h3>Passages</h3><ul class="kinds">${counts}</ul>
<p class="muted">Numbers pair a passage with its counterpart. Words: <del class="diff diff-del">only in A</del> <ins class="diff diff-ins">only in B</ins> <span class="diff diff-rep">replaced</span> ${spellingNote}</p>
<h3>Quotations in A</h3>${quotes(c.quotes ?? [], 'A', hideSpelling)}
<h3>Quotations in B</h3>${quotes(c.quotes ?? [], 'B', hideSpelling)}
<h3>Only in A</h3>${facts(c.onlyA, 'A')}
<h3>Only in B</h3>${facts(c.onlyB, 'B')}
</aside>`;
}
