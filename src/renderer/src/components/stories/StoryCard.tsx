import { useState } from 'react';
import type { StoryView } from '../../contract';
import { formatCount, formatDocDate, visiblePath } from '../../text/format';
import { percent } from '../compare/model/labels';
import { storyDocs, type CopyLink } from './stories-model';

/** Beyond this many articles a story shows its first ones until asked: pairs grow as n². */
const FOLDED = 8;

interface StoryCardProps {
  story: StoryView;
  copies: ReadonlyMap<string, CopyLink[]>;
  onOpen(id: string): void;
  onCompare(a: string, b: string): void;
}

/** One story: who told it, each article one click from reading, each pair one click from comparing. */
export function StoryCard({ story, copies, onOpen, onCompare }: StoryCardProps) {
  const [all, setAll] = useState(false);
  const docs = storyDocs(story);
  const number = new Map(docs.map((d, i) => [d.id, i + 1]));
  const shown = all ? docs : docs.slice(0, FOLDED);
  const headingId = `story-${story.id}`;

  return (
    <article className="story" aria-labelledby={headingId}>
      <header className="story-head">
        <h3 id={headingId}>{story.title}</h3>
        <span className="muted">
          {formatCount(docs.length, 'article')}, {formatCount(story.outlets.length, 'outlet')}
        </span>
      </header>
      <ul className="chips" aria-label="Outlets">
        {story.outlets.map((o) => (
          <li key={o} className="chip">
            {o}
          </li>
        ))}
      </ul>
      <ol className="story-docs" aria-label="Articles">
        {shown.map((d, i) => (
          <li key={d.id} className="story-doc">
            <span className="doc-no" aria-hidden="true">
              {i + 1}
            </span>
            <div className="doc-main">
              <button type="button" className="title-button" onClick={() => onOpen(d.id)}>
                {d.title || visiblePath(d.path)}
              </button>
              <span className="muted doc-line">
                {d.outlet} · {formatDocDate(d)}
                {(copies.get(d.id) ?? []).map((c) => (
                  <button
                    key={c.other}
                    type="button"
                    className="badge copy"
                    title={`Nearly the same text as article ${number.get(c.other) ?? ''} (${percent(c.score)} shared): compare them`}
                    onClick={() => onCompare(d.id, c.other)}
                  >
                    near copy of {number.get(c.other) ?? visiblePath(c.other)}
                  </button>
                ))}
              </span>
            </div>
            <span className="pair-buttons">
              <span className="muted small">Compare with</span>
              {docs.map((o, j) =>
                o.id === d.id ? null : (
                  <button
                    key={o.id}
                    type="button"
                    className="small pair"
                    aria-label={`Compare with ${j + 1}: ${o.outlet}, ${o.title || visiblePath(o.path)}`}
                    title={`${o.outlet}: ${o.title || visiblePath(o.path)}`}
                    onClick={() => onCompare(d.id, o.id)}
                  >
                    {j + 1}
                  </button>
                ),
              )}
            </span>
          </li>
        ))}
      </ol>
      {docs.length > FOLDED && (
        <button type="button" className="link-button" onClick={() => setAll(!all)}>
          {all ? 'Show fewer' : `Show all ${docs.length} articles`}
        </button>
      )}
    </article>
  );
}
