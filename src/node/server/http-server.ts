import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CorpusApi } from '../../shared/corpus-api';
import { fail } from '../../shared/result';
import type { Logger } from '../log/logger';
import { dispatchCall } from '../service/dispatch';
import { hostAllowed, originAllowed, readCookie, safeEqual } from './request-guard';
import { readStatic } from './static-files';

export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; " +
  "object-src 'none'; base-uri 'none'; frame-src 'none'; frame-ancestors 'none'; form-action 'self'";

const COOKIE = 'parallax_session';
const MAX_BODY = 1024 * 1024;

export interface BrowserServer {
  server: Server;
  port: number;
  /** The address to open: carries the one-time token, exchanged for a cookie on first visit. */
  url: string;
  close(): Promise<void>;
}

/**
 * Browser mode: the renderer and the corpus API over HTTP on 127.0.0.1 only. A random
 * 256-bit token in the printed URL is swapped for an HttpOnly, SameSite=Strict cookie; every
 * request must name this host (against DNS rebinding), API calls must come from this origin.
 */
export async function startBrowserServer(api: CorpusApi, opts: { port?: number; rendererDir: string; log?: Logger }): Promise<BrowserServer> {
  const token = randomBytes(32).toString('base64url');
  const session = randomBytes(32).toString('base64url');
  let port = 0;

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      // The path only: the query may carry the token.
      opts.log?.error('http', `${req.method ?? '?'} ${(req.url ?? '/').split('?')[0].slice(0, 100)} failed.`, err);
      send(res, 500, json(fail('internal', 'Something went wrong.')));
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!hostAllowed(req, port)) return send(res, 403, 'Forbidden: unexpected Host header.');
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const authed = safeEqual(readCookie(req, COOKIE) ?? '', session);

    if (req.method === 'GET' && url.searchParams.has('token')) {
      if (!safeEqual(url.searchParams.get('token') ?? '', token)) return send(res, 403, 'Forbidden: this link is not valid.');
      res.setHeader('Set-Cookie', `${COOKIE}=${session}; HttpOnly; SameSite=Strict; Path=/`);
      res.setHeader('Location', '/');
      return send(res, 303, '');
    }
    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return send(res, 405, json(fail('invalid-input', 'Use POST.')));
      if (!originAllowed(req, port)) return send(res, 403, json(fail('forbidden', 'Calls from other sites are refused.')));
      if (!authed) return send(res, 401, json(fail('forbidden', 'Open Parallax from the address it printed (with its token).')));
      if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
        return send(res, 415, json(fail('invalid-input', 'Send JSON (Content-Type: application/json).')));
      }
      const body = await readBody(req);
      if (body === null) return send(res, 413, json(fail('invalid-input', 'The request is too large.')));
      let input: unknown;
      try {
        input = body.length ? JSON.parse(body) : {};
      } catch {
        return send(res, 400, json(fail('invalid-input', 'The request is not valid JSON.')));
      }
      const result = await dispatchCall(api, url.pathname.slice('/api/'.length), input);
      const status = !result.ok && result.error.code === 'invalid-input' ? 400 : 200;
      return send(res, status, json(result));
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed.');
    if (!authed) return send(res, 401, 'Open Parallax from the address it printed when it started (the one with ?token=).');
    const file = await readStatic(opts.rendererDir, url.pathname);
    if (!file) return send(res, 404, 'Not found.');
    res.setHeader('Content-Type', file.type);
    return send(res, 200, file.body);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    server,
    port,
    url: `http://127.0.0.1:${port}/?token=${token}`,
    // A browser keeps idle keep-alive connections open: close() alone would wait on them forever.
    close: () =>
      new Promise((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}

function json(value: unknown): string {
  return JSON.stringify(value);
}

function send(res: ServerResponse, status: number, body: string | Buffer): void {
  res.statusCode = status;
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cache-Control', 'no-store');
  if (!res.hasHeader('Content-Type')) {
    res.setHeader('Content-Type', typeof body === 'string' && body.startsWith('{') ? 'application/json' : 'text/plain; charset=utf-8');
  }
  res.end(body);
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) over = true;
      else chunks.push(c);
    });
    req.on('end', () => resolve(over ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
