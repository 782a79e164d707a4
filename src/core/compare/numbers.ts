/**
 * Number canonicalisation, so "240m", "240 million" and "240,000,000" compare equal and a
 * difference between them can be shown as a format change rather than a new figure.
 */
const SCALES = new Map<string, number>([
  ['k', 3], ['thousand', 3],
  ['m', 6], ['mn', 6], ['mln', 6], ['million', 6],
  ['bn', 9], ['b', 9], ['billion', 9],
  ['tn', 12], ['trn', 12], ['trillion', 12],
]);

const STARTS_WITH_DIGIT = /^\p{N}/u;
const NUMBER = /^(\p{N}+(?:,\p{N}{3})*)(?:\.(\p{N}+))?(\p{L}*)$/u;

/** Exponent of a scale word written apart ("million", "bn"), or null. */
export function scaleOf(word: string): number | null {
  return SCALES.get(word.toLowerCase()) ?? null;
}

/**
 * The value of a number as written ("1.8bn", "2,000", "2.5"), in plain decimal digits, or null
 * when the word is not a number (ordinals, "2°C" parts and the like keep their own spelling).
 * `extraScale` is a scale word that followed it ("1.8" + "billion").
 */
export function canonicalNumber(raw: string, extraScale = 0): string | null {
  if (!STARTS_WITH_DIGIT.test(raw)) return null;
  const m = NUMBER.exec(raw.normalize('NFKC'));
  if (!m) return null;
  const suffix = m[3].toLowerCase();
  const own = suffix ? SCALES.get(suffix) : 0;
  if (own === undefined || (suffix && extraScale)) return null;
  const exp = own + extraScale;
  return shiftDecimal(m[1].replace(/,/g, ''), m[2] ?? '', exp);
}

// Decimal shift on strings: floating point would turn 1.13bn into 1129999999.9999998.
function shiftDecimal(intPart: string, frac: string, exp: number): string {
  const digits = intPart + frac.padEnd(exp, '0');
  const point = intPart.length + exp;
  const whole = digits.slice(0, point).replace(/^0+(?=\d)/, '');
  const rest = digits.slice(point).replace(/0+$/, '');
  return rest ? `${whole}.${rest}` : whole;
}
