/**
 * Full-name groups: multi-word names (Sergei Lavrov / Sergey Lavrov) whose words fall, position
 * by position, in the same word groups. Anchored on the most frequent full spelling.
 */
import type { Resolved } from './decisions';
import type { NameGroup, SpellingStat } from './types';

export function buildNameGroups(names: Record<string, SpellingStat>, groups: Resolved[], groupOfSpelling: Map<string, string>): NameGroup[] {
  const reasonOf = new Map<string, string>();
  for (const g of groups) for (const m of g.members) reasonOf.set(m.norm, m.reason);
  const buckets = new Map<string, string[]>();
  for (const norm of Object.keys(names)) {
    const parts = norm.split(' ');
    if (!parts.some((p) => groupOfSpelling.has(p))) continue;
    const key = parts.map((p) => groupOfSpelling.get(p) ?? `=${p}`).join(' ');
    const list = buckets.get(key);
    if (list) list.push(norm);
    else buckets.set(key, [norm]);
  }
  const out: NameGroup[] = [];
  for (const list of buckets.values()) {
    if (list.length < 2) continue;
    list.sort((a, b) => names[b].count - names[a].count || (a < b ? -1 : 1));
    const anchor = list[0].split(' ');
    out.push({
      id: `n:${list[0]}`,
      label: names[list[0]].text,
      spellings: list.map((norm, i) => {
        const words = names[norm].text.split(' ');
        const why = norm
          .split(' ')
          .map((p, k) => (p !== anchor[k] ? `${words[k] ?? p}: ${reasonOf.get(p) ?? 'same group'}` : ''))
          .filter(Boolean)
          .join('; ');
        return { ...names[norm], reason: i === 0 ? 'anchor' : why };
      }),
    });
  }
  return out.sort((a, b) => b.spellings[0].count - a.spellings[0].count || (a.id < b.id ? -1 : 1));
}

