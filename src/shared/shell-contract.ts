/**
 * The desktop-only calls the page makes of Electron's main process, one table as for the
 * corpus: each on the channel `shell:<name>`, with its input and result. Main registers a
 * handler for each (src/main/shell-handlers.ts) and the preload exposes each
 * (src/preload/index.ts); both are typed from this table, so neither can miss one.
 */
export interface ShellContract {
  /** The native folder dialog; null when cancelled. */
  chooseFolder: { input: void; result: string | null };
  /** The native save dialog, then the file written. */
  saveFile: { input: { suggestedName: string; content: string }; result: { saved: boolean; path: string | null } };
  /** A web link (http/https only) in the system browser. */
  openExternal: { input: string; result: void };
}

export type ShellMethod = keyof ShellContract;
export type ShellInput<M extends ShellMethod> = ShellContract[M]['input'];
export type ShellResult<M extends ShellMethod> = ShellContract[M]['result'];

/** The calls as the page sees them. */
export type ShellCalls = {
  [M in ShellMethod]: ShellInput<M> extends void ? () => Promise<ShellResult<M>> : (input: ShellInput<M>) => Promise<ShellResult<M>>;
};

const SHELL_NAMES: { readonly [M in ShellMethod]: true } = { chooseFolder: true, saveFile: true, openExternal: true };
export const SHELL_METHODS = Object.keys(SHELL_NAMES) as readonly ShellMethod[];

export const shellChannel = <M extends ShellMethod>(method: M): `shell:${M}` => `shell:${method}`;
