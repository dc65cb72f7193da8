/**
 * The prerendered start screen (scripts/prerender.tsx): it paints before any of the app's
 * JavaScript runs, in the right language, never with a number or name the URL replaces, never
 * over saved answers; a Begin pressed before the app arrives starts the app when it does, with
 * nothing in the URL; "Leave this site" works before it too; and the inline scripts run under
 * the deployed CSP (hashes, no 'unsafe-inline').
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Route } from 'playwright-core';
import { openPage, PHONE } from './browser';
import { appUrl, DEFAULT_PHONE_TEXT, NEUTRAL_PAGE, startSuite, type Suite } from './harness';
import { en } from '../../src/i18n/en';
import { es } from '../../src/i18n/es';

let suite: Suite;
beforeAll(async () => {
  suite = await startSuite();
});
afterAll(async () => {
  await suite?.close();
});

/**
 * A page whose app bundle is held back until `release()`: what a person sees on a slow network
 * before the JavaScript arrives.
 */
async function withoutApp(
  options: { query?: string; locale?: string; initScript?: string } = {},
): Promise<{
  page: Page;
  release: () => void;
  console: string[];
  foreign: string[];
  close: () => Promise<void>;
}> {
  const context = await suite.browser.newContext({
    viewport: PHONE,
    locale: options.locale ?? 'en-US',
  });
  if (options.initScript) await context.addInitScript(options.initScript);
  const opened = await openPage(context, [suite.origin]);
  const held: Route[] = [];
  let released = false;
  await opened.page.route(/\/assets\/index-[^/]+\.js$/, (route) =>
    released ? route.continue() : void held.push(route),
  );
  await opened.page.goto(appUrl(suite.origin, options.query ?? ''), { waitUntil: 'commit' });
  // Parsed (not DOMContentLoaded: that waits for the held module script).
  await opened.page.waitForFunction(() => document.readyState !== 'loading');
  return {
    page: opened.page,
    release: () => {
      released = true;
      for (const route of held.splice(0)) void route.continue();
    },
    console: opened.console,
    foreign: opened.foreign,
    close: () => context.close(),
  };
}

const visibleHeading = (page: Page) =>
  page.locator('h1:visible').first().textContent({ timeout: 2000 });

describe('before the app arrives', () => {
  it('keeps "Have a code from before?" out of sight until the app can open it (issue 19)', async () => {
    const s = await withoutApp();
    try {
      expect(await visibleHeading(s.page)).toBe(en.start.heading);
      const toggle = s.page.locator('[data-prerendered="en"] .code-toggle');
      expect(await toggle.count()).toBe(1);
      expect(await toggle.isVisible()).toBe(false);
      s.release();
      const live = s.page.locator('.content-root:not([data-prerendered]) .code-toggle');
      await live.waitFor({ state: 'visible' });
      expect(await live.textContent()).toBe(en.start.haveCode);
    } finally {
      await s.close();
    }
  });

  it('shows the English start screen, with the center and its number', async () => {
    const s = await withoutApp();
    try {
      expect(await visibleHeading(s.page)).toBe(en.start.heading);
      await expect(
        s.page.locator(`a:visible:has-text("${DEFAULT_PHONE_TEXT}")`).count(),
      ).resolves.toBeGreaterThan(0);
      expect(await s.page.title()).toBe(`${en.start.heading} – ${en.app.title}`);
      expect(await s.page.evaluate(() => document.documentElement.lang)).toBe('en');
    } finally {
      await s.close();
    }
  });

  it.each([
    ['lang=es', 'en-US'],
    ['', 'es-MX'],
  ])('shows Spanish, never English, for ?%s in a %s browser', async (query, locale) => {
    const s = await withoutApp({ query, locale });
    try {
      expect(await visibleHeading(s.page)).toBe(es.start.heading);
      const text = await s.page.locator('body').innerText();
      expect(text).not.toContain(en.start.heading);
      expect(text).not.toContain(en.start.begin);
      expect(await s.page.title()).toBe(`${es.start.heading} – ${es.app.title}`);
      expect(await s.page.evaluate(() => document.documentElement.lang)).toBe('es');
    } finally {
      await s.close();
    }
  });

  it.each(['phone=%2B13105550123', 'center=Harbor', 'mode=staff', 'embed=1', 'accent=005a9c'])(
    'shows nothing of the default start screen when the URL sets %s',
    async (query) => {
      const s = await withoutApp({ query });
      try {
        const text = await s.page.locator('body').innerText();
        expect(text).not.toContain(DEFAULT_PHONE_TEXT);
        expect(text).not.toContain(en.start.heading);
        s.release();
        await s.page.locator('#step-heading').first().waitFor();
        expect(await s.page.locator('[data-prerendered]').count()).toBe(0);
      } finally {
        await s.close();
      }
    },
  );

  it('keeps a Begin pressed early, starts when the app arrives, and puts nothing in the URL', async () => {
    const s = await withoutApp();
    try {
      await s.page.getByRole('button', { name: en.start.begin }).click();
      await s.page.getByRole('button', { name: en.start.begin }).click(); // a second, impatient press
      expect(s.page.url()).toBe(appUrl(suite.origin));
      s.release();
      await s.page.locator('main form input[name="respondent"]').first().waitFor();
      expect(await visibleHeading(s.page)).toBe(en.questions.respondent.label.you);
      expect(s.page.url()).toBe(appUrl(suite.origin));
      expect(await s.page.locator('[data-prerendered]').count()).toBe(0);
    } finally {
      await s.close();
    }
  });

  it('"Leave this site" leaves at once, before the app arrives', async () => {
    const s = await withoutApp();
    try {
      await s.page.getByRole('button', { name: en.common.leaveSite }).click();
      await expect.poll(() => s.foreign).toContain(NEUTRAL_PAGE);
    } finally {
      await s.close();
    }
  });
});

describe('when the app arrives', () => {
  it('replaces the prerendered screen with the same screen, under the deployed CSP', async () => {
    const s = await withoutApp();
    try {
      const before = await s.page.locator('main').innerText();
      const place = await s.page.locator('.code-toggle').boundingBox();
      s.release();
      await s.page.waitForFunction(() => !document.querySelector('[data-prerendered]'));
      // The same screen, where "Have a code from before?" (hidden until the app can open it)
      // now shows, in the place it kept.
      expect(await s.page.locator('main').innerText()).toBe(`${before}\n\n${en.start.haveCode}`);
      expect(await s.page.locator('.code-toggle').boundingBox()).toEqual(place);
      expect(s.console.filter((line) => /Content Security Policy|Refused/i.test(line))).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('logs nothing and asks for nothing that fails: the tab icon is inline, no /favicon.ico', async () => {
    // No request interception here: with it, Chromium doesn't ask for a missing icon at all.
    const context = await suite.browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    const lines: string[] = [];
    page.on('console', (m) => lines.push(`${m.type()}: ${m.text()}`));
    try {
      await page.goto(appUrl(suite.origin));
      await page.waitForFunction(() => !document.querySelector('[data-prerendered]'));
      // The browser asks for a missing icon a moment after the page loads.
      await page.waitForTimeout(1000);
      expect(lines).toEqual([]);
      const icon = await page.locator('link[rel="icon"]').getAttribute('href', { timeout: 1000 });
      expect(icon).toMatch(/^data:image\/svg\+xml,/);
      // Drawn under the deployed CSP (img-src allows data:): it has a size.
      const width = await page.evaluate(async (src) => {
        const img = new Image();
        img.src = src;
        await img.decode();
        return img.naturalWidth;
      }, icon!);
      expect(width).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });
});
