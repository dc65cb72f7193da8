/**
 * embed.js on a partner's page (integration contract, "Embedding on a partner site"): the wizard
 * is served on 127.0.0.1, partner pages on localhost (another site), so the frame is a real
 * cross-site, third-party frame (out of process; this Chromium even denies it storage).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'vite';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { DESKTOP, launch, openPage, PHONE } from './browser';
import { CSP, serve, type StaticServer } from '../browser/server';
import { DIST, EVERY_SCREEN, NEUTRAL_PAGE, vignette } from './harness';
import { answerScreen, completeWith, screenHeading, submit } from './drive';
import { HEIGHT_STEP } from '../../src/app/embed-messages';
import {
  events,
  expectFit,
  expectMinimalDetails,
  frameBox,
  frameOf,
  NONCE,
  partnerCsp,
  partnerPage,
  RECORDER,
  waitForEvents,
  type RecordedEvent,
} from './embed-pages';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const RECOMMENDED_SANDBOX =
  'allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox ' +
  'allow-top-navigation-by-user-activation allow-modals';

/**
 * In every document (Playwright injects it, whatever the CSP): record every touch of
 * sessionStorage or localStorage (a read of the property, so even where the browser denies a
 * third-party frame its storage), every write through any Storage, and print requests.
 */
const INSTRUMENT = `(() => {
  window.__storageTouches = [];
  for (const name of ['sessionStorage', 'localStorage']) {
    const own = Object.getOwnPropertyDescriptor(window, name);
    const d = own || Object.getOwnPropertyDescriptor(Window.prototype, name);
    if (!d || !d.get) continue;
    Object.defineProperty(window, name, {
      configurable: true,
      enumerable: d.enumerable,
      get() { window.__storageTouches.push(name); return d.get.call(window); },
    });
  }
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key, value) {
    window.__storageTouches.push('setItem:' + key);
    return setItem.call(this, key, value);
  };
  window.__printed = 0;
  addEventListener('beforeprint', () => { window.__printed++; });
})();`;

let wizard: StaticServer;
let partner: StaticServer;
let third: StaticServer;
let browser: Browser;
/** Read at request time by the servers, so pages can be added once every origin is known. */
const partnerPages: Record<string, string> = {};
const thirdPages: Record<string, string> = {};
const wizardHeaders: Record<string, string> = {};
const partnerHeaders: Record<string, string> = {};
const thirdHeaders: Record<string, string> = {};

beforeAll(async () => {
  // `npm run build` writes embed.js; a bare `vite build` (the app alone) does not.
  if (!existsSync(join(DIST, 'embed.js')))
    await build({ root: ROOT, configFile: join(ROOT, 'vite.embed.config.ts'), logLevel: 'warn' });
  wizard = await serve(DIST, { headers: wizardHeaders });
  const nowhere = join(DIST, 'no-such-folder');
  partner = await serve(nowhere, {
    host: 'localhost',
    pages: partnerPages,
    headers: partnerHeaders,
  });
  third = await serve(nowhere, { host: 'localhost', pages: thirdPages, headers: thirdHeaders });
  partnerHeaders['Content-Security-Policy'] = partnerCsp(wizard.origin);
  // The third origin also frames its own pages (for a frame that navigated away from the wizard).
  thirdHeaders['Content-Security-Policy'] = partnerCsp(`${wizard.origin} ${third.origin}`);
  // What the README tells the wizard's host to send: framing by listed partners only.
  wizardHeaders['Content-Security-Policy'] =
    `${CSP}; frame-ancestors 'self' ${partner.origin} ${third.origin}`;
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([wizard?.close(), partner?.close(), third?.close()]);
});

interface PartnerSession {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly foreign: string[];
  readonly console: string[];
  readonly errors: string[];
  /** Every request's URL, the frame's included. */
  readonly requests: string[];
  close(): Promise<void>;
}

let pageCount = 0;

/** A fresh context on a new partner page; `html` is served at a path of its own. */
async function openPartner(
  html: string,
  { viewport = PHONE, origin = partner.origin, pages = partnerPages } = {},
): Promise<PartnerSession> {
  const path = `/page-${++pageCount}`;
  pages[path] = html;
  const context = await browser.newContext({ viewport, locale: 'en-US', reducedMotion: 'reduce' });
  await context.addInitScript(INSTRUMENT);
  const opened = await openPage(context, [wizard.origin, partner.origin, third.origin]);
  const requests: string[] = [];
  opened.page.on('request', (r) => requests.push(r.url()));
  await opened.page.goto(`${origin}${path}`);
  return { context, ...opened, requests, close: () => context.close() };
}

