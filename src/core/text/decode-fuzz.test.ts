import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBytes, looksBinary } from './decode';

// Prefixes that steer the decoder into each of its branches.
const PREFIXES = [[], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], Array.from(new TextEncoder().encode('<meta charset="shift_jis">'))];
const LABELS = ['windows-1252', 'Shift_JIS', 'UTF-16LE', 'UTF-32', 'gb18030', 'ISO-2022-JP', 'big5', 'nonsense', ''];

const anyByte = fc.integer({ min: 0, max: 255 });
// Mostly-ASCII inputs reach the detector and meta paths more often than uniform bytes do.
const mostlyAscii = fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 0x20, max: 0x7e }) }, { weight: 1, arbitrary: anyByte });
const bytes = fc
  .tuple(fc.constantFrom(...PREFIXES), fc.oneof(fc.array(mostlyAscii, { maxLength: 400 }), fc.array(anyByte, { maxLength: 400 })))
  .map(([prefix, body]) => Uint8Array.from([...prefix, ...body]));

// The detector's answer depends only on the bytes, as a real detector's does.
const detect = (b: Uint8Array) => LABELS[b.reduce((h, x) => (h * 31 + x) >>> 0, 7) % LABELS.length] || null;

describe('decodeBytes fuzz', () => {
  it('never throws and is deterministic on random bytes', () => {
    // A fixed seed: the same cases every run; a failure prints its shrunk counterexample.
    fc.assert(
      fc.property(bytes, fc.boolean(), (input, htmlMetaCharset) => {
        const opts = { detect, htmlMetaCharset };
        const a = decodeBytes(input, opts);
        const b = decodeBytes(input.slice(), opts);
        expect(b).toEqual(a);
        expect(typeof a.text).toBe('string');
        expect(a.encoding).toMatch(/^[a-z0-9_-]+( \(.+\))?$/);
        expect(typeof looksBinary(input)).toBe('boolean');
      }),
      { seed: 20220210, numRuns: 3000 },
    );
  });
});
