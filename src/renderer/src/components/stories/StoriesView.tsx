import { useMemo } from 'react';
import { getBridge } from '../../api/bridge';
import { useApiQuery } from '../../hooks/use-api-query';
import { useDocuments } from '../../hooks/use-documents';
import { useCorpusKey } from '../../hooks/use-status';
import { useUi } from '../../state/ui-context';
import { formatCount } from '../../text/format';
import { ErrorNote } from '../common/ErrorNote';
import { DrawErrorBoundary } from '../compare/DrawErrorBoundary';
import { OutletMatchup } from './OutletMatchup';
import { copiesByDoc } from './stories-model';
import { StoryCard } from './StoryCard';

export function StoriesView() {
  const { dispatch } = useUi();
  const key = useCorpusKey();
  const res = useApiQuery(() => getBridge().stories({}), key);
  // Every document, for the outlet list and the articles no story holds.
  const docs = useDocuments(true);
  const copies = useMemo(() => copiesByDoc(res.data?.duplicates ?? []), [res.data]);
  const open = (id: string) => dispatch({ type: 'openDoc', id });
  const compare = (a: string, b: string) => dispatch({ type: 'compare', a, b });
  const stories = res.data?.stories ?? [];
  const told = new Set(stories.flatMap((s) => s.documents.map((d) => d.id))).size;

  return (
    <section className="list-view stories-view" aria-label="Stories">
      <ErrorNote error={res.error} />
      <ErrorNote error={docs.error} />
      {res.loading && !res.data && <p className="muted">Grouping articles into stories…</p>}
      {res.data && (
        <>
          <p className="muted">
            {formatCount(stories.length, 'story', 'stories')} told by more than one article
            {docs.data ? `: ${told.toLocaleString('en-GB')} of the ${formatCount(docs.data.length, 'article')}` : ''}. Click a title
            to read it, a number to compare two articles.
          </p>
          {/* Keyed by the corpus: another folder has other outlets, and the two picked must start afresh. */}
          {docs.data && <OutletMatchup key={key} stories={stories} docs={docs.data} onOpen={open} onCompare={compare} />}
          {stories.length === 0 && <p className="muted">No two articles seem to tell the same story.</p>}
          {stories.map((s) => (
            <DrawErrorBoundary key={s.id} what="this story">
              <StoryCard story={s} copies={copies} onOpen={open} onCompare={compare} />
            </DrawErrorBoundary>
          ))}
        </>
      )}
    </section>
  );
}
