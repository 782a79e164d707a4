import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { buildVariantModel, loadVariantModel, serializeVariantModel, type VariantModel } from '../../core/variants';
import { loadEnglish } from './english-dictionary';

type Doc = { id: string; outlet: string; text: string };

/**
 * The base variant model (before decisions) and its serialised form. In a worker thread of
 * its own when the built worker file is there; in this thread otherwise (unit tests).
 */
export async function buildVariantsOffThread(docs: Doc[]): Promise<{ model: VariantModel; json: string }> {
  const file = join(__dirname, 'variants-worker.js');
  if (!existsSync(file)) return await inThread(docs);
  const json = await new Promise<string>((resolve, reject) => {
    const w = new Worker(file, { workerData: { docs } });
    w.once('message', (m: string) => {
      resolve(m);
      void w.terminate();
    });
    w.once('error', reject);
    w.once('exit', (code) => code !== 0 && reject(new Error(`variants worker stopped (${code})`)));
  }).catch(() => null);
  const model = json ? loadVariantModel(json) : null;
  return model && json ? { model, json } : await inThread(docs);
}

async function inThread(docs: Doc[]): Promise<{ model: VariantModel; json: string }> {
  const model = buildVariantModel(docs, undefined, { english: loadEnglish() });
  return { model, json: serializeVariantModel(model) };
}
