/**
 * Input schemas, checked where input enters the main process (IPC handler, HTTP server, CLI).
 * Strict objects: unknown keys, including `__proto__`, are refused before a service is called.
 */
import { z } from 'zod';
import type { CorpusInput, CorpusMethod } from './corpus-api';

const empty = z.object({}).strict();
const id = z.string().min(1).max(4096);
const spellings = z.array(z.string().max(200)).max(500).optional();
const variants = z.object({ enabled: z.boolean(), excluded: spellings, included: spellings }).strict().optional();

const searchRequest = z
  .object({
    query: z.string().max(2000),
    outlets: z.array(z.string().max(300)).max(500).optional(),
    months: z.array(z.string().regex(/^\d{4}-\d{2}$|^unknown$/)).max(1000).optional(),
    sort: z.enum(['relevance', 'date-desc', 'date-asc']).optional(),
    offset: z.number().int().min(0).max(10_000_000).optional(),
    limit: z.number().int().min(1).max(100_000).optional(),
    variants,
  })
  .strict();

export const CORPUS_SCHEMAS: { [M in CorpusMethod]: z.ZodType<CorpusInput<M>> } = {
  status: empty as z.ZodType<Record<string, never>>,
  openFolder: z.object({ path: z.string().min(1).max(4096) }).strict(),
  cancelIndexing: empty as z.ZodType<Record<string, never>>,
  recentFolders: empty as z.ZodType<Record<string, never>>,
  listDocuments: empty as z.ZodType<Record<string, never>>,
  search: searchRequest,
  getDocument: z.object({ id, query: z.string().max(2000).optional(), variants }).strict(),
  exportCsv: searchRequest,
  setOutlet: z.object({ path: z.string().max(4096), outlet: z.string().trim().min(1).max(200).nullable() }).strict(),
  compare: z.object({ a: id, b: id }).strict(),
  counterparts: z.object({ id }).strict(),
  stories: empty as z.ZodType<Record<string, never>>,
  variants: empty as z.ZodType<Record<string, never>>,
  decideVariants: z
    .object({
      action: z.enum(['merge', 'split', 'reject', 'confirm', 'undo', 'reset']),
      spellings: z.array(z.string().min(1).max(200)).max(100),
      decision: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER).optional(),
    })
    .strict()
    // An undo takes back one decision, so it must say which.
    .refine((r) => r.action !== 'undo' || r.decision !== undefined, { message: 'undo needs the decision to take back', path: ['decision'] }),
};

/** Parses one call's input; a plain-language message on failure, never a thrown error. */
export function parseInput<M extends CorpusMethod>(
  method: M,
  input: unknown,
): { ok: true; value: CorpusInput<M> } | { ok: false; message: string } {
  const res = CORPUS_SCHEMAS[method].safeParse(input ?? {});
  if (res.success) return { ok: true, value: res.data };
  const first = res.error.issues[0];
  const where = first?.path.length ? ` (${first.path.join('.')})` : '';
  return { ok: false, message: `Invalid input for ${method}${where}: ${first?.message ?? 'not accepted'}` };
}