function onePage(data: Record<string, string> = {}, intro = 0): string {
  return partnerPage({ wizard: wizard.origin, widgets: [{ id: 'w', data }], intro });
}

async function storageTouches(frame: Frame): Promise<string[]> {
  return frame.evaluate(
    () => (window as unknown as { __storageTouches: string[] }).__storageTouches,
  );
}

function originsOf(urls: readonly string[]): string[] {
  return [...new Set(urls.filter((u) => !u.startsWith('data:')).map((u) => new URL(u).origin))];
}

const settle = (ms = 400) => new Promise((r) => setTimeout(r, ms));

describe('embed.js: the frame', () => {
  it('mounts one titled frame without scrollbars, passing only the allowed data-* and the partner origin', async () => {
    const s = await openPartner(
      onePage(
        {
          phone: '+15551234567',
          lang: 'en',
          center: 'Harbor Clinic',
          accent: '1a7f37',
          mode: 'self',
          unknown: 'x',
          embed: '0',
          'parent-origin': 'https://evil.example',
        },
        1200,
      ),
    );
    try {
      await waitForEvents(s.page, 'w', 'loc:ready');
      const frames = s.page.locator('#w iframe');
      await expect(frames.count()).resolves.toBe(1);
      const frameEl = frames.first();
      const attrs = await frameEl.evaluate((el) => {
        const f = el as HTMLIFrameElement;
        const cs = getComputedStyle(f);
        return {
          src: f.src,
          title: f.title,
          scrolling: f.getAttribute('scrolling'),
          allow: f.getAttribute('allow'),
          sandbox: f.getAttribute('sandbox'),
          border: cs.borderTopWidth,
          width: f.getBoundingClientRect().width,
          containerWidth: f.parentElement!.getBoundingClientRect().width,
        };
      });
      expect(attrs.title).toBe('Level of care check');
      expect(attrs.scrolling).toBe('no');
      expect(attrs.border).toBe('0px');
      expect(attrs.width).toBe(attrs.containerWidth);
      expect(attrs.allow).toBe('');
      expect(attrs.sandbox).toBeNull();
      const src = new URL(attrs.src);
      expect(src.origin + src.pathname).toBe(`${wizard.origin}/`);
      expect([...src.searchParams.keys()].sort()).toEqual(
        ['accent', 'center', 'embed', 'lang', 'mode', 'parentOrigin', 'phone'].sort(),
      );
      expect(src.searchParams.getAll('embed')).toEqual(['1']);
      expect(src.searchParams.getAll('parentOrigin')).toEqual([partner.origin]);
      expect(src.searchParams.get('phone')).toBe('+15551234567');
      expect(src.searchParams.get('center')).toBe('Harbor Clinic');

      // Contract v1.3: the wizard ignores a name and a number its center doesn't list; it shows
      // its own (tests/e2e/embed-partners.test.ts covers tracking numbers).
      const frame = await frameOf(s.page, 'w');
      await expect(frame.locator('.header__center').textContent()).resolves.toBe('Trust SoCal');
      await expect(frame.locator('a[href="tel:+15551234567"]').count()).resolves.toBe(0);
      await expect(frame.locator('a[href="tel:+19492808360"]').count()).resolves.toBeGreaterThan(0);

      // Never takes focus or scrolls the partner's page on load (the widget is below the fold).
      await settle(600);
      const partnerState = await s.page.evaluate(() => ({
        active: document.activeElement?.tagName,
        scrollY: window.scrollY,
      }));
      expect(partnerState).toEqual({ active: 'BODY', scrollY: 0 });
      await expect(frame.evaluate(() => document.hasFocus())).resolves.toBe(false);
      // No scrollbars inside the frame either way. (Scrolled to first: Chromium does not pass
      // a new size to an off-screen cross-origin frame until it is shown.)
      await frameEl.scrollIntoViewIfNeeded();
      await expectFit(frameEl, frame);
      await expect(
        frame.evaluate(() => [
          innerWidth - document.documentElement.clientWidth,
          innerHeight - document.documentElement.clientHeight,
        ]),
      ).resolves.toEqual([0, 0]);
      await expect(storageTouches(frame)).resolves.toEqual([]);

      expect(s.foreign).toEqual([]);
      expect(originsOf(s.requests).sort()).toEqual([partner.origin, wizard.origin].sort());
      expect(s.requests.some((u) => u.startsWith(`${wizard.origin}/assets/`))).toBe(true);
      expect(s.console.filter((l) => /Content Security Policy/i.test(l))).toEqual([]);
      expect(s.errors).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('fits its content on every screen at 390 px, growing and shrinking, and reports minimal events', async () => {
    const s = await openPartner(onePage());
    try {
      await waitForEvents(s.page, 'w', 'loc:ready');
      const historyBefore = await s.page.evaluate(() => history.length);
      const frame = await frameOf(s.page, 'w');
      const frameEl = s.page.locator('#w iframe');
      const heights: number[] = [];
      const fit = async () => {
        const { frame: h } = await expectFit(frameEl, frame);
        heights.push(h);
      };
      await fit(); // start
      await submit(frame);
      await completeWith(frame, EVERY_SCREEN, fit);
      await fit(); // result
      await waitForEvents(s.page, 'w', 'loc:complete');

      const changes = heights.slice(1).map((h, i) => h - heights[i]!);
      expect(changes.some((d) => d > 50)).toBe(true);
      expect(changes.some((d) => d < -50)).toBe(true);

      const list = await events(s.page);
      expect(list.every((e) => e.target === 'w')).toBe(true);
      expect(list[0]).toMatchObject({ type: 'loc:ready', detail: { height: heights[0] } });
      const steps = list.filter((e) => e.type === 'loc:step').map((e) => e.detail);
      expect(steps.length).toBe(heights.length - 1);
      // Contract v1.3: no index (the step before the end told which end it was).
      expect(steps).toEqual(steps.map(() => ({})));
      // Every height sent is coarse (the frame's heights are checked by expectFit).
      for (const e of list.filter((e) => e.type === 'loc:ready' || e.type === 'loc:resize'))
        expect((e.detail as { height: number }).height % HEIGHT_STEP).toBe(0);
      const last = list.filter((e) => e.type !== 'loc:resize').at(-1)!;
      expect(last).toMatchObject({ type: 'loc:complete', detail: {} });
      expect(Object.keys(last.detail as object)).toEqual([]);
      expect(list.filter((e) => e.type === 'loc:complete')).toHaveLength(1);
      expectMinimalDetails(list);
      // Nothing about the answers, whatever the key: no question id, answer value or urgency.
      const text = JSON.stringify(list);
      for (const word of ['use.', 'suicide', 'today', 'urgency', 'daily', 'alcohol'])
        expect(text).not.toContain(word);
      expect(list.every((e) => e.bubbles)).toBe(true);

      // Memory only, no history entries, no other host.
      await expect(storageTouches(frame)).resolves.toEqual([]);
      await expect(s.context.cookies()).resolves.toEqual([]);
      await expect(s.page.evaluate(() => history.length)).resolves.toBe(historyBefore);
      expect(s.foreign).toEqual([]);
      expect(originsOf(s.requests).sort()).toEqual([partner.origin, wizard.origin].sort());
      expect(s.errors).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('fits its content at 1280 px', async () => {
    const s = await openPartner(onePage({}, 200), { viewport: DESKTOP });
    try {
      await waitForEvents(s.page, 'w', 'loc:ready');
      const frame = await frameOf(s.page, 'w');
      const frameEl = s.page.locator('#w iframe');
      const heights = [(await expectFit(frameEl, frame)).frame];
      await submit(frame);
      for (let i = 0; i < 4; i++) {
        heights.push((await expectFit(frameEl, frame)).frame);
        await answerScreen(frame, EVERY_SCREEN);
        await submit(frame);
      }
      heights.push((await expectFit(frameEl, frame)).frame);
      expect(new Set(heights).size).toBeGreaterThan(1);
      expect((await frameBox(frameEl)).height).toBeLessThan(DESKTOP.height * 3);
    } finally {
      await s.close();
    }
  });

  it('"Leave this site" replaces the partner\'s whole page with the neutral one (issue 23)', async () => {
    const s = await openPartner(onePage());
    try {
      await s.page.route(`${new URL(NEUTRAL_PAGE).origin}/**`, (route) =>
        route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Neutral</title>' }),
      );
      await waitForEvents(s.page, 'w', 'loc:ready');
      const frame = await frameOf(s.page, 'w');
      await submit(frame);
      await waitForEvents(s.page, 'w', 'loc:step');
      const historyLength = await s.page.evaluate(() => history.length);
      await frame.getByRole('button', { name: /Leave this site/ }).click();
      // The top page, not the frame: Chromium allows it during the click (no sandbox).
      await s.page.waitForURL(NEUTRAL_PAGE);
      expect(s.page.url()).toBe(NEUTRAL_PAGE);
      // Replaced, not pushed: Back does not return to the partner's page with the wizard.
      expect(await s.page.evaluate(() => history.length)).toBe(historyLength);
      expect(s.errors).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('"Leave this site" in a frame that may not navigate the top page: the frame says to close the tab', async () => {
    // A sandbox without top navigation: the browser refuses, so the frame alone leaves.
    const html = partnerPage({
      wizard: wizard.origin,
      widgets: [],
      extra: `<div id="w"></div><script nonce="${NONCE}">
        const el = document.createElement('div');
        window.locWizard.mount(el);
        el.querySelector('iframe').setAttribute('sandbox', 'allow-scripts allow-same-origin allow-forms');
        el.id = 'w';
        document.getElementById('w').replaceWith(el);
      </script>`,
      scriptInHead: true,
    });
    const s = await openPartner(html);
    try {
      await waitForEvents(s.page, 'w', 'loc:ready');
      const frame = await frameOf(s.page, 'w');
      const url = s.page.url();
      await frame.getByRole('button', { name: /Leave this site/ }).click();
      await frame.waitForURL(`${wizard.origin}/left.html`);
      expect(await frame.locator('main').textContent()).toContain('Close the tab');
      expect(s.page.url()).toBe(url);
      expect(s.foreign).toEqual([]);
    } finally {
      await s.close();
    }
  });
});

describe('embed=1 opened top-level (issue 23)', () => {
  it('behaves as self mode: history entries, no embed frame, and Leave replaces the page', async () => {
    const context = await browser.newContext({ viewport: PHONE, locale: 'en-US' });
    const { page, errors } = await openPage(context, [wizard.origin, new URL(NEUTRAL_PAGE).origin]);
    try {
      await page.route(`${new URL(NEUTRAL_PAGE).origin}/**`, (route) =>
        route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Neutral</title>' }),
      );
      const url = `${wizard.origin}/?embed=1&parentOrigin=${encodeURIComponent(partner.origin)}`;
      await page.goto(url);
      await page.locator('#step-heading').waitFor();
      const before = await page.evaluate(() => history.length);
      await submit(page);
      // Self mode writes a history entry per screen; the embed never does.
      await page.waitForFunction((n) => history.length > n, before);
      expect(await page.locator('.app--embed').count()).toBe(0);
      await page.getByRole('button', { name: /Leave this site/ }).click();
      await page.waitForURL(NEUTRAL_PAGE);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('embed.js: results and calls', () => {
  it.each([
    ['no-substances', 'early-intervention'],
    ['overdose-now', 'emergency'],
  ])(
    'with data-share-result="level" from a partner the config does not list, the level never leaves (%s)',
    async (id, level) => {
      const s = await openPartner(onePage({ 'share-result': 'level' }));
      try {
        await waitForEvents(s.page, 'w', 'loc:ready');
        const frame = await frameOf(s.page, 'w');
        expect(new URL(frame.url()).searchParams.get('shareResult')).toBe('level');
        // Contract v1.3: dropped, and the start screen's "Nothing is sent" stays true.
        await expect(frame.locator('[data-privacy]').textContent()).resolves.toContain(
          'Nothing is sent to anyone',
        );
        await submit(frame);
        await completeWith(frame, vignette(id).answers);
        await waitForEvents(s.page, 'w', 'loc:complete');
        const shown = await frame.locator('[data-level]').getAttribute('data-level');
        expect(shown).toBe(level);
        const complete = (await events(s.page, 'w')).filter((e) => e.type === 'loc:complete');
        expect(complete).toHaveLength(1);
        expect(complete[0]!.detail).toEqual({});
        expect(await frame.locator('[data-privacy]').count()).toBe(0);
        expectMinimalDetails(await events(s.page));
      } finally {
        await s.close();
      }
    },
  );

  it('shows the handoff code in the frame, and no event carries it (issue #15)', async () => {
    const s = await openPartner(onePage({ 'share-result': 'level' }));
    try {
      await waitForEvents(s.page, 'w', 'loc:ready');
      const frame = await frameOf(s.page, 'w');
      await submit(frame);
      await completeWith(frame, vignette('moderate-stable-worker').answers);
      await waitForEvents(s.page, 'w', 'loc:complete');
      const code = (await frame.locator('[data-handoff-code]').textContent())?.trim() ?? '';
      expect(code).toMatch(/^\w{4}-/);
      const sent = JSON.stringify(await events(s.page)).toUpperCase();
      expect(sent).not.toContain(code);
      expect(sent).not.toContain(code.replace(/-/g, ''));
      expectMinimalDetails(await events(s.page));
    } finally {
      await s.close();
    }
  });

  it('re-dispatches loc:call when a call link is used', async () => {
    const s = await openPartner(onePage());
    try {
      await waitForEvents(s.page, 'w', 'loc:ready');
      const frame = await frameOf(s.page, 'w');
      // Last in this context: an external-protocol launch leaves headless Chromium's input stuck.
      await frame.locator('a[href="tel:988"]').first().click();
      await waitForEvents(s.page, 'w', 'loc:call');
      const calls = (await events(s.page, 'w')).filter((e) => e.type === 'loc:call');
      expect(calls.map((e) => e.detail)).toEqual([{}]);
      // With tel: in the partner's frame-src (README), the wizard stays in its frame.
      await settle();
      await expect(frame.locator('#step-heading').count()).resolves.toBe(1);
      expect(s.console.filter((l) => /Content Security Policy/i.test(l))).toEqual([]);
    } finally {
      await s.close();
    }
  });
});

describe('embed.js: messages it refuses', () => {
  it('ignores messages from the partner page itself, from another wizard window and of the wrong shape', async () => {
    const s = await openPartner(onePage());
    try {
      await waitForEvents(s.page, 'w', 'loc:ready');
      const frame = await frameOf(s.page, 'w');
      const frameEl = s.page.locator('#w iframe');
      const { frame: height } = await expectFit(frameEl, frame);
      await settle();
      const before = (await events(s.page)).length;

      // 1. Forged by the partner page (wrong origin, wrong window).
      await s.page.evaluate(() => {
        for (const m of [
          { type: 'loc:resize', height: 5 },
          { type: 'loc:ready', height: 5 },
          { type: 'loc:step', index: 9 },
          { type: 'loc:complete', level: 'iop' },
          { type: 'loc:call' },
        ])
          window.postMessage({ source: 'loc-wizard', version: 1, ...m }, '*');
      });

      // 2. A window of the wizard's own origin that is not this container's frame.
      await s.page.evaluate(
        ({ src }) => {
          const other = document.createElement('iframe');
          other.id = 'other';
          other.title = 'another wizard';
          other.src = src;
          document.body.append(other);
        },
        { src: `${wizard.origin}/?embed=1&parentOrigin=${encodeURIComponent(partner.origin)}` },
      );
      const otherHandle = await s.page.locator('#other').elementHandle();
      const other = (await otherHandle.contentFrame())!;
      await other.locator('#step-heading').first().waitFor(); // it has sent its own loc:ready
      await other.evaluate((origin) => {
        parent.postMessage(
          { source: 'loc-wizard', version: 1, type: 'loc:resize', height: 5 },
          origin,
        );
        parent.postMessage(
          { source: 'loc-wizard', version: 1, type: 'loc:step', index: 4 },
          origin,
        );
      }, partner.origin);

      // 3. From the right frame, but not one of the contract's shapes.
      await frame.evaluate((origin) => {
        const bad: unknown[] = [
          null,
          'loc:resize',
          { source: 'loc-wizard', version: 2, type: 'loc:resize', height: 5 },
          { source: 'other', version: 1, type: 'loc:resize', height: 5 },
          { source: 'loc-wizard', version: '1', type: 'loc:resize', height: 5 },
          { source: 'loc-wizard', version: 1, type: 'loc:resize', height: -1 },
          { source: 'loc-wizard', version: 1, type: 'loc:resize', height: '5' },
          { source: 'loc-wizard', version: 1, type: 'loc:resize', height: Infinity },
          { source: 'loc-wizard', version: 1, type: 'loc:resize' },
          { source: 'loc-wizard', version: 1, type: 'loc:complete', level: 'spa' },
          { source: 'loc-wizard', version: 1, type: 'loc:answers', answers: { x: 1 } },
          { source: 'loc-wizard', version: 1, type: 'click' },
        ];
        for (const m of bad) parent.postMessage(m, origin);
      }, partner.origin);

      await settle(600);
      expect((await events(s.page)).slice(before)).toEqual([]);
      expect((await frameBox(frameEl)).height).toBe(height);

      // Control: the right frame and shape is accepted, and only the known fields pass through.
      await frame.evaluate((origin) => {
        parent.postMessage(
          {
            source: 'loc-wizard',
            version: 1,
            type: 'loc:step',
            index: 3,
            question: 'use.frequency',
            urgency: 'today',
          },
          origin,
        );
      }, partner.origin);
      await waitForEvents(s.page, 'w', 'loc:step');
      const accepted = (await events(s.page)).slice(before);
      expect(accepted).toEqual([
        { target: 'w', type: 'loc:step', detail: {}, bubbles: true },
      ] satisfies RecordedEvent[]);
    } finally {
      await s.close();
    }
  });

  it("ignores the widget's own frame once it shows a page of another origin", async () => {
    thirdPages['/elsewhere'] = `<!doctype html><html lang="en"><head><meta charset="utf-8">
      <title>Elsewhere</title></head><body><h1 id="step-heading">Elsewhere</h1>
      <script nonce="${NONCE}">
        for (const m of [
          { type: 'loc:resize', height: 5 },
          { type: 'loc:step', index: 3 },
          { type: 'loc:complete', level: 'iop' },
        ])
          parent.postMessage({ source: 'loc-wizard', version: 1, ...m }, '*');
        window.__sent = true;
      </script></body></html>`;
    // A partner on the third origin, so its CSP lets the frame show a page of that origin.
    const html = partnerPage({ wizard: wizard.origin, widgets: [{ id: 'w' }] });
    const s = await openPartner(html, { origin: third.origin, pages: thirdPages });
    try {
      await waitForEvents(s.page, 'w', 'loc:ready');
      const frame = await frameOf(s.page, 'w');
      const frameEl = s.page.locator('#w iframe');
      const { frame: height } = await expectFit(frameEl, frame);
      await settle();
      const before = (await events(s.page)).length;
      await frame.evaluate((url) => location.assign(url), `${third.origin}/elsewhere`);
      await frame.waitForURL(`${third.origin}/elsewhere`);
      await frame.waitForFunction(() => (window as unknown as { __sent?: boolean }).__sent);
      await settle(600);
      expect((await events(s.page)).slice(before)).toEqual([]);
      expect((await frameBox(frameEl)).height).toBe(height);
    } finally {
      await s.close();
    }
  });

  it('refuses to run for a page on another origin than parentOrigin says (issue 23)', async () => {
    const src = `${wizard.origin}/?embed=1&parentOrigin=${encodeURIComponent(partner.origin)}`;
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Elsewhere</title>
      ${RECORDER}
      <script nonce="${NONCE}">
        window.__messages = [];
        addEventListener('message', (e) => window.__messages.push(e.origin));
      </script></head>
      <body><iframe id="direct" title="wizard" src="${src}"></iframe></body></html>`;
    const s = await openPartner(html, { origin: third.origin, pages: thirdPages });
    try {
      const handle = await s.page.locator('#direct').elementHandle();
      const frame = (await handle.contentFrame())!;
      // Chromium knows who frames it (location.ancestorOrigins): the lie is caught.
      await frame.waitForURL(`${wizard.origin}/frame-refused.html`);
      await frame.locator('h1').waitFor();
      expect(await frame.locator('input, form, #step-heading').count()).toBe(0);
      const link = frame.getByRole('link', { name: 'Open it in a new tab' });
      expect(await link.getAttribute('target')).toBe('_blank');
      expect(new URL(await link.evaluate((a) => (a as HTMLAnchorElement).href)).origin).toBe(
        wizard.origin,
      );
      await settle(600);
      await expect(
        s.page.evaluate(() => (window as unknown as { __messages: string[] }).__messages),
      ).resolves.toEqual([]);
      expect(await storageTouches(frame)).toEqual([]);
    } finally {
      await s.close();
    }
  });
});

describe('embed.js: on the page', () => {
  it('mounts two widgets on one page, each with its own frame, settings and events', async () => {
    const html = partnerPage({
      wizard: wizard.origin,
      widgets: [
        { id: 'a', data: { lang: 'en' } },
        { id: 'b', data: { lang: 'es', mode: 'staff' } },
      ],
    });
    const s = await openPartner(html, { viewport: DESKTOP });
    try {
      await waitForEvents(s.page, 'a', 'loc:ready');
      await waitForEvents(s.page, 'b', 'loc:ready');
      await expect(s.page.locator('iframe').count()).resolves.toBe(2);
      const allow = await s.page.$$eval('iframe', (fs) => fs.map((f) => f.getAttribute('allow')));
      expect(allow).toEqual(['', 'clipboard-write']);
      const a = await frameOf(s.page, 'a');
      const b = await frameOf(s.page, 'b');
      expect(new URL(b.url()).searchParams.get('lang')).toBe('es');
      expect(new URL(b.url()).searchParams.get('mode')).toBe('staff');
      await expect(b.evaluate(() => document.documentElement.lang)).resolves.toBe('es');

      await submit(a);
      await waitForEvents(s.page, 'a', 'loc:step');
      await settle();
      expect((await events(s.page, 'b')).map((e) => e.type)).not.toContain('loc:step');
      await submit(b);
      await waitForEvents(s.page, 'b', 'loc:step');
      expect((await events(s.page, 'a')).filter((e) => e.type === 'loc:step')).toHaveLength(1);
    } finally {
      await s.close();
    }
  });

  it('mounts once when the script is included twice, before and after its containers', async () => {
    const html = partnerPage({
      wizard: wizard.origin,
      widgets: [{ id: 'a' }, { id: 'b' }],
      scriptInHead: true,
      scriptAfter: 2,
    });
    const s = await openPartner(html, { viewport: DESKTOP });
    try {
      await waitForEvents(s.page, 'a', 'loc:ready');
      await waitForEvents(s.page, 'b', 'loc:ready');
      await settle(800);
      await expect(s.page.locator('#a iframe').count()).resolves.toBe(1);
      await expect(s.page.locator('#b iframe').count()).resolves.toBe(1);
      // Each wizard document was requested once (not mounted, removed and mounted again) ...
      const documents = s.requests.filter((u) => u.startsWith(`${wizard.origin}/?`));
      expect(documents).toHaveLength(2);
      // ... and one listener re-dispatches each message once.
      const ready = (await events(s.page)).filter((e) => e.type === 'loc:ready');
      expect(ready.map((e) => e.target).sort()).toEqual(['a', 'b']);
      const frame = await frameOf(s.page, 'a');
      await submit(frame);
      await waitForEvents(s.page, 'a', 'loc:step');
      await settle();
      expect((await events(s.page, 'a')).filter((e) => e.type === 'loc:step')).toHaveLength(1);
    } finally {
      await s.close();
    }
  });

  it('mounts a container added later with locWizard.mount(el), once', async () => {
    const s = await openPartner(onePage());
    try {
      await waitForEvents(s.page, 'w', 'loc:ready');
      await s.page.evaluate(() => {
        const el = document.createElement('div');
        el.id = 'late';
        el.dataset.lang = 'es';
        el.textContent = 'Call us if this does not load.';
        document.body.prepend(el);
        const api = (window as unknown as { locWizard: { mount(el: HTMLElement): void } })
          .locWizard;
        api.mount(el);
        api.mount(el);
        // Not a [data-loc-wizard] element, and never mounted: left alone.
        const plain = document.createElement('div');
        plain.id = 'plain';
        document.body.append(plain);
      });
      await waitForEvents(s.page, 'late', 'loc:ready');
      await expect(s.page.locator('#late iframe').count()).resolves.toBe(1);
      // Its fallback text is kept, hidden once the wizard is ready (embed-partners.test.ts).
      await waitForEvents(s.page, 'late', 'loc:ready');
      await expect(s.page.getByText('Call us if this does not load.').isVisible()).resolves.toBe(
        false,
      );
      await expect(s.page.locator('#plain iframe').count()).resolves.toBe(0);
      const frame = await frameOf(s.page, 'late');
      expect(new URL(frame.url()).searchParams.get('lang')).toBe('es');
      await submit(frame);
      await waitForEvents(s.page, 'late', 'loc:step');
      expect((await events(s.page, 'w')).map((e) => e.type)).not.toContain('loc:step');
    } finally {
      await s.close();
    }
  });

  it('scrolls a new screen into view when its top has left the viewport, and not otherwise', async () => {
    const s = await openPartner(onePage({}, 1200));
    try {
      await waitForEvents(s.page, 'w', 'loc:ready');
      const frame = await frameOf(s.page, 'w');
      const frameEl = s.page.locator('#w iframe');
      const pageTop = await frameEl.evaluate((el) => el.getBoundingClientRect().top + scrollY);
      // A click that does not scroll (Playwright's own clicks scroll the target into view).
      const next = async () => {
        const before = await screenHeading(frame);
        await frame.evaluate(() =>
          document.querySelector<HTMLButtonElement>('main form button[type="submit"]')!.click(),
        );
        await frame.waitForFunction(
          (b) => document.getElementById('step-heading')?.textContent?.trim() !== b,
          before,
        );
      };

      // The frame's top 300 px into the viewport: the new screen is in view, nothing moves.
      const y = await s.page.evaluate((top) => {
        window.scrollTo(0, top);
        return scrollY;
      }, pageTop - 300);
      await next();
      await waitForEvents(s.page, 'w', 'loc:step', 1);
      await settle();
      expect(await s.page.evaluate(() => scrollY)).toBe(y);

      // Scrolled down past the frame's top: the next screen is brought into view.
      await answerScreen(frame, EVERY_SCREEN);
      await s.page.evaluate((y) => window.scrollTo(0, y), pageTop + 400);
      await next();
      await waitForEvents(s.page, 'w', 'loc:step', 2);
      await s.page.waitForFunction(
        () => Math.abs(document.querySelector('#w iframe')!.getBoundingClientRect().top) <= 1,
        undefined,
        { timeout: 3000 },
      );
    } finally {
      await s.close();
    }
  });
});

describe('embed.js: inside a partner-added sandbox', () => {
  /** The partner's own recipe (README): mount a detached container, sandbox, then insert. */
  const sandboxPage = (tokens: string) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sandboxed</title>
    ${RECORDER}
    <script src="${wizard.origin}/embed.js"></script></head>
    <body><div id="slot"></div>
    <script nonce="${NONCE}">
      const el = document.createElement('div');
      el.id = 'w';
      window.locWizard.mount(el);
      el.querySelector('iframe').setAttribute('sandbox', ${JSON.stringify(tokens)});
      document.getElementById('slot').append(el);
    </script></body></html>`;

  const blocked = (lines: readonly string[]) => ({
    print: lines.filter((l) => l.includes("Ignored call to 'print()'")),
    // A call link targets the top page: Chromium blocks it as an external protocol, or as a
    // top-level navigation the sandbox does not allow.
    protocol: lines.filter((l) =>
      /external protocol blocked by sandbox|sandboxed.*allow-top-navigation/is.test(l),
    ),
    forms: lines.filter((l) => /Blocked form submission/i.test(l)),
  });

  it('works with the recommended tokens: steps, result, print and the call link', async () => {
    const s = await openPartner(sandboxPage(RECOMMENDED_SANDBOX));
    try {
      await waitForEvents(s.page, 'w', 'loc:ready');
      const frame = await frameOf(s.page, 'w');
      await expect(s.page.locator('#w iframe').getAttribute('sandbox')).resolves.toBe(
        RECOMMENDED_SANDBOX,
      );
      await submit(frame);
      await completeWith(frame, vignette('no-substances').answers);
      await waitForEvents(s.page, 'w', 'loc:complete');
      await expectFit(s.page.locator('#w iframe'), frame);

      await frame.getByRole('button', { name: 'Print' }).click();
      await frame.waitForFunction(() => (window as unknown as { __printed: number }).__printed > 0);

      await frame.locator('a[href="tel:+19492808360"]').first().click();
      await waitForEvents(s.page, 'w', 'loc:call');
      await settle();
      expect(blocked(s.console)).toEqual({ print: [], protocol: [], forms: [] });
      await expect(frame.locator('[data-level]').count()).resolves.toBe(1); // still there
      expect(s.foreign).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('keeps the sms: link working with the recommended tokens', async () => {
    const s = await openPartner(sandboxPage(RECOMMENDED_SANDBOX));
    try {
      await waitForEvents(s.page, 'w', 'loc:ready');
      const frame = await frameOf(s.page, 'w');
      await frame.locator('a[href="sms:988"]').first().click();
      await waitForEvents(s.page, 'w', 'loc:call');
      await settle();
      expect(blocked(s.console).protocol).toEqual([]);
      await expect(frame.locator('#step-heading').count()).resolves.toBe(1); // still there
    } finally {
      await s.close();
    }
  });

  // Controls: the checks above would notice a missing token.
  it('without allow-modals and the popup/navigation tokens, print and call links are blocked', async () => {
    const s = await openPartner(sandboxPage('allow-scripts allow-same-origin allow-forms'));
    try {
      await waitForEvents(s.page, 'w', 'loc:ready');
      const frame = await frameOf(s.page, 'w');
      await frame.evaluate(() => window.print());
      await frame.locator('a[href="sms:988"]').first().click();
      await settle(600);
      const found = blocked(s.console);
      expect(found.print.length).toBeGreaterThan(0);
      expect(found.protocol.length).toBeGreaterThan(0);
      await expect(
        frame.evaluate(() => (window as unknown as { __printed: number }).__printed),
      ).resolves.toBe(0);
    } finally {
      await s.close();
    }
  });

  it('without allow-forms, Continue does nothing', async () => {
    const s = await openPartner(sandboxPage('allow-scripts allow-same-origin'));
    try {
      await waitForEvents(s.page, 'w', 'loc:ready');
      const frame = await frameOf(s.page, 'w');
      const start = await screenHeading(frame);
      await frame.click('main form button[type="submit"]');
      await settle(600);
      expect(await screenHeading(frame)).toBe(start);
      expect((await events(s.page)).map((e) => e.type)).not.toContain('loc:step');
    } finally {
      await s.close();
    }
  });

  it('without allow-same-origin, the wizard cannot load at all and embed.js hears nothing', async () => {
    const s = await openPartner(sandboxPage('allow-scripts allow-forms'));
    try {
      // An opaque origin: the app's module script and stylesheet are CORS requests it fails.
      await s.page.waitForFunction(() => document.querySelector('#w iframe') !== null);
      await settle(1500);
      expect(s.console.some((l) => /blocked by CORS policy/.test(l))).toBe(true);
      const handle = await s.page.locator('#w iframe').elementHandle();
      const frame = (await handle.contentFrame())!;
      // Nothing shows: not the app, not the prerendered start screen its HTML carries.
      await expect(frame.locator('#step-heading:visible').count()).resolves.toBe(0);
      expect(await events(s.page)).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
