/**
 * A static server for dist/ with the headers a careful host would send (CSP without
 * 'unsafe-inline', no referrer), so the browser tests also prove the app works under them.
 * The CSP is the one the build writes into dist/_headers, inline-script hashes included, and the
 * app's files also get that file's Cross-Origin-Opener-Policy.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
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

/**
 * A build's _headers CSP (dist/ by default) for every path, without frame-ancestors (tests that
 * frame add their own).
 */
export function deployedCsp(root = join(import.meta.dirname, '..', '..', 'dist')): string {
  const headers = readFileSync(join(root, '_headers'), 'utf8');
  const line = /^\s*Content-Security-Policy:\s*(.+)$/m.exec(headers)?.[1];
  if (!line) throw new Error('dist/_headers has no Content-Security-Policy: run `npm run build`');
  if (line.includes('unsafe-inline')) throw new Error("dist/_headers' CSP allows 'unsafe-inline'");
  return line
    .split(';')
    .map((d) => d.trim())
    .filter((d) => d && !d.startsWith('frame-ancestors'))
    .join('; ');
}

/** A build's _headers Cross-Origin-Opener-Policy, if it has one. */
export function deployedCoop(root = join(import.meta.dirname, '..', '..', 'dist')): string | null {
  const headers = readFileSync(join(root, '_headers'), 'utf8');
  return /^\s*Cross-Origin-Opener-Policy:\s*(.+)$/m.exec(headers)?.[1]?.trim() ?? null;
}

// Listing the tests (npm run test:browsers -- --list) runs none, and needs no build.
export const CSP = process.env.LOC_LIST === '1' ? '' : deployedCsp();
const cspOf = new Map<string, string>();

export interface StaticServer {
  readonly origin: string;
  readonly server: Server;
  close(): Promise<void>;
}

export interface ServeOptions {
  readonly host?: string;
  /** Extra HTML documents by path, e.g. a partner page. */
  readonly pages?: Readonly<Record<string, string>>;
  /** Extra scripts by path, from the app's own origin (so the CSP's 'self' allows them). */
  readonly scripts?: Readonly<Record<string, string>>;
  readonly headers?: Readonly<Record<string, string>>;
  /** Gzip the text files of `root` (level 9) for clients that accept it, as a host would. */
  readonly gzip?: boolean;
  /** Paths to fail, delay or hold (read at request time, so the caller may change them). */
  readonly routes?: readonly Route[];
}

/**
 * What the server does with requests whose path (and query) `match`es, before answering them:
 * `fail` drops the connection (as a network that went away), `delay` waits that many ms, `hold`
 * waits for the promise (a download held back until the test lets it go). The first match wins.
 */
export interface Route {
  readonly match: RegExp;
  readonly fail?: boolean | (() => boolean);
  readonly delay?: number;
  readonly hold?: Promise<unknown>;
}

/** A promise to `hold` requests on, and the function that lets them go. */
export function holdBack(): { hold: Promise<void>; release: () => void } {
  let release!: () => void;
  const hold = new Promise<void>((resolve) => (release = resolve));
  return { hold, release };
}

const isText = (type: string) =>
  type.startsWith('text/') || type === 'application/json' || type === 'image/svg+xml';

/** Serves `root` (and `pages`) on `host`, on a free port. */
export async function serve(
  root: string,
  {
    host = '127.0.0.1',
    pages = {},
    scripts = {},
    headers = {},
    gzip = false,
    routes = [],
  }: ServeOptions = {},
): Promise<StaticServer> {
  // Each build's own CSP: its inline scripts' hashes differ (another center, e.g. dist-example).
  // A folder without a build (partner and third-party pages) keeps the app's default CSP.
  const csp = cspOf.get(root) ?? (existsSync(join(root, '_headers')) ? deployedCsp(root) : CSP);
  cspOf.set(root, csp);
  const coop = existsSync(join(root, '_headers')) ? deployedCoop(root) : null;
  const server = createServer((req, res) => void respond(req, res));
  async function respond(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://x');
    const route = routes.find((r) => r.match.test(url.pathname + url.search));
    if (route) {
      if (route.delay) await new Promise((resolve) => setTimeout(resolve, route.delay));
      if (route.hold) await route.hold;
      if (typeof route.fail === 'function' ? route.fail() : route.fail) {
        req.socket.destroy();
        return;
      }
    }
    // As a host applies _headers' "/*" block: every path of the app's origin, the test's own
    // pages included (a page without COOP beside pages with it switches the browsing-context
    // group on a same-origin navigation, which WebKit's back-forward cache does not survive).
    const common = {
      'Referrer-Policy': 'no-referrer',
      'X-Content-Type-Options': 'nosniff',
      ...(coop ? { 'Cross-Origin-Opener-Policy': coop } : {}),
      ...headers,
    };
    const page = pages[url.pathname];
    if (page !== undefined) {
      res.writeHead(200, { 'Content-Type': TYPES['.html']!, ...common });
      res.end(page);
      return;
    }
    const script = scripts[url.pathname];
    if (script !== undefined) {
      res.writeHead(200, { 'Content-Type': TYPES['.js']!, ...common });
      res.end(script);
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
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const compress =
        gzip && isText(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      res.writeHead(200, {
        'Content-Type': type,
        'Content-Security-Policy': csp,
        ...(gzip ? { Vary: 'Accept-Encoding' } : {}),
        ...(compress ? { 'Content-Encoding': 'gzip' } : {}),
        ...common,
      });
      res.end(compress ? gzipSync(body, { level: 9 }) : body);
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
