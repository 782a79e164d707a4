/**
 * Which names the walk passes over. Ignored silently: hidden names, dependency and system
 * folders, editor/OS/download leftovers, and the "<page>_files" asset folders browsers save
 * beside a page (their frames and scripts are not articles). Listed as skipped instead:
 * README/LICENSE-style files, which are text but not articles, so the user sees why.
 */
export type NameKind = 'ignore' | 'documentation' | 'normal';

const IGNORED_DIRS = new Set(['node_modules', '__macosx', '$recycle.bin', 'system volume information']);
const IGNORED_FILES = new Set(['thumbs.db', 'desktop.ini', 'icon\r']);
const IGNORED_EXTENSIONS = /\.(tmp|temp|part|crdownload|download|swp|swo|lock|bak)$/i;
const DOCUMENTATION = /^(readme|license|licence|changelog|changes|copying|notice|authors|contributing)(\.[a-z0-9]+)?$/i;

export function classifyName(name: string, isDir: boolean, siblings: ReadonlySet<string>): NameKind {
  if (name.startsWith('.')) return 'ignore';
  if (isDir) {
    if (IGNORED_DIRS.has(name.toLowerCase())) return 'ignore';
    const saved = /^(.*)_files$/.exec(name);
    if (saved && ['.html', '.htm'].some((ext) => siblings.has(saved[1] + ext))) return 'ignore';
    return 'normal';
  }
  if (IGNORED_FILES.has(name.toLowerCase()) || name.endsWith('~') || name.startsWith('~$') || IGNORED_EXTENSIONS.test(name)) return 'ignore';
  if (DOCUMENTATION.test(name)) return 'documentation';
  return 'normal';
}
