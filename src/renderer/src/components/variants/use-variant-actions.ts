/**
 * The Variants tab's actions: each decision goes to the engine, the new groups come back,
 * and a sentence says what changed for searches. Clicks on spellings run searches.
 */
import { useState } from 'react';
import type { VariantDecisionEntry, VariantGroupView } from '../../contract';
import { useUi } from '../../state/ui-context';
import { describeDecision, listed } from '../../variants/decision-text';
import { updatePanel } from '../../variants/panel-store';
import { groupSearch, spellingSearch, type SpellingSearch } from '../../variants/search-spelling';
import { useVariantDecisions } from '../../variants/use-variants';

type PanelOpen = { id: string; spelling: string } | null;
/** The group to open once a decision takes the current one out of the queue. */
const openOf = (g: VariantGroupView | undefined): PanelOpen => (g ? { id: g.id, spelling: g.label } : null);
// An empty id makes the view find the group by spelling: the decision may have renamed it.
const bySpelling = (spelling: string): PanelOpen => ({ id: '', spelling });

const UNDO_HINT = 'Undo it from “Your decisions”, or press u.';

export function useVariantActions() {
  const { dispatch } = useUi();
  const { decide, busy, error } = useVariantDecisions();
  const [message, setMessage] = useState('');
  // Counts decisions that went through, so the view can move focus after each one.
  const [done, setDone] = useState(0);

  const run = async (req: Parameters<typeof decide>[0], text: string, open: PanelOpen) => {
    setMessage('');
    if (!(await decide(req))) return;
    updatePanel({ open, picked: [] });
    setMessage(text);
    setDone((n) => n + 1);
  };

  const search = ({ query, excluded }: SpellingSearch) => {
    // A click asks for these spellings whatever the switch said before.
    dispatch({ type: 'setVariantsEnabled', enabled: true });
    dispatch({ type: 'submit', query, excluded });
  };

  return {
    busy,
    error,
    message,
    done,
    merge: (groups: VariantGroupView[]) =>
      run(
        { action: 'merge', spellings: groups.map((g) => g.label) },
        `Merged ${listed(groups.map((g) => g.label))}: a search for any of their spellings now finds them all.`,
        bySpelling(groups[0].label),
      ),
    split: (group: VariantGroupView, spelling: string) => {
      const rest = group.spellings.find((s) => s.text !== spelling)?.text ?? group.label;
      return run(
        { action: 'split', spellings: [spelling] },
        `Split ${spelling} out of ${group.label}: searches for ${rest} no longer find ${spelling}, and ${spelling} no longer finds them.`,
        { id: group.id, spelling: rest },
      );
    },
    /** "Not the same name" for one group or several at once (one decision, undone at once). */
    reject: (groups: VariantGroupView[], next?: VariantGroupView) =>
      run(
        { action: 'reject', spellings: groups.map((g) => g.label) },
        groups.length === 1
          ? `${listed(groups[0].spellings.map((s) => s.text))} are now treated as different names. ${UNDO_HINT}`
          : `${listed(groups.map((g) => g.label))}: the spellings of each are now treated as different names. ${UNDO_HINT}`,
        openOf(next),
      ),
    /** "Same name": the group counts as high confidence and leaves the review queue. */
    confirm: (group: VariantGroupView, next?: VariantGroupView) =>
      run(
        { action: 'confirm', spellings: [group.label] },
        `Confirmed ${group.label}: ${listed(group.spellings.map((s) => s.text))} are one name, and a search for any of them finds them all.`,
        openOf(next) ?? { id: group.id, spelling: group.label },
      ),
    /** Takes back one decision; the group it was about opens again. */
    undo: (entry: VariantDecisionEntry) =>
      run({ action: 'undo', spellings: [], decision: entry.id }, `Undone: “${describeDecision(entry)}”.`, bySpelling(entry.sets[0]?.[0] ?? entry.labels[0])),
    reset: () => run({ action: 'reset', spellings: [] }, 'All decisions undone: the groups are as Parallax found them.', null),
    searchSpelling: (group: VariantGroupView, spelling: string) => search(spellingSearch(group, spelling)),
    searchGroup: (group: VariantGroupView) => search(groupSearch(group)),
  };
}

export type VariantActions = ReturnType<typeof useVariantActions>;
