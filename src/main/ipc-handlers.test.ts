import { describe, expect, it, vi } from 'vitest';

// The IPC wiring, with Electron's ipcMain replaced by a recorder: each handler is called as
// Electron would call it, with events from our own window, a sub-frame, another page, or
// a frame that has gone away.
const handlers = new Map<string, (event: unknown, input: unknown) => Promise<unknown>>();
vi.mock('electron', () => ({ ipcMain: { handle: (channel: string, fn: never) => handlers.set(channel, fn) } }));

const { registerCorpusHandlers } = await import('./ipc-handlers');
const { CORPUS_METHODS } = await import('../shared/corpus-api');
const { CORPUS_CONTRACT } = await import('../shared/corpus-contract');

const OWN = 'file:///app/out/renderer/index.html';
const calls: string[] = [];
const api = Object.fromEntries(CORPUS_METHODS.map((m) => [m, async () => (calls.push(m), { ok: true, value: m })]));
registerCorpusHandlers(api as never, (url) => url === OWN);

function eventFrom(url: string | null, sub = false) {
  const mainFrame = { url: url ?? '' };
  const frame = url === null ? null : sub ? { url } : mainFrame;
  return { senderFrame: frame, sender: { mainFrame } };
}

describe('IPC handlers', () => {
  it('exist for every entry of the contract table, on its own channel', () => {
    expect([...handlers.keys()].sort()).toEqual(Object.keys(CORPUS_CONTRACT).map((m) => `corpus:${m}`).sort());
  });

  it('serve our own window', async () => {
    calls.length = 0;
    expect(await handlers.get('corpus:status')!(eventFrom(OWN), {})).toEqual({ ok: true, value: 'status' });
    expect(calls).toEqual(['status']);
  });

  it.each([
    ['another page', eventFrom('https://evil.example/')],
    ['a sub-frame of our page', eventFrom(OWN, true)],
    ['a frame that has gone (null)', eventFrom(null)],
  ])('refuse %s before any service runs', async (_name, event) => {
    calls.length = 0;
    const r = (await handlers.get('corpus:search')!(event, { query: 'x' })) as { ok: boolean; error?: { code: string } };
    expect(r.ok).toBe(false);
    expect(r.error?.code).toBe('forbidden');
    expect(calls).toEqual([]);
  });

  it('validate input from our own window too', async () => {
    calls.length = 0;
    const r = (await handlers.get('corpus:openFolder')!(eventFrom(OWN), JSON.parse('{"path":"/x","__proto__":{"a":1}}'))) as { ok: boolean };
    expect(r.ok).toBe(false);
    expect(calls).toEqual([]);
  });
});
