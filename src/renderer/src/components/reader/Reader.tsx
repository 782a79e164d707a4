import { useEffect, useRef } from 'react';
import { getBridge } from '../../api/bridge';
import { useApiQuery } from '../../hooks/use-api-query';
import { useCorpusKey } from '../../hooks/use-status';
import { useVariantGroups } from '../../hooks/use-variant-groups';
import { useUi } from '../../state/ui-context';
import { variantOptionsOf } from '../../state/variant-options';
import { dialogOpen, isInteractive, isTyping } from '../../text/keys';
import { ErrorNote } from '../common/ErrorNote';
import { HitNav } from './HitNav';
import { ReaderHeader } from './ReaderHeader';
import { ReaderText } from './ReaderText';
import { useWindowKeydown } from '../../hooks/use-window-keydown';

const BACK_LABEL = { search: 'Back to results', stories: 'Back to stories', variants: 'Back to variants', compare: 'Back to compare' };

export function Reader() {
  const { state, dispatch } = useUi();
  const reader = state.reader ?? { id: '', hit: 0, showOriginal: false };
  const corpusKey = useCorpusKey();
  const scroller = useRef<HTMLDivElement>(null);
  const query = state.query.trim();
  const variants = variantOptionsOf(state);
  const doc = useApiQuery(
    () => (reader.id ? getBridge().getDocument({ id: reader.id, ...(query ? { query } : {}), variants }) : null),
    JSON.stringify([reader.id, query, variants, corpusKey]),
  );
  // While the next document loads, the previous one must not show under the new title.
  const view = doc.data?.meta.id === reader.id ? doc.data : null;
  const groups = useVariantGroups(Boolean(view?.variantMarks.length));
  const total = view?.hits.length ?? 0;
  const current = Math.min(reader.hit, Math.max(0, total - 1));
  const close = () => dispatch({ type: 'closeReader' });
  const go = (hit: number) => dispatch({ type: 'setHit', hit });

  useEffect(() => {
    scroller.current?.focus({ preventScroll: true });
    scroller.current?.scrollTo({ top: 0 });
  }, [reader.id]);

  const onKey = (e: KeyboardEvent) => {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || dialogOpen()) return;
    if (e.key === 'Escape' && !isTyping(e.target)) {
      e.preventDefault();
      close();
    } else if (e.key === 'Enter' && !isInteractive(e.target) && total > 0 && !reader.showOriginal) {
      e.preventDefault();
      go((current + (e.shiftKey ? total - 1 : 1)) % total);
    }
  };
  useWindowKeydown(onKey);

  return (
    <section className="reader" aria-label="Reader">
      <div className="reader-toolbar">
        <button type="button" onClick={close} title="Esc">
          ← {BACK_LABEL[state.view]}
        </button>
        {view && !reader.showOriginal && query && <HitNav current={current} total={total} onGo={go} />}
        <span className="spacer" />
        <button type="button" aria-pressed={reader.showOriginal} onClick={() => dispatch({ type: 'toggleOriginal' })}>
          Show original
        </button>
        <button type="button" onClick={() => dispatch({ type: 'pickCounterpart', id: reader.id })}>
          Compare with…
        </button>
      </div>
      <div ref={scroller} className="reader-scroll" tabIndex={-1}>
        <ErrorNote error={doc.error} />
        {!view && doc.loading && <p className="muted">Loading…</p>}
        {view && (
          <article className="doc">
            <ReaderHeader meta={view.meta} onOutletChanged={doc.reload} />
            {reader.showOriginal ? (
              <pre className="original" aria-label="Original file">
                {view.original}
              </pre>
            ) : (
              <ReaderText text={view.text} hits={view.hits} marks={view.variantMarks} current={current} groups={groups} />
            )}
          </article>
        )}
      </div>
    </section>
  );
}
