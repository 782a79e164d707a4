import { describe, expect, it } from 'vitest';
import { decodeBytes, looksBinary } from './decode';
import { prng } from '../random/prng';

// Prefixes that steer the decoder into each of its branches.
const PREFIXES = [[], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], Array.from(new TextEncoder().encode('<meta charset="shift_jis">'))];
const LABELS = ['windows-1252', 'Shift_JIS', 'UTF-16LE', 'UTF-32', 'gb18030', 'ISO-2022-JP', 'big5', 'nonsense', ''];

function randomBytes(rand: () => number): Uint8Array {
  const prefix = PREFIXES[Math.floor(rand() * PREFIXES.length)];
  const len = Math.floor(rand() * 400);
  const ascii = rand() < 0.5; // mostly-ASCII inputs reach the detector and meta paths more often
  const body = Array.from({ length: len }, () => (ascii && rand() < 0.9 ? 0x20 + Math.floor(rand() * 95) : Math.floor(rand() * 256)));
  return Uint8Array.from([...prefix, ...body]);
}

describe('decodeBytes fuzz', () => {
  it('never throws and is deterministic on random bytes', () => {
    const rand = prng(20220210);
    for (let i = 0; i < 3000; i++) {
      const bytes = randomBytes(rand);
      // The detector's answer depends only on the bytes, as a real detector's does.
      const detect = (b: Uint8Array) => LABELS[b.reduce((h, x) => (h * 31 + x) >>> 0, 7) % LABELS.length] || null;
      const opts = { detect, htmlMetaCharset: i % 2 === 0 };
      const a = decodeBytes(bytes, opts);
      const b = decodeBytes(bytes.slice(), opts);
      expect(b).toEqual(a);
      expect(typeof a.text).toBe('string');
      expect(a.encoding).toMatch(/^[a-z0-9_-]+( \(.+\))?$/);
      expect(typeof looksBinary(bytes)).toBe('boolean');
    }
  });
});
