/**
 * One colour per name-spelling group in a shown text. Every spelling of a group shares its
 * group's colour, so Sergei, Sergey and Sergay read as one name at a glance. Pure, so the
 * reader and the compare panes assign colours the same way.
 */

/** Okabe–Ito hues (told apart with the common colour-vision deficiencies) and two dark extras. */
export const VARIANT_PALETTE = ['blue', 'vermilion', 'green', 'purple', 'sky', 'orange', 'brown', 'grey'] as const;

export interface VariantColour {
  /** Position in the palette: the CSS class `vc-<slot>` draws it. */
  slot: number;
  name: (typeof VARIANT_PALETTE)[number];
  className: string;
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/**
 * The colour of the `index`-th group shown. The first groups of a text get distinct colours;
 * past the palette a group's colour comes from its id, so it at least stays the same wherever
 * that group appears rather than depending on what came before it.
 */
export function variantColour(groupId: string, index: number): VariantColour {
  const n = VARIANT_PALETTE.length;
  const slot = index >= 0 && index < n ? index : hash(groupId) % n;
  return { slot, name: VARIANT_PALETTE[slot], className: `vc-${slot}` };
}

/**
 * Colours for the groups in order of first appearance. Give it the marks of every pane shown
 * together (both sides of a comparison) so one group has one colour across them.
 */
export function assignVariantColours(groupIds: Iterable<string>): Map<string, VariantColour> {
  const out = new Map<string, VariantColour>();
  for (const id of groupIds) if (!out.has(id)) out.set(id, variantColour(id, out.size));
  return out;
}
