import { describe, expect, it } from 'vitest';
import { canonicalEncoding, decodeBytes, looksBinary } from './decode';

const ARTICLE = 'Truss met Lavrov at a café in Moscow. “It was like a conversation with a deaf person,” he said — not a triumph.';

const utf8 = (s: string) => new TextEncoder().encode(s);
const utf16le = (s: string) => new Uint8Array(Buffer.from(s, 'utf16le'));
const utf16be = (s: string) => utf16le(s).map((_, i, a) => a[i ^ 1]);
const concat = (...parts: ArrayLike<number>[]) => Uint8Array.from(parts.flatMap((p) => Array.from(p)));

// Written out rather than derived from TextDecoder, which Node gets wrong (nodejs/node#60888).
const CP1252_HIGH: Record<string, number> = {
  '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89, 'Š': 0x8a, '‹': 0x8b,
  'Œ': 0x8c, 'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99,
  'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
};
const cp1252 = (s: string) =>
  Uint8Array.from(Array.from(s, (c) => {
    const code = c.codePointAt(0)!;
    const b = CP1252_HIGH[c] ?? (code < 0x80 || (code >= 0xa0 && code <= 0xff) ? code : undefined);
    if (b === undefined) throw new Error(`not in windows-1252: ${c}`);
    return b;
  }));

describe('decodeBytes', () => {
  it('reads plain UTF-8', () => {
    expect(decodeBytes(utf8(ARTICLE))).toEqual({ text: ARTICLE, encoding: 'utf-8' });
  });

  it('drops a UTF-8 BOM and says so', () => {
    expect(decodeBytes(concat([0xef, 0xbb, 0xbf], utf8(ARTICLE)))).toEqual({ text: ARTICLE, encoding: 'utf-8 (bom)' });
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    expect(decodeBytes(concat([0xff, 0xfe], utf16le(ARTICLE)))).toEqual({ text: ARTICLE, encoding: 'utf-16le (bom)' });
    expect(decodeBytes(concat([0xfe, 0xff], utf16be(ARTICLE)))).toEqual({ text: ARTICLE, encoding: 'utf-16be (bom)' });
  });

  it('falls back to Windows-1252 for short legacy text: café and curly quotes survive', () => {
    const out = decodeBytes(cp1252('café “quoted” €5'));
    expect(out).toEqual({ text: 'café “quoted” €5', encoding: 'windows-1252 (fallback)' });
  });

  it('asks the detector only for long enough input, and maps ISO-8859-1 to Windows-1252', () => {
    const calls: number[] = [];
    const detect = (b: Uint8Array) => (calls.push(b.length), 'ISO-8859-1');
    expect(decodeBytes(cp1252(ARTICLE), { detect })).toEqual({ text: ARTICLE, encoding: 'windows-1252 (detected)' });
    expect(decodeBytes(cp1252('café'), { detect }).encoding).toBe('windows-1252 (fallback)');
    expect(calls).toEqual([cp1252(ARTICLE).length]);
  });

  it('ignores detector answers it cannot use and detectors that throw', () => {
    const bytes = cp1252(ARTICLE);
    for (const detect of [() => 'UTF-32LE', () => 'utf-8', () => 'no-such-charset', () => null, () => { throw new Error('boom'); }]) {
      expect(decodeBytes(bytes, { detect })).toEqual({ text: ARTICLE, encoding: 'windows-1252 (fallback)' });
    }
  });

  it('rejects a multi-byte guess that the bytes contradict', () => {
    // 0x80 is not a valid Shift_JIS lead byte in this position: fatal decoding must refuse.
    const bytes = concat(cp1252(ARTICLE), [0x80, 0x80, 0x80]);
    expect(decodeBytes(bytes, { detect: () => 'Shift_JIS' }).encoding).toBe('windows-1252 (fallback)');
  });

  it('honours an HTML meta charset only when asked', () => {
    const page = (decl: string, body: Uint8Array) => concat(utf8(`<html><head>${decl}<title>x</title></head><body>`), body);
    const polish = new Uint8Array([0x7a, 0xb1, 0x62]); // "ząb" in ISO-8859-2
    const p1 = page('<meta charset="ISO-8859-2">', polish);
    expect(decodeBytes(p1, { htmlMetaCharset: true })).toMatchObject({ encoding: 'iso-8859-2 (meta)' });
    expect(decodeBytes(p1, { htmlMetaCharset: true }).text).toContain('ząb');
    expect(decodeBytes(p1).encoding).toBe('windows-1252 (fallback)');

    const p2 = page('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">', cp1252('café “x”'));
    expect(decodeBytes(p2, { htmlMetaCharset: true })).toMatchObject({ encoding: 'windows-1252 (meta)' });
    expect(decodeBytes(p2, { htmlMetaCharset: true }).text).toContain('café “x”');

    const p3 = page('<meta charset=utf-8>', utf8('café'));
    expect(decodeBytes(p3, { htmlMetaCharset: true }).encoding).toBe('utf-8 (meta)');
  });

  it('prefers valid multi-byte UTF-8 over a stale legacy declaration', () => {
    const bytes = concat(utf8('<meta charset="iso-8859-1"><p>'), utf8('café “x”'));
    const out = decodeBytes(bytes, { htmlMetaCharset: true });
    expect(out.encoding).toBe('utf-8 (meta windows-1252 ignored)');
    expect(out.text).toContain('café “x”');
  });

  it('ignores a meta charset inside an HTML comment', () => {
    const bytes = concat(utf8('<!-- <meta charset="iso-8859-2"> --><p>'), cp1252('café'));
    expect(decodeBytes(bytes, { htmlMetaCharset: true }).encoding).toBe('windows-1252 (fallback)');
  });

  it('gives the same text for the same article in every supported encoding', () => {
    const detect = () => 'windows-1252';
    const variants = [
      utf8(ARTICLE),
      concat([0xef, 0xbb, 0xbf], utf8(ARTICLE)),
      concat([0xff, 0xfe], utf16le(ARTICLE)),
      concat([0xfe, 0xff], utf16be(ARTICLE)),
      cp1252(ARTICLE),
    ];
    for (const v of variants) expect(decodeBytes(v, { detect }).text).toBe(ARTICLE);
  });

  it('returns empty text for empty input', () => {
    expect(decodeBytes(new Uint8Array(0))).toEqual({ text: '', encoding: 'utf-8' });
  });
});

