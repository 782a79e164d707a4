/** A folder read and parsed the way the app reads it (formats, outlets, furniture), for the evals. */
import { loadCorpusFile, walkFolder } from '../corpus';
import type { CorpusDoc } from '../../core/variants';

export async function loadFolderDocs(dir: string): Promise<CorpusDoc[]> {
  const { files } = await walkFolder(dir);
  const docs: CorpusDoc[] = [];
  for (const f of files.sort((a, b) => (a.path < b.path ? -1 : 1))) {
    const r = await loadCorpusFile(f);
    if (r.ok) docs.push({ id: f.path, outlet: r.doc.meta.outlet, text: r.doc.text });
  }
  return docs;
}
