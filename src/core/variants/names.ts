/**
 * Full-name groups: multi-word names (Sergei Lavrov / Sergey Lavrov) whose words fall, position
 * by position, in the same word groups. Anchored on the most frequent full spelling.
 */
import type { Resolved } from './decisions';
import { reasonOfMatch } from '../../shared/variant-rules';
import type { GroupMember, NameGroup, SpellingInfo, SpellingStat } from './types';

export function buildNameGroups(names: Record<string, SpellingStat>, groups: Resolved[], groupOfSpelling: Map<string, string>): NameGroup[] {
  const memberOf = new Map<string, GroupMember>();
  for (const g of groups) for (const m of g.members) memberOf.set(m.norm, m);
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
    const spellings: SpellingInfo[] = list.map((norm, i) => {
      const { forms: _forms, ...s } = names[norm];
      void _forms;
      if (i === 0) return { ...s, reasons: [reasonOfMatch('anchor')], evidence: [{ kind: 'anchor' }], confidence: 'high' };
      const words = s.text.split(' ');
      // A full name is as sure as its least sure word, on the evidence of the words that differ.
      const differing = norm.split(' ').flatMap((p, k) => (p !== anchor[k] ? [{ word: words[k] ?? p, member: memberOf.get(p) }] : []));
      const reasons = differing.map((d) => ({ ...(d.member?.why ?? reasonOfMatch('same-group')), word: d.word }));
      const evidence = differing.flatMap((d) => d.member?.evidence ?? []);
      const confidence = differing.every((d) => !d.member || d.member.confidence === 'high') ? 'high' : 'possible';
      return { ...s, reasons, evidence, confidence };
    });
    out.push({ id: `n:${list[0]}`, label: names[list[0]].text, confidence: spellings.every((x) => x.confidence === 'high') ? 'high' : 'possible', spellings });
  }
  return out.sort((a, b) => b.spellings[0].count - a.spellings[0].count || (a.id < b.id ? -1 : 1));
}

