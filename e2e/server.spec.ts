import { request as httpRequest } from 'node:http';
import { expect, test } from '@playwright/test';
import { startServer, type RunningServer } from './support/browser-server';
import { SEEDS } from './support/paths';

/** Raw HTTP, so Host and Origin can be set to what an attacker's page would send. */
function call(url: string, opts: { method?: string; headers?: Record<string, string>; body?: string | Buffer }): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: opts.method ?? 'GET', headers: opts.headers }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    if (opts.body) req.write(opts.body);
    req.end();
  });
}

let server: RunningServer;
let cookie: string;
let port: string;

test.beforeAll(async () => {
  server = await startServer(SEEDS);
  port = new URL(server.url).port;
  const first = await call(server.url, { headers: { Host: `127.0.0.1:${port}` } });
  expect(first.status).toBe(303);
  expect(first.headers.location).toBe('/');
  const setCookie = String(first.headers['set-cookie']);
  expect(setCookie).toMatch(/HttpOnly/);
  expect(setCookie).toMatch(/SameSite=Strict/);
  cookie = setCookie.split(';')[0];
});
test.afterAll(() => server.stop());

const api = (method: string, body: unknown, headers: Record<string, string> = {}) =>
  call(`${server.origin}/api/${method}`, {
    method: 'POST',
    headers: { Host: `127.0.0.1:${port}`, Cookie: cookie, 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

test('binds to 127.0.0.1 with a long random token', () => {
  const url = new URL(server.url);
  expect(url.hostname).toBe('127.0.0.1');
  expect(Buffer.from(url.searchParams.get('token')!, 'base64url').length).toBeGreaterThanOrEqual(24);
});

test('a signed-in same-origin call works', async () => {
  const r = await api('status', {}, { Origin: server.origin });
  expect(r.status).toBe(200);
  expect(JSON.parse(r.body)).toMatchObject({ ok: true });
  expect(r.headers['access-control-allow-origin']).toBeUndefined();
});

test('a foreign Host is refused (DNS rebinding)', async () => {
  const r = await call(`${server.origin}/`, { headers: { Host: `evil.example:${port}`, Cookie: cookie } });
  expect(r.status).toBe(403);
  const api2 = await api('status', {}, { Host: 'attacker.test' });
  expect(api2.status).toBe(403);
});

test('another origin, or the null origin, is refused', async () => {
  expect((await api('status', {}, { Origin: 'http://evil.example' })).status).toBe(403);
  expect((await api('status', {}, { Origin: 'null' })).status).toBe(403);
});

test('no token, a wrong token or no cookie gets nothing', async () => {
  expect((await call(`${server.origin}/?token=wrong`, { headers: { Host: `127.0.0.1:${port}` } })).status).toBe(403);
  expect((await call(`${server.origin}/`, { headers: { Host: `127.0.0.1:${port}` } })).status).toBe(401);
  const r = await api('status', {}, { Cookie: 'parallax_session=guess' });
  expect(r.status).toBe(401);
});

test('only JSON, only small bodies, only known calls, no stack traces', async () => {
  expect((await api('status', '{}', { 'Content-Type': 'text/plain' })).status).toBe(415);
  expect((await api('search', JSON.stringify({ query: 'x'.repeat(2 * 1024 * 1024) }))).status).toBe(413);
  const unknown = await api('rm', {});
  expect(unknown.status).toBe(400);
  expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  const bad = await api('search', '{not json');
  expect(bad.status).toBe(400);
  const proto = await api('openFolder', '{"path":"/tmp","__proto__":{"x":1}}');
  expect(JSON.parse(proto.body)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  for (const r of [unknown, bad, proto]) expect(r.body).not.toMatch(/\n\s+at |node_modules|\/work\//);
});

test('static files cannot climb out of the renderer folder', async () => {
  for (const p of ['/../package.json', '/%2e%2e/package.json', '/..%5cpackage.json', '/assets/../../main/cli.js']) {
    const r = await call(`${server.origin}${p}`, { headers: { Host: `127.0.0.1:${port}`, Cookie: cookie } });
    expect(r.status, p).toBe(404);
  }
  const page = await call(`${server.origin}/`, { headers: { Host: `127.0.0.1:${port}`, Cookie: cookie } });
  expect(page.status).toBe(200);
  expect(String(page.headers['content-security-policy'])).toMatch(/script-src 'self'/);
});
