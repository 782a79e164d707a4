import type { CommandSpec, FlagSpec } from './args';

const json: FlagSpec = { help: 'print JSON instead of text' };

/** Each command's arguments and flags: what the parser accepts and what --help prints. */
export const COMMAND_SPECS: Record<string, CommandSpec> = {
  index: { usage: '<folder>', summary: 'documents, skipped files and why, outlets, time', maxPositionals: 1, flags: { json } },
  list: { usage: '<folder>', summary: 'one line (with --json, one object) per document', maxPositionals: 1, flags: { json } },
  search: {
    usage: '<folder> "<query>"',
    summary: 'results with snippets; names also match their other spellings',
    maxPositionals: 2,
    flags: {
      json,
      limit: { value: 'N', help: 'at most N results (default 20)' },
      also: { value: '<spelling>', multiple: true, help: 'add a suggested spelling to the search (repeatable)' },
    },
  },
  compare: { usage: '<folder> <pathA> <pathB>', summary: 'aligned segments, quotes, one-sided facts', maxPositionals: 3, flags: { json } },
  stories: { usage: '<folder>', summary: 'stories told by several articles, and near-copies', maxPositionals: 1, flags: { json } },
  variants: { usage: '<folder>', summary: 'names spelt several ways, with reasons', maxPositionals: 1, flags: { json } },
  serve: {
    usage: '[folder]',
    summary: 'browser mode on 127.0.0.1, until interrupted',
    maxPositionals: 1,
    flags: { port: { value: 'N', help: 'listen on this port (default: any free one)' }, open: { help: 'open the address in your browser' } },
  },
  start: {
    usage: '[folder]',
    summary: 'the desktop app, or browser mode where Electron is not installed',
    maxPositionals: 1,
    flags: { browser: { help: 'browser mode even where Electron is installed' }, port: { value: 'N', help: 'the port for browser mode' } },
  },
};
