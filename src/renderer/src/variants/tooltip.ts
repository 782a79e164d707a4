import type { VariantGroupView } from '../contract';

const times = (n: number): string => (n === 1 ? 'once' : `${n.toLocaleString('en-GB')} times`);

const spellingLines = (group: VariantGroupView): string[] => [
  'Spellings in this folder:',
  ...group.spellings.map((s) => `${s.text}: ${times(s.count)}`),
];

/**
 * The hover text of a marked spelling: which name it spells and every spelling of that name
 * with how often the folder uses it, so a reader sees "Sergay" is the odd one out.
 */
export function variantTooltip(group: VariantGroupView | undefined, spelling: string): string {
  if (!group) return `“${spelling}”: one of several spellings of a name in this folder`;
  const head =
    spelling.toLocaleLowerCase() === group.label.toLocaleLowerCase()
      ? `“${spelling}”: the most common spelling of this name`
      : `“${spelling}”: a spelling of ${group.label}`;
  return [head, ...spellingLines(group)].join('\n');
}

/** The hover text of a whole group (a legend entry). */
export function groupTooltip(group: VariantGroupView | undefined, fallback: string): string {
  return group ? [group.label, ...spellingLines(group)].join('\n') : fallback;
}
