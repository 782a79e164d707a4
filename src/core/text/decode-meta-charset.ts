// Browsers look for the declaration in the first 1024 bytes; saved pages sometimes push it
// further down behind comments and long <title>s, so we look a little further.
const PRESCAN_BYTES = 4096;

const META_TAG = /<meta\b[^>]*>/gi;
const CHARSET_ATTR = /\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:\-]+)/i;

/**
 * The charset label an HTML page declares in `<meta charset>` or
 * `<meta http-equiv="Content-Type" content="…; charset=…">`, or null.
 * Reads the bytes as Latin-1, which is safe because the declaration itself is ASCII.
 */
export function findMetaCharset(bytes: Uint8Array): string | null {
  const head = latin1(bytes.subarray(0, PRESCAN_BYTES)).replace(/<!--[\s\S]*?-->/g, '');
  for (const tag of head.match(META_TAG) ?? []) {
    const m = CHARSET_ATTR.exec(tag);
    if (m) return m[1].toLowerCase();
  }
  return null;
}

function latin1(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);
  return s;
}
