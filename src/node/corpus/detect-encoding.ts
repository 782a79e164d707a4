import { detect } from 'chardet';

// Statistics settle well within this; scanning a whole 10 MB file would only cost time.
const SAMPLE_BYTES = 64 * 1024;

/** chardet's best guess for legacy (non-UTF-8) bytes; decodeBytes checks it before trusting it. */
export function nodeDetectEncoding(bytes: Uint8Array): string | null {
  try {
    return detect(bytes.subarray(0, SAMPLE_BYTES));
  } catch {
    return null;
  }
}
