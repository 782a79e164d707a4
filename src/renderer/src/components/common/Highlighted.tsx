import { buildSegments } from '../../text/segments';
import type { TextRange } from '../../contract';

/** Untrusted text with its highlights as <mark> elements: React text nodes only. */
export function Highlighted({ text, ranges }: { text: string; ranges: readonly TextRange[] }) {
  return (
    <>
      {buildSegments(text, ranges).map((s) => (s.highlighted ? <mark key={s.start}>{s.text}</mark> : s.text))}
    </>
  );
}
