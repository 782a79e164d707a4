import { bomEncoding } from './decode-bom';

// Enough to judge: binaries show NULs or control bytes within the first few kilobytes.
const SAMPLE_BYTES = 8192;
// Text uses tab, LF, CR and the odd form feed or ESC; beyond this share it is not prose.
const MAX_CONTROL_SHARE = 0.1;

/**
 * True when bytes are evidently not text: a NUL byte, or a high share of control
 * characters. UTF-16 with a BOM is text even though it is full of NULs.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const bom = bomEncoding(bytes);
  if (bom && bom.encoding.startsWith('utf-16')) return false;
  const sample = bytes.subarray(bom ? bom.length : 0, SAMPLE_BYTES);
  if (sample.length === 0) return false;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i];
    if (b === 0) return true;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) || b === 0x7f) control++;
  }
  return control / sample.length > MAX_CONTROL_SHARE;
}
