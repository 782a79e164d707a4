import { describe, expect, it } from 'vitest';
import { assignVariantColours, VARIANT_PALETTE, variantColour } from './colours';

describe('variant colours', () => {
  it('gives the first groups of a text distinct colours, in order of appearance', () => {
    const colours = assignVariantColours(['w:sergei', 'w:kyiv', 'w:sergei', 'w:zelenskyy']);
    expect([...colours.keys()]).toEqual(['w:sergei', 'w:kyiv', 'w:zelenskyy']);
    expect([...colours.values()].map((c) => c.slot)).toEqual([0, 1, 2]);
    expect(colours.get('w:kyiv')).toEqual({ slot: 1, name: VARIANT_PALETTE[1], className: 'vc-1' });
  });

  it('past the palette, takes the colour from the id so a group keeps it wherever it shows', () => {
    const n = VARIANT_PALETTE.length;
    const late = variantColour('w:lavrov', n + 3);
    expect(late).toEqual(variantColour('w:lavrov', n + 40));
    expect(late.slot).toBeGreaterThanOrEqual(0);
    expect(late.slot).toBeLessThan(n);
    expect(variantColour('w:lavrov', -1).slot).toBe(late.slot);
  });
});
