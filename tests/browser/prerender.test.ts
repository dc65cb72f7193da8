/**
 * The prerendered start screen (scripts/prerender.tsx), in each engine: it paints before any of
 * the app's JavaScript runs, in the right language, never with a number or name the URL
 * replaces; a Start pressed before the app arrives starts the app when it does, with nothing in
 * the URL; "Leave this site" works before it too; and the inline scripts run under the deployed
 * CSP (hashes, no 'unsafe-inline').
 *
 * The app's bundle is held back by the test server until the test lets it go: what a person sees
 * on a slow network. The page is reached from a blank page of the app's origin by a script's
 * navigation, which no driver waits on (a driver's own navigation waits for the load, which the
 * held bundle holds).
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { es } from '../../src/i18n/es';
import { PHONE, waitUntil, type EngineSession, type Surface } from './driver';
import { DEFAULT_PHONE_TEXT } from './fixtures';
import {
  appUrl,
  consoleLines,
  forEngines,
  itExcept,
  openApp,
  pageErrors,
  useAppServer,
  type AppServer,
} from './harness';
import { expectLeftFor } from './leave';
import { RECORD_VIOLATIONS, violations } from './recorders';
import { holdBack } from './server';
import { waitForApp } from './walk';
import type { Engine } from './driver';

const APP_BUNDLE = /^\/assets\/index-[^/]+\.js$/;
const BLANK = '/__test/blank.html';

/** A browser whose language is Spanish (Mexico), for the page's scripts. */
const SPANISH_BROWSER = `Object.defineProperty(Navigator.prototype, 'languages', { get: () => ['es-MX', 'es'] });
Object.defineProperty(Navigator.prototype, 'language', { get: () => 'es-MX' });`;

interface Held {
  readonly s: EngineSession;
  readonly release: () => void;
  readonly close: () => Promise<void>;
}

/** The app's page with its bundle held back, parsed and painted from the prerendered copy. */
async function withoutApp(
  engine: Engine,
  server: AppServer,
  { query = '', initScripts = [] }: { query?: string; initScripts?: readonly string[] } = {},
): Promise<Held> {
  const { hold, release } = holdBack();
  // With its own icon: the browser asks a page without one for /favicon.ico.
  server.pages[BLANK] = '<!doctype html><title>blank</title><link rel="icon" href="data:,">';
  const s = await openApp(engine, server, PHONE, {
    noGoto: true,
    initScripts: [RECORD_VIOLATIONS, ...initScripts],
    routes: [{ match: APP_BUNDLE, hold }],
  });
  try {
    await s.goto(`${server.origin}${BLANK}`);
    const url = appUrl(server.origin, query);
    await s.run((u: string) => void setTimeout(() => location.assign(u), 0), url);
    // Parsed (not DOMContentLoaded: that waits for the held module script).
    await waitUntil(
      s,
      'the prerendered page',
      (u: string) => location.href === u && document.readyState !== 'loading',
      [url],
    );
  } catch (error) {
    release();
    await s.close();
    throw error;
  }
  return {
    s,
    release,
    close: async () => {
      release();
      await s.close();
    },
  };
}

const visibleHeading = (s: Surface): Promise<string> =>
  s.run(
    () =>
      [...document.querySelectorAll('h1')]
        .find((h) => h.getBoundingClientRect().height > 0)
        ?.textContent?.trim() ?? '',
  );

const bodyText = (s: Surface): Promise<string> => s.run(() => document.body.innerText);

/** Clicks the visible button whose text starts with `text`. */
const pressButton = (s: Surface, text: string): Promise<void> =>
  s.clickOn(
    (t: string) =>
      [...document.querySelectorAll('button')].find(
        (b) => b.getBoundingClientRect().height > 0 && !!b.textContent?.trim().startsWith(t),
      ) ?? null,
    text,
  );

const noPrerendered = (s: Surface) =>
  waitUntil(s, 'the app', () => !document.querySelector('[data-prerendered]'), []);

