/**
 * The user's decisions in words: for the history list, the sentence after each decision, and
 * the Undo buttons' names. Pure, so the wording is tested without a DOM.
 */
import type { VariantDecisionEntry, VariantDecisionsView, VariantGroupView } from '../contract';
import { fold } from './group-stats';

/** "A", "A and B", "A, B and C". */
export const listed = (texts: readonly string[]): string =>
  texts.length < 2 ? (texts[0] ?? '') : `${texts.slice(0, -1).join(', ')} and ${texts[texts.length - 1]}`;

/** What a decision did, as a short phrase: "Not the same name: Sergei". */
export function describeDecision(e: VariantDecisionEntry): string {
  const names = listed(e.labels);
  switch (e.kind) {
    case 'merge':
      return `Merged ${names}`;
    case 'split':
      return `Split ${names} out`;
    case 'reject':
      return `Not the same name: ${names}`;
    case 'confirm':
      return `Confirmed ${names}`;
  }
}

/** The spellings a decision covered, for a tooltip: every spelling of each group, as stored. */
export const decisionSpellings = (e: VariantDecisionEntry): string => e.sets.map((s) => s.join(' · ')).join('; ');

/** When, in the user's clock: "14:05" today, "3 May, 14:05" before. Old files kept no date. */
export function decisionTime(at: string, now = new Date()): string {
  if (!at) return 'before this version';
  const d = new Date(at);
  if (Number.isNaN(d.getTime())) return '';
  const time = d.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  if (d.toDateString() === now.toDateString()) return time;
  return `${d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short' })}, ${time}`;
}

/** Newest first, as the history list shows them and u takes them back. */
export const newestFirst = (d: VariantDecisionsView | undefined): VariantDecisionEntry[] => [...(d?.history ?? [])].reverse();

/** True when the user confirmed (two or more of) this group's spellings together. */
export function isConfirmed(group: VariantGroupView, d: VariantDecisionsView | undefined): boolean {
  const mine = new Set(group.spellings.map((s) => fold(s.text)));
  return (d?.confirms ?? []).some((set) => set.filter((s) => mine.has(fold(s))).length >= 2);
}
