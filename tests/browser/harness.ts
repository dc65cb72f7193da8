/**
 * Set-up for the browser tests: which engines run (forEngines), one app server per test file,
 * and a fresh session per test opened at the wizard's start screen.
 *
 * WebDriver classic has no "script before the page's own" and no request interception, so the
 * server does both, the same way for every engine: the app's page is served with the test's
 * scripts as the first elements of <head>, from the app's own origin (the deployed CSP stays
 * on), and chosen paths can be failed, delayed or held (AppServer.routes). Every app page also
 * records its uncaught errors (window.__pageErrors) and console errors and warnings
 * (window.__console), and the server logs every request it answers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { DIST } from './fixtures';
import { CSP, deployedCsp, serve, type Route, type StaticServer } from './server';
import {
  ENGINE_NAMES,
  type Engine,
  type EngineName,
  type EngineSession,
  type Viewport,
} from './driver';
import { startChromium } from './chromium';
import { startFirefox } from './firefox';
import { startWebKit } from './webkit';
import { waitForApp } from './walk';

/** LOC_ENGINES=chromium,firefox,webkit (the default: all three); `npm run test:browsers -- --engine`. */
export const ENGINES: readonly EngineName[] = (process.env.LOC_ENGINES ?? ENGINE_NAMES.join(','))
  .split(',')
  .map((n) => n.trim())
  .filter((n): n is EngineName => (ENGINE_NAMES as readonly string[]).includes(n));

const START: Record<EngineName, () => Promise<Engine>> = {
  chromium: startChromium,
  firefox: startFirefox,
  webkit: startWebKit,
};

const RECORD_ERRORS = `window.__pageErrors = [];
addEventListener('error', (e) => window.__pageErrors.push(String(e.message)));
addEventListener('unhandledrejection', (e) => window.__pageErrors.push(String(e.reason)));
window.__console = [];
for (const type of ['error', 'warn']) {
  const original = console[type];
  console[type] = function (...args) {
    window.__console.push(type + ': ' + args.map(String).join(' '));
    return original.apply(this, args);
  };
}`;

const AXE = readFileSync(
  join(import.meta.dirname, '../../node_modules/axe-core/axe.min.js'),
  'utf8',
);
export const AXE_PATH = '/__test/axe.min.js';

export interface AppServer {
  readonly origin: string;
  /** Paths of every request the server answered, in order. */
  readonly log: string[];
  readonly server: StaticServer;
  /** Extra documents (read at request time). */
  readonly pages: Record<string, string>;
  /** Headers for every response (read at request time). */
  readonly headers: Record<string, string>;
  /**
   * Paths the server fails, delays or holds (read at request time; openApp replaces them): what
   * request interception did in one engine, here in every engine.
   */
  routes: Route[];
  /** Serves the app's page with these scripts first in <head>, until reset. */
  instrument(scripts: readonly string[]): void;
}

/** `dist`: another build to serve (e.g. EXAMPLE_DIST, `npm run build:example`). */
export async function startAppServer({ dist = DIST }: { dist?: string } = {}): Promise<AppServer> {
  const INDEX = readFileSync(join(dist, 'index.html'), 'utf8');
  const pages: Record<string, string> = {};
  const scripts: Record<string, string> = { [AXE_PATH]: AXE };
  // The build's own CSP: another center's inline scripts have other hashes.
  const headers: Record<string, string> = {
    'Content-Security-Policy': dist === DIST ? CSP : deployedCsp(dist),
  };
  const routes: Route[] = [];
  const server = await serve(dist, { pages, scripts, headers, routes });
  const log: string[] = [];
  server.server.on('request', (req) => log.push(req.url ?? ''));
  const instrument = (extra: readonly string[]) => {
    const all = [RECORD_ERRORS, ...extra];
    all.forEach((code, i) => (scripts[`/__test/init-${i}.js`] = code));
    const tags = all.map((_, i) => `<script src="/__test/init-${i}.js"></script>`).join('');
    const index = INDEX.replace(/<head>/, `<head>${tags}`);
    if (index === INDEX) throw new Error('dist/index.html has no <head>');
    pages['/'] = index;
    pages['/index.html'] = index;
  };
  instrument([]);
  return {
    origin: server.origin,
    log,
    server,
    pages,
    headers,
    get routes() {
      return routes;
    },
    set routes(next: Route[]) {
      routes.splice(0, routes.length, ...next);
    },
    instrument,
  };
}

/**
 * Engines a file (or a test) does not run in, each with the reason, which `--list` prints:
 * `{ webkit: 'WebDriver classic has no touch input' }`.
 */
export type Exceptions = Partial<Record<EngineName, string>>;

/** Set by `npm run test:browsers -- --list` (vitest list): excepted tests are listed, not run. */
const LISTING = process.env.LOC_LIST === '1';
/** The name an excepted test is listed under (scripts/test-browsers.ts reads it back). */
export const NOT_RUN = 'NOT RUN: ';

