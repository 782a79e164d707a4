import type { VariantConfidence } from '../../contract';

interface ConfidenceBadgeProps {
  confidence: VariantConfidence;
  /** The user said these spellings are one name; a spelling that joined since still shows 'possible'. */
  confirmed?: boolean;
  /** In the list: only groups that want a look, or that the user decided, carry a badge. */
  compact?: boolean;
}

const TITLES = {
  possible: 'Only a romanisation pattern links these spellings: nothing else in the folder says they are one name. Check, then confirm or reject.',
  high: 'The folder itself supports it: a shared full name, the same people nearby, outlets that each keep to one spelling, a rare slip or accents only.',
  confirmed: 'You confirmed these spellings are one name.',
};

/**
 * How sure Parallax is that a group (or a spelling) is one name, in words as well as colour,
 * so the mark survives greyscale, colour blindness and a screen reader.
 */
export function ConfidenceBadge({ confidence, confirmed = false, compact = false }: ConfidenceBadgeProps) {
  if (confidence === 'possible') {
    return (
      <span className="badge confidence possible" title={TITLES.possible}>
        Possible
      </span>
    );
  }
  if (confirmed) {
    return (
      <span className="badge confidence confirmed" title={TITLES.confirmed}>
        Confirmed
      </span>
    );
  }
  if (compact) return null;
  return (
    <span className="badge confidence high" title={TITLES.high}>
      High confidence
    </span>
  );
}
