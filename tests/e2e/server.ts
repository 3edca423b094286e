// Local servers for the E2E suite. Both listen on 127.0.0.1 only, on ports the OS picks.
//
//  - startFixtureServer(): serves tests/e2e/pages/ (read-only, GET/HEAD) and records every request it gets.
//  - startTrapProxy(): a catch-all HTTP proxy the browser is pointed at. Chromium never proxies loopback
//    addresses, so the fixture server is reached directly, and chrome-extension:// URLs never touch the
//    network. Anything that does reach the proxy is a request to the outside world, from any context
//    (page, service worker, offscreen document, worker): it is recorded and refused, never forwarded.
import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo, Socket } from 'node:net';

export const PAGES_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'pages');
const HOST = '127.0.0.1';

export interface ServedRequest {
  method: string;
  /** Path and query as received, e.g. "/spa.html?job=2". */
  url: string;
  status: number;
  userAgent: string;
  at: number;
}

export interface FixtureServer {
  /** "http://127.0.0.1:<port>" */
  origin: string;
  port: number;
  /** Absolute URL of a fixture page: url('inbound.html'). */
  url(page: string): string;
  /** Every request received, in order. */
  requests: ServedRequest[];
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

function listen(server: http.Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    // Port 0: the OS picks a free port. Never bind anything but the loopback address.
    server.listen(0, HOST, () => resolve((server.address() as AddressInfo).port));
  });
}

function closeServer(server: http.Server, sockets: Set<Socket>): Promise<void> {
  for (const s of sockets) s.destroy();
  return new Promise((resolve) => server.close(() => resolve()));
}

function trackSockets(server: http.Server): Set<Socket> {
  const sockets = new Set<Socket>();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  return sockets;
}

export async function startFixtureServer(root: string = PAGES_DIR): Promise<FixtureServer> {
  const requests: ServedRequest[] = [];
  const rootAbs = path.resolve(root);
  const server = http.createServer(async (req, res) => {
    const rec: ServedRequest = { method: req.method ?? '', url: req.url ?? '', status: 0, userAgent: String(req.headers['user-agent'] ?? ''), at: Date.now() };
    requests.push(rec);
    const send = (status: number, body: string | Buffer, type = 'text/plain; charset=utf-8') => {
      rec.status = status;
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'method not allowed');
      const { pathname } = new URL(req.url ?? '/', 'http://fixture.invalid');
      let rel = decodeURIComponent(pathname);
      if (rel === '/') rel = '/index.html';
      const file = path.resolve(rootAbs, `.${rel}`);
      // No way out of the pages folder.
      if (!file.startsWith(rootAbs + path.sep)) return send(403, 'forbidden');
      if (rel === '/index.html') {
        const pages = (await fs.readdir(rootAbs)).filter((f) => f.endsWith('.html')).sort();
        const list = pages.map((p) => `<li><a href="/${p}">${p}</a></li>`).join('');
        return send(200, `<!doctype html><meta charset="utf-8"><title>fixtures</title><ul>${list}</ul>`, TYPES['.html']);
      }
      const body = await fs.readFile(file).catch(() => null);
      if (!body) return send(404, 'not found');
      return send(200, body, TYPES[path.extname(file)] ?? 'application/octet-stream');
    } catch (e) {
      return send(500, String((e as Error)?.message ?? e));
    }
  });
  const sockets = trackSockets(server);
  const port = await listen(server);
  const origin = `http://${HOST}:${port}`;
  return {
    origin,
    port,
    url: (page: string) => `${origin}/${page.replace(/^\/+/, '')}`,
    requests,
    close: () => closeServer(server, sockets),
  };
}

export interface ProxiedRequest {
  /** "GET http://example.com/x" or "CONNECT example.com:443". */
  method: string;
  target: string;
  at: number;
}

export interface TrapProxy {
  /** For the browser's proxy setting: "http://127.0.0.1:<port>". */
  server: string;
  requests: ProxiedRequest[];
  close(): Promise<void>;
}

export async function startTrapProxy(): Promise<TrapProxy> {
  const requests: ProxiedRequest[] = [];
  const server = http.createServer((req, res) => {
    requests.push({ method: req.method ?? '', target: req.url ?? '', at: Date.now() });
    res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8', connection: 'close' });
    res.end('blocked by the 求人レンズ E2E trap proxy: no request may leave the machine');
  });
  // HTTPS goes through CONNECT: record the host and refuse the tunnel.
  server.on('connect', (req, socket: Socket) => {
    requests.push({ method: 'CONNECT', target: req.url ?? '', at: Date.now() });
    socket.on('error', () => {});
    socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
  });
  const sockets = trackSockets(server);
  const port = await listen(server);
  return { server: `http://${HOST}:${port}`, requests, close: () => closeServer(server, sockets) };
}
