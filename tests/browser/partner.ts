/**
 * Partner pages for the embed tests, in every engine, and helpers that read them: every page
 * records each `loc:*` event with the id of the element it was dispatched on, and runs under a
 * strict CSP (nonce'd inline code, scripts and frames from the wizard's origin only), so the tests
 * also prove embed.js needs no 'unsafe-inline' on the partner's side. A partner is a second
 * server on localhost (another site than the wizard's 127.0.0.1).
 */
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { HEIGHT_STEP } from '../../src/app/embed-messages';
import { waitUntil, type Surface } from './driver';
import { type AppServer } from './harness';
import { DIST } from './fixtures';
import { CSP, serve, type StaticServer } from './server';

export const NONCE = 'partner-nonce';
export const EVENT_TYPES = ['loc:ready', 'loc:resize', 'loc:step', 'loc:complete', 'loc:call'];

export interface RecordedEvent {
  readonly target: string;
  readonly type: string;
  readonly detail: unknown;
  readonly bubbles: boolean;
}

/**
 * The partner's CSP: what a careful partner would send, allowing the wizard's origin only, plus
 * `tel:` and `sms:` in frame-src (README): in Chromium a call link inside the frame is a
 * navigation of the frame that frame-src checks, and without them the frame is replaced by an
 * error page.
 */
export function partnerCsp(wizard: string): string {
  return (
    `default-src 'none'; script-src 'nonce-${NONCE}' ${wizard}; frame-src ${wizard} tel: sms:; ` +
    `style-src 'nonce-${NONCE}'; base-uri 'none'; form-action 'none'`
  );
}

/**
 * Records every loc:* event, in the capture phase, with its target's id; and every CSP
 * violation of the partner's page (window.__violations), which no engine's console is needed for.
 */
export const RECORDER = `<script nonce="${NONCE}">
  window.__events = [];
  window.__violations = [];
  for (const type of ${JSON.stringify(EVENT_TYPES)})
    document.addEventListener(type, (e) => {
      window.__events.push({ target: e.target.id, type: e.type, detail: e.detail, bubbles: e.bubbles });
    }, true);
  document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
</script>`;

export interface Widget {
  readonly id: string;
  /** data-* attributes, without the "data-" prefix. */
  readonly data?: Readonly<Record<string, string>>;
}

