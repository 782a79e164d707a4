const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOENT: 'it disappeared during the scan',
  EBUSY: 'the file is busy (locked by another program)',
  ETXTBSY: 'the file is busy (locked by another program)',
  EISDIR: 'it is a folder',
  ELOOP: 'it is a link, not followed',
  EMFILE: 'too many files open at once; open the folder again',
  ENFILE: 'too many files open at once; open the folder again',
  ENAMETOOLONG: 'its name is too long for the system',
  EIO: 'a disk error occurred while reading it',
};

/** A reason a reader can act on, from a Node file-system error. */
export function describeFsError(err: unknown, name = ''): string {
  const code = (err as NodeJS.ErrnoException | null)?.code ?? '';
  // Names that are not valid UTF-8 reach us with U+FFFD in place of the bad bytes and cannot be reopened.
  if (code === 'ENOENT' && name.includes('\ufffd')) return 'its name is not valid UTF-8, so it cannot be opened';
  return REASONS[code] ?? `it could not be read (${code || (err instanceof Error ? err.message : String(err))})`;
}