forEngines((engine, name) => {
  const server = useAppServer();

  describe('before the app arrives', () => {
    it('keeps "Have a code from before?" out of sight until the app can open it (issue 19)', async () => {
      const { s, release, close } = await withoutApp(engine(), server());
      try {
        expect(await visibleHeading(s)).toBe(en.start.heading);
        // Shown as a person sees it: in the layout, and not hidden.
        const shown = (sel: string) =>
          s.run(
            (q: string) =>
              [...document.querySelectorAll<HTMLElement>(q)].map(
                (e) =>
                  e.getBoundingClientRect().height > 0 &&
                  getComputedStyle(e).visibility === 'visible',
              ),
            sel,
          );
        expect(await shown('[data-prerendered="en"] .code-toggle')).toEqual([false]);
        release();
        await waitUntil(
          s,
          'the live code toggle',
          () =>
            document
              .querySelector('.content-root:not([data-prerendered]) .code-toggle')
              ?.textContent?.trim(),
          [],
        );
        expect(await shown('.content-root:not([data-prerendered]) .code-toggle')).toEqual([true]);
        expect(await s.run(() => document.querySelector('.code-toggle')?.textContent?.trim())).toBe(
          en.start.haveCode,
        );
      } finally {
        await close();
      }
    });

    it('shows the English start screen, with the center and its number', async () => {
      const { s, close } = await withoutApp(engine(), server());
      try {
        expect(await visibleHeading(s)).toBe(en.start.heading);
        expect(await bodyText(s)).toContain(DEFAULT_PHONE_TEXT);
        expect(await s.run(() => document.title)).toBe(`${en.start.heading} – ${en.app.title}`);
        expect(await s.run(() => document.documentElement.lang)).toBe('en');
      } finally {
        await close();
      }
    });

    it.each([
      ['?lang=es in an English browser', 'lang=es', []],
      ['a Spanish (es-MX) browser', '', [SPANISH_BROWSER]],
    ] as const)('shows Spanish, never English, for %s', async (_how, query, initScripts) => {
      const { s, close } = await withoutApp(engine(), server(), { query, initScripts });
      try {
        expect(await visibleHeading(s)).toBe(es.start.heading);
        const text = await bodyText(s);
        expect(text).not.toContain(en.start.heading);
        expect(text).not.toContain(en.start.begin);
        expect(await s.run(() => document.title)).toBe(`${es.start.heading} – ${es.app.title}`);
        expect(await s.run(() => document.documentElement.lang)).toBe('es');
      } finally {
        await close();
      }
    });

    for (const query of [
      'phone=%2B13105550123',
      'center=Harbor',
      'mode=staff',
      'embed=1',
      'accent=005a9c',
    ])
      itExcept(name, {
        webkit:
          "WebKitWebDriver holds every command until the page's load event; with one of these parameters the page starts its app while parsing (no prerendered screen to paint first), so the load event waits on the held bundle (pageLoadStrategy 'eager' hung the session instead)",
      })(`shows nothing of the default start screen when the URL sets ${query}`, async () => {
        const { s, release, close } = await withoutApp(engine(), server(), { query });
        try {
          const text = await bodyText(s);
          expect(text).not.toContain(DEFAULT_PHONE_TEXT);
          expect(text).not.toContain(en.start.heading);
          release();
          await waitForApp(s);
          expect(await s.run(() => document.querySelectorAll('[data-prerendered]').length)).toBe(0);
        } finally {
          await close();
        }
      });

    it('keeps a Start pressed early, starts when the app arrives, and puts nothing in the URL', async () => {
      const { s, release, close } = await withoutApp(engine(), server());
      try {
        await pressButton(s, en.start.begin);
        await pressButton(s, en.start.begin); // a second, impatient press
        expect(await s.url()).toBe(appUrl(server().origin));
        release();
        await waitUntil(
          s,
          'the first question',
          () => !!document.querySelector('main form input[name="respondent"]'),
          [],
        );
        expect(await visibleHeading(s)).toBe(en.questions.respondent.label.you);
        expect(await s.url()).toBe(appUrl(server().origin));
        expect(await s.run(() => document.querySelectorAll('[data-prerendered]').length)).toBe(0);
        expect(await pageErrors(s)).toEqual([]);
      } finally {
        await close();
      }
    });

    it('"Leave this site" leaves at once, before the app arrives', async () => {
      const { s, close } = await withoutApp(engine(), server());
      try {
        await pressButton(s, en.common.leaveSite);
        await expectLeftFor(s);
      } finally {
        await close();
      }
    });
  });

  describe('when the app arrives', () => {
    it('replaces the prerendered screen with the same screen, under the deployed CSP', async () => {
      const { s, release, close } = await withoutApp(engine(), server());
      try {
        // Its lines of text (WebKit's innerText puts no blank line between some blocks).
        const main = () =>
          s.run(() =>
            document
              .querySelector('main')!
              .innerText.split('\n')
              .map((l) => l.trim())
              .filter(Boolean),
          );
        const place = () =>
          s.run(() => {
            const r = document.querySelector('.code-toggle')!.getBoundingClientRect();
            return [r.x, r.y, r.width, r.height];
          });
        const before = await main();
        const where = await place();
        release();
        await noPrerendered(s);
        await waitForApp(s);
        // The same screen, where "Have a code from before?" (hidden until the app can open it)
        // now shows, in the place it kept.
        expect(await main()).toEqual([...before, en.start.haveCode]);
        expect(await place()).toEqual(where);
        expect(await violations(s)).toEqual([]);
        expect(await consoleLines(s)).toEqual([]);
      } finally {
        await close();
      }
    });

    it('asks for nothing that fails: the tab icon is inline, no /favicon.ico', async () => {
      const s = await openApp(engine(), server(), PHONE);
      try {
        await noPrerendered(s);
        // The browser asks for a missing icon a moment after the page loads.
        await new Promise((r) => setTimeout(r, 1000));
        expect(server().log.filter((p) => p.startsWith('/favicon'))).toEqual([]);
        expect(await consoleLines(s)).toEqual([]);
        const icon = await s.run(() =>
          document.querySelector('link[rel="icon"]')?.getAttribute('href'),
        );
        expect(icon).toMatch(/^data:image\/svg\+xml,/);
        // Drawn under the deployed CSP (img-src allows data:): it has a size.
        const width = await s.run(async (src: string) => {
          const img = new Image();
          img.src = src;
          await img.decode();
          return img.naturalWidth;
        }, icon!);
        expect(width).toBeGreaterThan(0);
      } finally {
        await s.close();
      }
    });
  });
});