describe('windows-1252 table', () => {
  it('maps all 256 bytes as the WHATWG index does, C1 gaps included', () => {
    const text = decodeBytes(Uint8Array.from({ length: 256 }, (_, i) => i).map((b) => (b === 0 ? 0x20 : b))).text;
    expect(text.length).toBe(256);
    expect(text.slice(0x80, 0xa0)).toBe('€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ');
    expect(text.slice(0xa0)).toBe(Array.from({ length: 96 }, (_, i) => String.fromCharCode(0xa0 + i)).join(''));
  });
});

describe('canonicalEncoding', () => {
  it('resolves labels the way browsers do', () => {
    expect(canonicalEncoding('ISO-8859-1')).toBe('windows-1252');
    expect(canonicalEncoding('US-ASCII')).toBe('windows-1252');
    expect(canonicalEncoding(' Shift_JIS ')).toBe('shift_jis');
    expect(canonicalEncoding('UTF-32')).toBeNull();
    expect(canonicalEncoding('')).toBeNull();
  });
});

describe('looksBinary', () => {
  it('flags NUL bytes and control-heavy data', () => {
    expect(looksBinary(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))).toBe(true);
    expect(looksBinary(concat(utf8('plain text'), [0]))).toBe(true);
    expect(looksBinary(Uint8Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)))).toBe(true);
  });

  it('accepts text, including UTF-16 with a BOM and legacy bytes', () => {
    expect(looksBinary(utf8(ARTICLE))).toBe(false);
    expect(looksBinary(concat([0xff, 0xfe], utf16le(ARTICLE)))).toBe(false);
    expect(looksBinary(cp1252(ARTICLE))).toBe(false);
    expect(looksBinary(utf8('col1\tcol2\r\nrow\f\n'))).toBe(false);
    expect(looksBinary(new Uint8Array(0))).toBe(false);
  });
});
