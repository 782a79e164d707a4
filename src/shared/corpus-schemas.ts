/**
 * Input schemas of the corpus calls, used by the contract table (corpus-contract.ts): checked
 * where input enters the main process (IPC handler, HTTP server, CLI). Strict objects: unknown
 * keys, including `__proto__`, are refused before a service is called.
 */
import { z } from 'zod';

export const emptyInput = z.object({}).strict();
const id = z.string().min(1).max(4096);
const spellings = z.array(z.string().max(200)).max(500).optional();
const variants = z.object({ enabled: z.boolean(), excluded: spellings, included: spellings }).strict().optional();

export const searchRequest = z
  .object({
    query: z.string().max(2000),
    outlets: z.array(z.string().max(300)).max(500).optional(),
    months: z.array(z.string().regex(/^\d{4}-\d{2}$|^unknown$/)).max(1000).optional(),
    sort: z.enum(['relevance', 'date-desc', 'date-asc', 'file-modified']).optional(),
    offset: z.number().int().min(0).max(10_000_000).optional(),
    limit: z.number().int().min(1).max(100_000).optional(),
    variants,
  })
  .strict();

export const folderInput = z.object({ path: z.string().min(1).max(4096) }).strict();
export const documentRequest = z.object({ id, query: z.string().max(2000).optional(), variants }).strict();
export const outletInput = z.object({ path: z.string().max(4096), outlet: z.string().trim().min(1).max(200).nullable() }).strict();
// A calendar day, checked as one: 2024-02-30 is refused.
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is written YYYY-MM-DD').refine((d) => {
  const t = Date.parse(`${d}T00:00:00Z`);
  return Number.isFinite(t) && new Date(t).toISOString().startsWith(d);
}, 'not a calendar day');
export const dateInput = z.object({ path: z.string().min(1).max(4096), date: day.nullable() }).strict();
export const pairInput = z.object({ a: id, b: id }).strict();
export const idInput = z.object({ id }).strict();

export const variantDecisionRequest = z
  .object({
    action: z.enum(['merge', 'split', 'reject', 'confirm', 'undo', 'reset']),
    spellings: z.array(z.string().min(1).max(200)).max(100),
    decision: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER).optional(),
  })
  .strict()
  // An undo takes back one decision, so it must say which.
  .refine((r) => r.action !== 'undo' || r.decision !== undefined, { message: 'undo needs the decision to take back', path: ['decision'] });
