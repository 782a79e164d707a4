import type { CorpusStatus, IndexPhase } from '../../contract';

const PHASES: Record<IndexPhase, string> = {
  walking: 'Finding files',
  reading: 'Reading',
  indexing: 'Indexing',
  variants: 'Grouping name spellings',
  stories: 'Finding stories',
  saving: 'Saving the index',
  loading: 'Loading the saved index',
  done: 'Finishing',
};

export function ProgressBar({ status, onCancel }: { status: CorpusStatus; onCancel(): void }) {
  const p = status.progress;
  const phase = p ? PHASES[p.phase] : 'Starting';
  const known = p !== null && p.total > 0;
  const counts = known ? `${p.done.toLocaleString('en-GB')} / ${p.total.toLocaleString('en-GB')}` : '';
  const pct = known ? Math.min(100, Math.round((p.done / p.total) * 100)) : 0;
  return (
    <div className="progress">
      <div
        role="progressbar"
        aria-label="Indexing progress"
        aria-valuemin={0}
        aria-valuemax={known ? p.total : undefined}
        aria-valuenow={known ? p.done : undefined}
        aria-valuetext={`${phase} ${counts}`.trim()}
        className={`progress-track ${known ? '' : 'indeterminate'}`}
      >
        <div className="progress-fill" style={{ width: known ? `${pct}%` : undefined }} />
      </div>
      <span className="progress-text">
        {phase}
        {counts && <span className="progress-counts"> {counts}</span>}
      </span>
      <button type="button" className="small" onClick={onCancel}>
        Cancel indexing
      </button>
    </div>
  );
}
