import { bomEncoding } from './decode-bom';
import { findMetaCharset } from './decode-meta-charset';
import { decodeWindows1252 } from './decode-windows-1252';

export { looksBinary } from './decode-binary';

export interface DecodeOptions {
  /** Guesses a charset label from raw bytes (chardet in Node). Injected so core stays platform-free. */
  detect?: (bytes: Uint8Array) => string | null;
  /** Honour `<meta charset>` / http-equiv content-type: only for HTML, where it is meaningful. */
  htmlMetaCharset?: boolean;
}

export interface Decoded {
  text: string;
  /** The encoding used and how it was chosen, e.g. "utf-8 (bom)", "windows-1252 (fallback)". */
  encoding: string;
}

// Detectors guess badly on short inputs: a few accented letters can look like any code page.
const MIN_DETECT_BYTES = 64;

/**
 * Turns file bytes into text: BOM, then HTML meta charset (if asked), then strict UTF-8,
 * then the detector, then Windows-1252, which maps every byte and so always succeeds.
 * Never throws; the same bytes always give the same answer.
 */
export function decodeBytes(bytes: Uint8Array, opts: DecodeOptions = {}): Decoded {
  const bom = bomEncoding(bytes);
  if (bom) {
    const text = tryDecode(bom.encoding, bytes.subarray(bom.length), false);
    if (text !== null) return { text, encoding: `${bom.encoding} (bom)` };
  }

  const utf8 = tryDecode('utf-8', bytes, true);

  if (opts.htmlMetaCharset) {
    let declared = canonicalEncoding(findMetaCharset(bytes));
    // The HTML standard reads a declared UTF-16 in an ASCII-readable page as UTF-8.
    if (declared?.startsWith('utf-16')) declared = 'utf-8';
    if (declared === 'utf-8' && utf8 !== null) return { text: utf8, encoding: 'utf-8 (meta)' };
    if (declared && declared !== 'utf-8') {
      // Pages re-saved by editors often keep a stale legacy declaration over UTF-8 bytes;
      // multi-byte sequences that are valid UTF-8 are almost never genuine legacy text.
      if (utf8 !== null && hasNonAscii(bytes)) return { text: utf8, encoding: `utf-8 (meta ${declared} ignored)` };
      const text = tryDecode(declared, bytes, false);
      if (text !== null) return { text, encoding: `${declared} (meta)` };
    }
  }

  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };

  if (opts.detect && bytes.length >= MIN_DETECT_BYTES) {
    const detected = detectSafely(opts.detect, bytes);
    if (detected) return detected;
  }

  return { text: decodeWindows1252(bytes), encoding: 'windows-1252 (fallback)' };
}

function detectSafely(detect: (bytes: Uint8Array) => string | null, bytes: Uint8Array): Decoded | null {
  let label: string | null;
  try {
    label = detect(bytes);
  } catch {
    return null;
  }
  const enc = canonicalEncoding(label);
  // UTF-8 already failed strictly; UTF-16 without a BOM is a guess we cannot check.
  if (!enc || enc === 'utf-8' || enc.startsWith('utf-16')) return null;
  // Fatal decoding rejects multi-byte guesses (Shift_JIS, GB18030…) that the bytes contradict.
  const text = tryDecode(enc, bytes, true);
  return text === null ? null : { text, encoding: `${enc} (detected)` };
}

/**
 * The WHATWG name for a label, as browsers resolve it: "ISO-8859-1" and "ascii" become
 * "windows-1252". Null for labels TextDecoder cannot decode (UTF-32, "replacement"…).
 */
export function canonicalEncoding(label: string | null | undefined): string | null {
  if (!label) return null;
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

function tryDecode(encoding: string, bytes: Uint8Array, fatal: boolean): string | null {
  if (encoding === 'windows-1252') return decodeWindows1252(bytes);
  try {
    return new TextDecoder(encoding, { fatal, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] > 0x7f) return true;
  return false;
}