/**
 * The one way a test file says where it runs: a describe block per engine (named after it) in
 * every selected engine but those `except` names, each with its engine started for the block.
 *
 *   forEngines((engine, name) => { it('…', async () => { const s = await openApp(engine(), …) }) });
 *   forEngines({ except: { webkit: 'why' } }, (engine) => { … });
 */
export function forEngines(
  options: { except?: Exceptions } | ((engine: () => Engine, name: EngineName) => void),
  body?: (engine: () => Engine, name: EngineName) => void,
): void {
  const [except, run] =
    typeof options === 'function' ? [{} as Exceptions, options] : [options.except ?? {}, body!];
  for (const name of ENGINES) {
    const why = except[name];
    if (why !== undefined) {
      // Listed only (vitest list runs nothing, and leaves skipped tests out of its list).
      if (LISTING) describe(name, () => it(`${NOT_RUN}${why}`, () => {}));
      continue;
    }
    describe(name, () => run(useEngine(name), name));
  }
}

/**
 * `it`, or, in an engine `except` names, a skipped test named with its reason (listed so by
 * `--list`): for one test of a file that does not run in one engine. Skipped, not left out: a
 * block whose every test is excepted would otherwise hold no test, which vitest fails.
 */
export function itExcept(name: EngineName, except: Exceptions): typeof it {
  const why = except[name];
  if (why === undefined) return it;
  const skipped = ((title: string) =>
    LISTING
      ? it(`${title} ${NOT_RUN}${why}`, () => {})
      : it.skip(`${title} ${NOT_RUN}${why}`, () => {})) as unknown as typeof it;
  return skipped;
}

/** Starts an engine (outside a test: scripts/screenshots.ts). */
export function startEngine(name: EngineName): Promise<Engine> {
  return START[name]();
}

/** Starts `name` for the enclosing describe block; the getter returns it. */
export function useEngine(name: EngineName): () => Engine {
  let engine: Engine | undefined;
  beforeAll(async () => {
    engine = await START[name]();
  }, 120_000);
  afterAll(async () => {
    await engine?.stop();
  });
  return () => {
    if (!engine) throw new Error(`${name} did not start`);
    return engine;
  };
}

/** One app server for the enclosing describe block (of `dist`, by default dist/). */
export function useAppServer(options: { dist?: string } = {}): () => AppServer {
  let server: AppServer | undefined;
  beforeAll(async () => {
    server = await startAppServer(options);
  });
  afterAll(async () => {
    await server?.server.close();
  });
  return () => server!;
}

export interface OpenOptions {
  readonly query?: string;
  /** Scripts run before the app in every document of the app (see AppServer.instrument). */
  readonly initScripts?: readonly string[];
  /** Paths the server fails, delays or holds for this session (see AppServer.routes). */
  readonly routes?: readonly Route[];
  readonly noGoto?: boolean;
}

export function appUrl(origin: string, query = ''): string {
  const q = query === '' || query.startsWith('?') ? query : `?${query}`;
  return `${origin}/${q}`;
}

/** A fresh session at the wizard's start screen (its first screen, drawn by the app itself). */
export async function openApp(
  engine: Engine,
  server: AppServer,
  viewport: Viewport,
  options: OpenOptions = {},
): Promise<EngineSession> {
  server.instrument(options.initScripts ?? []);
  server.routes = [...(options.routes ?? [])];
  const session = await engine.open(viewport);
  if (!options.noGoto) {
    await session.goto(appUrl(server.origin, options.query));
    await waitForApp(session);
  }
  return session;
}

/** Uncaught errors of the current document. */
export function pageErrors(session: EngineSession): Promise<string[]> {
  return session.run(() => (window as unknown as { __pageErrors?: string[] }).__pageErrors ?? []);
}

/** "error: …" and "warn: …" lines the current document wrote to the console. */
export function consoleLines(session: EngineSession): Promise<string[]> {
  return session.run(() => (window as unknown as { __console?: string[] }).__console ?? []);
}

/**
 * Nothing went to another host: every resource the document fetched (Resource Timing) is on the
 * app's origin, and the server answered each of them (its log).
 */
export async function expectOnlyOwnOrigin(
  session: EngineSession,
  server: AppServer,
  expectFn: (value: unknown, message?: string) => { toEqual(v: unknown): void },
): Promise<void> {
  const urls = await session.run(() =>
    [
      ...performance.getEntriesByType('navigation'),
      ...performance.getEntriesByType('resource'),
    ].map((e) => e.name),
  );
  const foreign = urls.filter((u) => !u.startsWith('data:') && new URL(u).origin !== server.origin);
  expectFn(foreign, 'requests to another host').toEqual([]);
  const unlogged = urls
    .filter((u) => !u.startsWith('data:'))
    .map((u) => new URL(u))
    .filter((u) => !server.log.includes(u.pathname + u.search));
  expectFn(unlogged.map(String), 'fetched but not served by the app server').toEqual([]);
}
