import { request } from 'node:http';
import { mkdtempSync, promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CORPUS_METHODS, type CorpusApi } from '../../shared/corpus-api';
import { fail, ok } from '../../shared/result';
import { CONTENT_SECURITY_POLICY, startBrowserServer, type BrowserServer } from './http-server';

/**
 * Browser mode's server, started in this process on a free port of 127.0.0.1 and spoken to
 * as a browser (fetch) and as an attacker would (raw requests with forged headers).
 */
let base: string;
let server: BrowserServer;
let calls: { method: string; input: unknown }[];
let origin: string;

/** A CorpusApi that records the calls reaching it; search fails as a service would. */
function recordingApi(): CorpusApi {
  return Object.fromEntries(
    CORPUS_METHODS.map((m) => [
      m,
      async (input: unknown) => {
        calls.push({ method: m, input });
        return m === 'search' ? fail('invalid-query', 'A quotation mark is not closed.') : ok({ method: m });
      },
    ]),
  ) as unknown as CorpusApi;
}

beforeEach(async () => {
  base = mkdtempSync(join(tmpdir(), 'parallax-http-'));
  const renderer = join(base, 'renderer');
  await fs.mkdir(join(renderer, 'assets'), { recursive: true });
  await fs.writeFile(join(renderer, 'index.html'), '<!doctype html><title>Parallax</title>');
  await fs.writeFile(join(renderer, 'assets', 'app.js'), 'console.log(1)');
  await fs.writeFile(join(renderer, 'assets', 'data.bin'), new Uint8Array([1, 2, 3]));
  await fs.writeFile(join(base, 'secret.txt'), 'outside the renderer');
  await fs.symlink(join(base, 'secret.txt'), join(renderer, 'assets', 'leak.js'));
  calls = [];
  server = await startBrowserServer(recordingApi(), { rendererDir: renderer });
  origin = `http://127.0.0.1:${server.port}`;
});

afterEach(async () => {
  await server.close();
  await fs.rm(base, { recursive: true, force: true });
});

/** Visits the printed address and returns the session cookie the server set. */
async function signIn(): Promise<string> {
  const res = await fetch(server.url, { redirect: 'manual' });
  expect(res.status).toBe(303);
  expect(res.headers.get('location')).toBe('/');
  const cookie = res.headers.get('set-cookie')!;
  expect(cookie).toMatch(/^parallax_session=[\w-]{43}; HttpOnly; SameSite=Strict; Path=\/$/);
  return cookie.split(';')[0];
}

function api(method: string, cookie: string, body: string | undefined = '{}', headers: Record<string, string> = {}) {
  return fetch(`${origin}/api/${method}`, { method: 'POST', headers: { cookie, 'content-type': 'application/json', ...headers }, body });
}

