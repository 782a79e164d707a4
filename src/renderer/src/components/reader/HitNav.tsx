interface HitNavProps {
  current: number;
  total: number;
  onGo(index: number): void;
}

/** "3 of 12" with previous/next; wraps around like a browser's find bar. */
export function HitNav({ current, total, onGo }: HitNavProps) {
  if (total === 0) return <span className="hit-count muted">No hits in this article</span>;
  const go = (delta: number) => onGo((current + delta + total) % total);
  return (
    <span className="hit-nav" role="group" aria-label="Hits">
      <button type="button" className="icon-button" aria-label="Previous hit" title="Previous hit (Shift+Enter)" onClick={() => go(-1)}>
        ↑
      </button>
      <span className="hit-count" aria-live="polite">
        {current + 1} of {total}
      </span>
      <button type="button" className="icon-button" aria-label="Next hit" title="Next hit (Enter)" onClick={() => go(1)}>
        ↓
      </button>
    </span>
  );
}
