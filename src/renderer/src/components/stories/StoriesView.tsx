import { getBridge } from '../../api/bridge';
import type { DocMeta, StoryView } from '../../contract';
import { useApiQuery } from '../../hooks/use-api-query';
import { useCorpusKey } from '../../hooks/use-status';
import { useUi } from '../../state/ui-context';
import { formatCount, formatDate, visiblePath } from '../../text/format';
import { ErrorNote } from '../common/ErrorNote';

function StoryCard({ story, onOpen, onCompare }: { story: StoryView; onOpen(id: string): void; onCompare(a: string, b: string): void }) {
  const [first, second] = story.documents;
  return (
    <article className="story" aria-labelledby={`story-${story.id}`}>
      <header className="story-head">
        <h3 id={`story-${story.id}`}>{story.title}</h3>
        <span className="muted">{formatCount(story.documents.length, 'article')}</span>
        {first && second && (
          <button type="button" className="small" onClick={() => onCompare(first.id, second.id)}>
            Compare first two
          </button>
        )}
      </header>
      <ul className="chips" aria-label="Outlets">
        {story.outlets.map((o) => (
          <li key={o} className="chip">
            {o}
          </li>
        ))}
      </ul>
      <ul className="story-docs">
        {story.documents.map((d) => (
          <li key={d.id}>
            <button type="button" className="title-button" onClick={() => onOpen(d.id)}>
              {d.title || visiblePath(d.path)}
            </button>
            <span className="muted doc-line">
              {d.outlet} · {formatDate(d.date)}
            </span>
          </li>
        ))}
      </ul>
    </article>
  );
}

export function StoriesView() {
  const { dispatch } = useUi();
  const key = useCorpusKey();
  const res = useApiQuery(() => getBridge().stories({}), key);
  const open = (id: string) => dispatch({ type: 'openDoc', id });
  const compare = (a: string, b: string) => dispatch({ type: 'compare', a, b });
  const titles = new Map<string, DocMeta>();
  for (const s of res.data?.stories ?? []) for (const d of s.documents) titles.set(d.id, d);
  const name = (id: string) => titles.get(id)?.title || visiblePath(id);

  return (
    <section className="list-view" aria-label="Stories">
      <ErrorNote error={res.error} />
      {res.loading && !res.data && <p className="muted">Grouping articles into stories…</p>}
      {res.data && (
        <>
          <p className="muted">
            {formatCount(res.data.stories.length, 'story', 'stories')}: articles that report the same events, across outlets.
          </p>
          {res.data.stories.map((s) => (
            <StoryCard key={s.id} story={s} onOpen={open} onCompare={compare} />
          ))}
          {res.data.duplicates.length > 0 && (
            <section aria-label="Near duplicates" className="duplicates">
              <h3>Near duplicates</h3>
              <ul>
                {res.data.duplicates.map(([a, b, score]) => (
                  <li key={`${a}|${b}`}>
                    {name(a)} ↔ {name(b)} <span className="muted">{Math.round(score * 100)}%</span>{' '}
                    <button type="button" className="small" onClick={() => compare(a, b)}>
                      Compare
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </section>
  );
}
