/**
 * Builds the name-variant model on the second core while the index worker builds lunr:
 * the two are independent, and each takes seconds on a large folder.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { buildVariantModel, serializeVariantModel } from '../../core/variants';
import { loadEnglish } from './english-dictionary';

const docs = (workerData as { docs: { id: string; outlet: string; text: string }[] }).docs;
parentPort!.postMessage(serializeVariantModel(buildVariantModel(docs, undefined, { english: loadEnglish() })));