export interface PartnerOptions {
  readonly wizard: string;
  readonly widgets: readonly Widget[];
  /** Height of the partner's own content above the widgets, in px. */
  readonly intro?: number;
  /** Also include embed.js (synchronously) in <head>, before the containers exist. */
  readonly scriptInHead?: boolean;
  /** How many times the snippet's script tag follows the containers (default 1). */
  readonly scriptAfter?: number;
  /** Extra markup at the end of <body> (inline scripts must carry the nonce). */
  readonly extra?: string;
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

export function containerHtml({ id, data = {} }: Widget): string {
  const attrs = Object.entries(data)
    .map(([k, v]) => ` data-${k}="${attr(v)}"`)
    .join('');
  return `<div id="${id}" data-loc-wizard${attrs}></div>`;
}

/** A plain partner page using the two-line snippet. */
export function partnerPage(o: PartnerOptions): string {
  const script = (extra = '') => `<script src="${o.wizard}/embed.js"${extra}></script>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Partner clinic</title>
<style nonce="${NONCE}">
  body { margin: 0; font-family: sans-serif; }
  .intro { height: ${o.intro ?? 0}px; }
  .outro { height: 1500px; }
</style>
${RECORDER}
${o.scriptInHead ? script() : ''}
</head>
<body>
<div class="intro"><h1>Partner clinic</h1></div>
${o.widgets.map(containerHtml).join('\n')}
<div class="outro"></div>
${Array.from({ length: o.scriptAfter ?? 1 }, () => script(' async')).join('\n')}
${o.extra ?? ''}
</body>
</html>`;
}

export interface Partner {
  readonly origin: string;
  readonly server: StaticServer;
  /** Paths of every request it answered. */
  readonly log: string[];
  /** Serves `html` at a new path of its own; returns the page's URL. */
  page(html: string): string;
}

let pageCount = 0;

async function startPartner(frameable: string): Promise<Partner> {
  const pages: Record<string, string> = {};
  const headers: Record<string, string> = {};
  const server = await serve(join(DIST, 'no-such-folder'), { host: 'localhost', pages, headers });
  // Its own pages too: a frame that navigated away from the wizard to another partner page.
  headers['Content-Security-Policy'] = partnerCsp(`${frameable} ${server.origin}`);
  const log: string[] = [];
  server.server.on('request', (req) => log.push(req.url ?? ''));
  return {
    origin: server.origin,
    server,
    log,
    page(html) {
      const path = `/page-${++pageCount}`;
      pages[path] = html;
      return `${server.origin}${path}`;
    },
  };
}

/**
 * A partner server on localhost for the enclosing describe block, whose pages may frame the
 * wizard of `wizard()`; the wizard's server answers with frame-ancestors allowing it (what the
 * README tells the wizard's host to send). `count`: that many partners (another site each).
 */
export function usePartners(
  wizard: () => Pick<AppServer, 'origin' | 'headers'>,
  count = 1,
): () => Partner[] {
  const partners: Partner[] = [];
  beforeAll(async () => {
    const app = wizard();
    for (let i = 0; i < count; i++) partners.push(await startPartner(app.origin));
    const csp = app.headers['Content-Security-Policy'] ?? CSP;
    app.headers['Content-Security-Policy'] =
      `${csp.replace(/;\s*frame-ancestors[^;]*/, '')}; frame-ancestors 'self' ${partners
        .map((p) => p.origin)
        .join(' ')}`;
  });
  afterAll(async () => {
    await Promise.all(partners.map((p) => p.server.close()));
  });
  return () => partners;
}

export async function events(page: Surface, target?: string): Promise<RecordedEvent[]> {
  const all = await page.run(() => (window as unknown as { __events: RecordedEvent[] }).__events);
  return target === undefined ? all : all.filter((e) => e.target === target);
}

/** Waits until `target` has received at least `count` events of `type`. */
export async function waitForEvents(
  page: Surface,
  target: string,
  type: string,
  count = 1,
): Promise<void> {
  await waitUntil(
    page,
    `${count} ${type} on #${target}`,
    (t: string, ty: string, n: number) =>
      ((window as unknown as { __events?: RecordedEvent[] }).__events ?? []).filter(
        (e) => e.target === t && e.type === ty,
      ).length >= n,
    [target, type, count],
  );
}

export function frameBox(
  page: Surface,
  selector: string,
): Promise<{ top: number; height: number }> {
  return page.run((s: string) => {
    const r = document.querySelector(s)!.getBoundingClientRect();
    return { top: r.top, height: r.height };
  }, selector);
}

export interface Fit {
  readonly frame: number;
  readonly content: number;
}

/**
 * Whether a frame of `frame` px fits content of `content` px: the content's height rounded up
 * to the wizard's coarse step (contract v1.3), so never shorter than the content.
 */
export function fitsCoarsely(frame: number, content: number): boolean {
  return frame % HEIGHT_STEP === 0 && frame >= content && frame - Math.ceil(content) < HEIGHT_STEP;
}

/**
 * Waits until the iframe (`selector` on `page`) is the wizard's content height rounded up to the
 * coarse step, with nothing hidden inside the frame (its document does not overflow either way).
 */
export async function expectFit(
  page: Surface,
  frame: Surface,
  selector = '#w iframe',
): Promise<Fit> {
  let last: unknown;
  for (let i = 0; i < 50; i++) {
    const { height } = await frameBox(page, selector);
    const inner = await frame.run(() => {
      const d = document.documentElement;
      return {
        content: document.getElementById('root')!.getBoundingClientRect().height,
        scrollHeight: d.scrollHeight,
        clientHeight: d.clientHeight,
        scrollWidth: d.scrollWidth,
        clientWidth: d.clientWidth,
      };
    });
    last = { frame: height, ...inner };
    if (
      fitsCoarsely(height, inner.content) &&
      inner.scrollHeight <= inner.clientHeight + 1 &&
      inner.scrollWidth <= inner.clientWidth
    )
      return { frame: height, content: inner.content };
    await new Promise((r) => setTimeout(r, 100));
  }
  expect.fail(`frame does not fit its content: ${JSON.stringify(last)}`);
}

/** The keys each event's detail may have: nothing about answers, questions or urgency. */
export const ALLOWED_DETAIL: Readonly<Record<string, readonly string[]>> = {
  'loc:ready': ['height'],
  'loc:resize': ['height'],
  'loc:step': [],
  'loc:complete': ['level'],
  'loc:call': [],
};

export function expectMinimalDetails(list: readonly RecordedEvent[]): void {
  for (const e of list) {
    expect(EVENT_TYPES).toContain(e.type);
    expect(typeof e.detail === 'object' && e.detail !== null, e.type).toBe(true);
    for (const key of Object.keys(e.detail as object))
      expect(ALLOWED_DETAIL[e.type], `${e.type} carries "${key}"`).toContain(key);
  }
}
