import type { DocMeta, SkippedFile } from '../../shared/document';
import type { LunrIndexJson } from '../../core/search/build-index';
import type { Sections } from '../store/index-cache';

/** One parsed document as cached: text before corpus-wide furniture removal, so it can be redone. */
export interface CachedDoc {
  meta: DocMeta;
  text: string;
  fp: [number, number];
}

export interface CachePayload {
  docs: CachedDoc[];
  /** Files that failed to parse, with the fingerprint they had, so an unchanged bad file is not re-read. */
  failed: (SkippedFile & { fp: [number, number] })[];
  index: LunrIndexJson;
  /** The name-variant model before the user's decisions (serialised by the variants engine). */
  variants: string;
}

const json = (v: unknown) => Buffer.from(JSON.stringify(v), 'utf8');
const bytesOf = (a: Int32Array | Float32Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
/** Typed views need aligned memory; a section inside the file buffer may not be, so copy. */
const int32s = (b: Buffer) => new Int32Array(new Uint8Array(b).buffer);
const float32s = (b: Buffer) => new Float32Array(new Uint8Array(b).buffer);

/**
 * Splits the payload so that reopening a folder parses little JSON: article texts as one
 * UTF-8 blob, lunr's field vectors (most of the index) as packed numbers. On 10,000 articles
 * JSON.parse of the whole payload took most of the warm open.
 */
export function packPayload(p: CachePayload): Sections {
  const texts = p.docs.map((d) => Buffer.from(d.text, 'utf8'));
  const { fieldVectors, ...rest } = p.index;
  const lengths = Int32Array.from(fieldVectors, ([, el]) => el.length / 2);
  const total = lengths.reduce((s, n) => s + n, 0);
  const terms = new Int32Array(total);
  const weights = new Float32Array(total);
  let k = 0;
  for (const [, el] of fieldVectors) {
    for (let i = 0; i < el.length; i += 2, k++) {
      terms[k] = el[i];
      weights[k] = el[i + 1];
    }
  }
  const { invertedIndex, ...head } = rest;
  const fields = head.fields;
  const termIndex = new Int32Array(invertedIndex.length);
  const counts = new Int32Array(invertedIndex.length * fields.length);
  const positions: number[] = [];
  invertedIndex.forEach(([, posting], t) => {
    termIndex[t] = posting._index as number;
    fields.forEach((f, i) => {
      const refs = Object.keys((posting[f] as Record<string, unknown>) ?? {});
      counts[t * fields.length + i] = refs.length;
      for (const ref of refs) positions.push(parseInt(ref, 36));
    });
  });
  return {
    meta: json({ docs: p.docs.map((d) => ({ meta: d.meta, fp: d.fp })), failed: p.failed, textBytes: texts.map((t) => t.length) }),
    texts: Buffer.concat(texts),
    index: json(head),
    terms: json(invertedIndex.map(([term]) => term)),
    termIndex: bytesOf(termIndex),
    postingCounts: bytesOf(counts),
    postingDocs: bytesOf(Int32Array.from(positions)),
    vectorRefs: json(fieldVectors.map(([ref]) => ref)),
    vectorLengths: bytesOf(lengths),
    vectorTerms: bytesOf(terms),
    vectorWeights: bytesOf(weights),
    variants: Buffer.from(p.variants, 'utf8'),
  };
}

/** The payload back, or null when any section is missing or inconsistent (the caller rebuilds). */
export function unpackPayload(s: Sections): CachePayload | null {
  try {
    const meta = JSON.parse(s.meta.toString('utf8')) as { docs: Omit<CachedDoc, 'text'>[]; failed: CachePayload['failed']; textBytes: number[] };
    let at = 0;
    const docs = meta.docs.map((d, i) => {
      const text = s.texts.toString('utf8', at, at + meta.textBytes[i]);
      at += meta.textBytes[i];
      return { ...d, text };
    });
    if (at !== s.texts.length) return null;
    const head = JSON.parse(s.index.toString('utf8')) as Omit<LunrIndexJson, 'fieldVectors' | 'invertedIndex'>;
    const invertedIndex = unpackPostings(head.fields, JSON.parse(s.terms.toString('utf8')) as string[], int32s(s.termIndex), int32s(s.postingCounts), int32s(s.postingDocs));
    if (!invertedIndex) return null;
    const refs = JSON.parse(s.vectorRefs.toString('utf8')) as string[];
    const lengths = int32s(s.vectorLengths);
    const terms = int32s(s.vectorTerms);
    const weights = float32s(s.vectorWeights);
    if (refs.length !== lengths.length || terms.length !== weights.length) return null;
    let k = 0;
    const fieldVectors: [string, number[]][] = refs.map((ref, v) => {
      const el = new Array<number>(lengths[v] * 2);
      for (let i = 0; i < lengths[v]; i++, k++) {
        el[2 * i] = terms[k];
        // Weights were rounded to three decimals; float32 keeps that exactly once rounded again.
        el[2 * i + 1] = Math.round(weights[k] * 1000) / 1000;
      }
      return [ref, el];
    });
    if (k !== terms.length) return null;
    return { docs, failed: meta.failed, index: { ...head, invertedIndex, fieldVectors }, variants: s.variants.toString('utf8') };
  } catch {
    return null;
  }
}

/**
 * lunr postings ({ _index, field: { ref: {} } }) whose per-field objects are made on first
 * use: a search touches a handful of terms, and building millions of empty objects up front
 * (or JSON-parsing them) was most of a warm open. The objects are ordinary once touched.
 */
function unpackPostings(
  fields: string[],
  terms: string[],
  termIndex: Int32Array,
  counts: Int32Array,
  docs: Int32Array,
): LunrIndexJson['invertedIndex'] | null {
  if (termIndex.length !== terms.length || counts.length !== terms.length * fields.length) return null;
  let at = 0;
  const out: LunrIndexJson['invertedIndex'] = terms.map((term, t) => {
    const posting: Record<string, unknown> = { _index: termIndex[t] };
    fields.forEach((field, i) => {
      const slice = docs.subarray(at, at + counts[t * fields.length + i]);
      at += slice.length;
      Object.defineProperty(posting, field, {
        enumerable: true,
        configurable: true,
        get() {
          const refs: Record<string, object> = {};
          for (const p of slice) refs[p.toString(36)] = {};
          Object.defineProperty(posting, field, { value: refs, enumerable: true, writable: true, configurable: true });
          return refs;
        },
      });
    });
    return [term, posting];
  });
  return at === docs.length ? out : null;
}