/** A request exactly as written: any Host header, a path that climbs. */
function raw(path: string, headers: Record<string, string>, method = 'GET'): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method, headers, setHost: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('browser-mode server', () => {
  it('listens on 127.0.0.1 only, on the port it reports', () => {
    expect(server.server.address()).toMatchObject({ address: '127.0.0.1', port: server.port });
    expect(server.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/\\?token=[\\w-]{43}$`));
  });

  it('swaps the one-time token for a session cookie; a wrong token gets nothing', async () => {
    const wrong = await fetch(`${origin}/?token=not-the-token`, { redirect: 'manual' });
    expect(wrong.status).toBe(403);
    expect(wrong.headers.get('set-cookie')).toBeNull();

    const cookie = await signIn();
    const page = await fetch(`${origin}/`, { headers: { cookie } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toContain('<title>Parallax</title>');
    for (const [k, v] of Object.entries({
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-store',
    })) {
      expect(page.headers.get(k)).toBe(v);
    }
  });

  it('serves nothing without the session cookie', async () => {
    const page = await fetch(`${origin}/`);
    expect(page.status).toBe(401);
    expect(await page.text()).toMatch(/with \?token=/);
    const forged = await fetch(`${origin}/assets/app.js`, { headers: { cookie: 'parallax_session=guess; other=1' } });
    expect(forged.status).toBe(401);
    expect((await api('status', 'parallax_session=guess')).status).toBe(401);
    expect(calls).toEqual([]);
  });

  it('refuses a Host header that is not its own (DNS rebinding)', async () => {
    const cookie = await signIn();
    expect((await raw('/', { host: `evil.example:${server.port}`, cookie })).status).toBe(403);
    expect((await raw('/', { host: '127.0.0.1:1', cookie })).status).toBe(403);
    // No Host at all: Node's HTTP/1.1 parser refuses it before the handler runs.
    expect((await raw('/', { cookie })).status).toBe(400);
    expect((await raw('/', { host: `localhost:${server.port}`, cookie })).status).toBe(200);
  });

  it('serves the built files by type, and nothing outside them', async () => {
    const cookie = await signIn();
    const js = await fetch(`${origin}/assets/app.js?v=1`, { headers: { cookie } });
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await js.text()).toBe('console.log(1)');
    const bin = await fetch(`${origin}/assets/data.bin`, { headers: { cookie } });
    expect(bin.headers.get('content-type')).toBe('application/octet-stream');
    expect((await fetch(`${origin}/index.html`, { method: 'HEAD', headers: { cookie } })).status).toBe(200);

    const host = `127.0.0.1:${server.port}`;
    for (const path of ['/missing.js', '/assets/leak.js', '/../secret.txt', '/%2e%2e/secret.txt', '/assets/%E0%A4%A', '/assets']) {
      const res = await raw(path, { host, cookie });
      expect([path, res.status]).toEqual([path, 404]);
      expect(res.body).not.toContain('outside the renderer');
    }
    expect((await fetch(`${origin}/`, { method: 'DELETE', headers: { cookie } })).status).toBe(405);
  });

  it('passes an API call through, and a service error as data', async () => {
    const cookie = await signIn();
    const res = await api('listDocuments', cookie);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(await res.json()).toEqual({ ok: true, value: { method: 'listDocuments' } });

    // Same-origin fetches may send Origin: ours is accepted, and an empty body counts as {}.
    expect((await api('status', cookie, '', { origin })).status).toBe(200);
    const failed = await api('search', cookie, JSON.stringify({ query: '"open' }));
    expect(failed.status).toBe(200);
    expect(await failed.json()).toEqual({ ok: false, error: { code: 'invalid-query', message: 'A quotation mark is not closed.' } });
    expect(calls.map((c) => c.method)).toEqual(['listDocuments', 'status', 'search']);
  });

  it('refuses API calls from other sites, by GET, in other formats, malformed or too large', async () => {
    const cookie = await signIn();
    const refused: [Promise<Response>, number, string][] = [
      [api('status', cookie, '{}', { origin: 'https://evil.example' }), 403, 'forbidden'],
      [api('status', cookie, '{}', { origin: 'null' }), 403, 'forbidden'],
      [fetch(`${origin}/api/status`, { headers: { cookie } }), 405, 'invalid-input'],
      [api('status', cookie, '{}', { 'content-type': 'text/plain' }), 415, 'invalid-input'],
      [api('status', cookie, '{"unclosed'), 400, 'invalid-input'],
      [api('status', cookie, JSON.stringify({ pad: 'x'.repeat(1024 * 1024) })), 413, 'invalid-input'],
      [api('deleteEverything', cookie), 400, 'invalid-input'],
      [api('search', cookie, JSON.stringify({ query: 42 })), 400, 'invalid-input'],
    ];
    for (const [pending, status, code] of refused) {
      const res = await pending;
      expect(res.status).toBe(status);
      expect(await res.json()).toMatchObject({ ok: false, error: { code } });
    }
    expect(calls).toEqual([]);
  });

  it('starts on the port asked for, and refuses one already taken', async () => {
    const renderer = join(base, 'renderer');
    const second = await startBrowserServer(recordingApi(), { rendererDir: renderer, port: 0 });
    try {
      await expect(startBrowserServer(recordingApi(), { rendererDir: renderer, port: second.port })).rejects.toThrow(/EADDRINUSE/);
    } finally {
      await second.close();
    }
  });
});
