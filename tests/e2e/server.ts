/**
 * A static server for dist/ with the headers a careful host would send (CSP without
 * 'unsafe-inline', no referrer), so the browser tests also prove the app works under them.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
  "connect-src 'self'; base-uri 'none'; form-action 'self'; object-src 'none'";

export interface StaticServer {
  readonly origin: string;
  readonly server: Server;
  close(): Promise<void>;
}

export interface ServeOptions {
  readonly host?: string;
  /** Extra HTML documents by path, e.g. a partner page. */
  readonly pages?: Readonly<Record<string, string>>;
  readonly headers?: Readonly<Record<string, string>>;
}

/** Serves `root` (and `pages`) on `host`, on a free port. */
export async function serve(
  root: string,
  { host = '127.0.0.1', pages = {}, headers = {} }: ServeOptions = {},
): Promise<StaticServer> {
  const server = createServer((req, res) => void respond(req, res));
  async function respond(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://x');
    const common = {
      'Referrer-Policy': 'no-referrer',
      'X-Content-Type-Options': 'nosniff',
      ...headers,
    };
    const page = pages[url.pathname];
    if (page !== undefined) {
      res.writeHead(200, { 'Content-Type': TYPES['.html']!, ...common });
      res.end(page);
      return;
    }
    const path = url.pathname === '/' ? '/index.html' : url.pathname;
    const file = normalize(join(root, path));
    if (!file.startsWith(normalize(root))) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Content-Security-Policy': CSP,
        ...common,
      });
      res.end(body);
    } catch {
      res.writeHead(404, common).end('not found');
    }
  }
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://${host}:${port}`,
    server,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
