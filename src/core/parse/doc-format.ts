import type { DocFormat } from '../../shared/document';

const FORMATS: Record<string, DocFormat> = {
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
};

/** The lower-case extension without its dot, or '' when the name has none. */
export function extensionOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/** The article format a file name implies, or null when Parallax does not read it. */
export function formatOf(path: string): DocFormat | null {
  return FORMATS[extensionOf(path)] ?? null;
}
