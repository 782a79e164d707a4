/**
 * The Variants tab's actions: each decision goes to the engine, the new groups come back,
 * and a sentence says what changed for searches. Clicks on spellings run searches.
 */
import { useState } from 'react';
import type { VariantGroupView } from '../../contract';
import { useUi } from '../../state/ui-context';
import { updatePanel } from '../../variants/panel-store';
import { groupSearch, spellingSearch, type SpellingSearch } from '../../variants/search-spelling';
import { useVariantDecisions } from '../../variants/use-variants';

const listed = (texts: string[]): string =>
  texts.length < 2 ? (texts[0] ?? '') : `${texts.slice(0, -1).join(', ')} and ${texts[texts.length - 1]}`;

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
        { id: '', spelling: groups[0].label },
      ),
    split: (group: VariantGroupView, spelling: string) => {
      const rest = group.spellings.find((s) => s.text !== spelling)?.text ?? group.label;
      return run(
        { action: 'split', spellings: [spelling] },
        `Split ${spelling} out of ${group.label}: searches for ${rest} no longer find ${spelling}, and ${spelling} no longer finds them.`,
        { id: group.id, spelling: rest },
      );
    },
    reject: (group: VariantGroupView) =>
      run(
        { action: 'reject', spellings: [group.label] },
        `${listed(group.spellings.map((s) => s.text))} are now treated as different names. “Undo all decisions” brings the group back.`,
        null,
      ),
    reset: () => run({ action: 'reset', spellings: [] }, 'All decisions undone: the groups are as Parallax found them.', null),
    searchSpelling: (group: VariantGroupView, spelling: string) => search(spellingSearch(group, spelling)),
    searchGroup: (group: VariantGroupView) => search(groupSearch(group)),
  };
}

type PanelOpen = { id: string; spelling: string } | null;
export type VariantActions = ReturnType<typeof useVariantActions>;
