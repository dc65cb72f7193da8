/**
 * The embed under contract v1.3, against the fuller example build (dist-example/,
 * examples/centers/full.ts) served with the CSP the build wrote into its _headers, its generated
 * frame-ancestors included:
 * - HAZ-21: data-phone and data-center can't put another number or name in the frame; a listed
 *   tracking number shows;
 * - HAZ-22: the level goes only to a partner the config allows, and the person is told, with
 *   the partner named, on the start and the result; a listed partner without that leave gets
 *   nothing and "Nothing is sent" shows;
 * - a partner not in frame-ancestors keeps its own fallback content instead of a broken frame.
 * The listed partners' pages are answered by the browser itself at their configured origins
 * (https://county.example, https://clinic.example); the unlisted one is a real localhost server.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { launch, openPage } from './browser';
import { serve, type StaticServer } from '../browser/server';
import { answersWith, DIST, EXAMPLE_DIST, vignette } from './harness';
import { answerScreen, completeWith, submit } from './drive';
import {
  events,
  expectMinimalDetails,
  frameOf,
  partnerCsp,
  partnerPage,
  waitForEvents,
} from './embed-pages';

const COUNTY = 'https://county.example'; // listed with shareResult: 'level'
const CLINIC = 'https://clinic.example'; // listed, may frame only
const COUNTY_NAME = 'County Health Example';
const NAME = 'Harbor Recovery Example';
const OWN = '+17145550123';
const TRACKING = '+17145550188';
const FOREIGN = '+13105550199';
const CRISIS = ['tel:911', 'tel:988', 'sms:988', 'tel:+18006624357'];

/** The full CSP line the example build wrote, frame-ancestors and all. */
const HEADERS = readFileSync(join(EXAMPLE_DIST, '_headers'), 'utf8');
const GENERATED_CSP = /^\s*Content-Security-Policy:\s*(.+)$/m.exec(HEADERS)![1]!;

let wizard: StaticServer;
let stranger: StaticServer;
let browser: Browser;
const strangerPages: Record<string, string> = {};

beforeAll(async () => {
  wizard = await serve(EXAMPLE_DIST, {
    headers: { 'Content-Security-Policy': GENERATED_CSP },
    // `npm run build:example` builds the app only; embed.js is the same for every center.
    scripts: { '/embed.js': readFileSync(join(DIST, 'embed.js'), 'utf8') },
  });
  stranger = await serve(join(DIST, 'no-such-folder'), {
    host: 'localhost',
    pages: strangerPages,
  });
  // The listed partners' pages are "public" origins framing a loopback wizard: allow that, as
  // a real deployment (both public) needs no permission.
  browser = await launch({
    args: [
      '--disable-features=LocalNetworkAccessChecks,PrivateNetworkAccessRespectPreflightResults',
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([wizard?.close(), stranger?.close()]);
});

interface Opened {
  readonly page: Page;
  readonly console: string[];
  close(): Promise<void>;
}

/** A partner page at `origin`, served by the browser itself for the listed origins. */
async function openAt(origin: string, html: string): Promise<Opened> {
  const context = await browser.newContext({ locale: 'en-US', reducedMotion: 'reduce' });
  const opened = await openPage(context, [wizard.origin, origin]);
  if (origin === stranger.origin) strangerPages['/'] = html;
  else
    await opened.page.route(`${origin}/**`, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        headers: { 'Content-Security-Policy': partnerCsp(wizard.origin) },
        body: html,
      }),
    );
  await opened.page.goto(`${origin}/`);
  return { page: opened.page, console: opened.console, close: () => context.close() };
}

const page1 = (data: Record<string, string>) =>
  partnerPage({ wizard: wizard.origin, widgets: [{ id: 'w', data }] });

/** Every call and text link in the frame: the center's own number, or a crisis line. */
async function centerLinks(frame: Frame): Promise<string[]> {
  const links = await frame.$$eval('a[href^="tel:"], a[href^="sms:"]', (as) =>
    as.map((a) => a.getAttribute('href') ?? ''),
  );
  return links.filter((href) => !CRISIS.includes(href));
}

const crisisAnswers = answersWith(vignette('moderate-stable-worker').answers, {
  'safety.emergencyNow': 'yes',
});

describe('the generated _headers', () => {
  it("holds the config's partner origins in frame-ancestors", () => {
    expect(GENERATED_CSP).toMatch(
      new RegExp(`frame-ancestors 'self' ${COUNTY} ${CLINIC}(;|$)`.replace(/\./g, '\\.')),
    );
  });
});

describe('embed: only the center own numbers and name (HAZ-21)', () => {
  it.each([
    ['a foreign data-phone and a data-center', { phone: FOREIGN, center: 'Trust SoCal' }, OWN],
    ['a listed tracking number', { phone: TRACKING }, TRACKING],
  ])('%s: every call link on the start, question and crisis screens', async (_w, data, shown) => {
    const s = await openAt(COUNTY, page1(data));
    try {
      await waitForEvents(s.page, 'w', 'loc:ready');
      const frame = await frameOf(s.page, 'w');
      const check = async (where: string) => {
        const links = await centerLinks(frame);
        expect(links.length, where).toBeGreaterThan(0);
        expect(links, where).toEqual(links.map(() => `tel:${shown}`));
        expect(await frame.content(), where).not.toContain(FOREIGN.slice(2));
        expect(await frame.locator('.help-strip').textContent(), where).toContain(`Call ${NAME}`);
      };
      await check('start');
      await submit(frame);
      await check('question');
      for (let i = 0; i < 3; i++) {
        await answerScreen(frame, crisisAnswers);
        await submit(frame);
      }
      await frame.locator('[data-level="emergency"]').waitFor();
      await check('crisis');
    } finally {
      await s.close();
    }
  });
});

describe('embed: the level goes only to a partner the center allows (HAZ-22)', () => {
  const v = vignette('daily-opioids-ambulatory');

  it('an allowed partner gets the level, and the person is told on the start and the result', async () => {
    const s = await openAt(COUNTY, page1({ 'share-result': 'level' }));
    try {
      await waitForEvents(s.page, 'w', 'loc:ready');
      const frame = await frameOf(s.page, 'w');
      const start = await frame.locator('[data-privacy]').textContent();
      expect(start).toContain(
        `At the end, ${COUNTY_NAME} will be told which type of care was suggested, never your answers.`,
      );
      expect(await frame.locator('main').textContent()).not.toContain('Nothing is sent');
      await submit(frame);
      await completeWith(frame, v.answers);
      await waitForEvents(s.page, 'w', 'loc:complete');
      const complete = (await events(s.page, 'w')).filter((e) => e.type === 'loc:complete');
      expect(complete.map((e) => e.detail)).toEqual([{ level: v.expect.level }]);
      await expect
        .poll(() => frame.locator('[data-privacy]').textContent())
        .toBe(`${COUNTY_NAME} was told which type of care was suggested, never your answers.`);
      expectMinimalDetails(await events(s.page));
    } finally {
      await s.close();
    }
  });

  it('a partner listed without shareResult gets no level; "Nothing is sent" shows', async () => {
    const s = await openAt(CLINIC, page1({ 'share-result': 'level' }));
    try {
      await waitForEvents(s.page, 'w', 'loc:ready');
      const frame = await frameOf(s.page, 'w');
      expect(await frame.locator('[data-privacy]').textContent()).toContain(
        'Nothing is sent to anyone',
      );
      await submit(frame);
      await completeWith(frame, v.answers);
      await waitForEvents(s.page, 'w', 'loc:complete');
      const complete = (await events(s.page, 'w')).filter((e) => e.type === 'loc:complete');
      expect(complete.map((e) => e.detail)).toEqual([{}]);
      await frame.locator('.step__rest:not([aria-busy])').waitFor();
      expect(await frame.locator('[data-privacy]').count()).toBe(0);
      const warned = s.console.filter((l) => l.startsWith('warning: '));
      expect(warned.filter((w) => w.includes('"shareResult"'))).toHaveLength(1);
    } finally {
      await s.close();
    }
  });
});

describe('embed: a partner not in frame-ancestors', () => {
  it("keeps the partner's own fallback content, and no broken frame", async () => {
    const fallback = `<p id="fallback">Take the check at harbor.example or call (714) 555-0123.</p>`;
    const html = partnerPage({ wizard: wizard.origin, widgets: [{ id: 'w' }] }).replace(
      '<div id="w" data-loc-wizard></div>',
      `<div id="w" data-loc-wizard>${fallback}</div>`,
    );
    const s = await openAt(stranger.origin, html);
    try {
      // Hidden while the frame might still load…
      await s.page.locator('#w iframe').waitFor({ state: 'attached' });
      expect(await s.page.locator('#fallback').isVisible()).toBe(false);
      // …and back, in place of the frame, once it has not said loc:ready for 8 s.
      await s.page.locator('#fallback').waitFor({ state: 'visible', timeout: 12_000 });
      expect(await s.page.locator('#w iframe').isVisible()).toBe(false);
      expect(await events(s.page, 'w')).toEqual([]);
      // It was the host's frame-ancestors that blocked it.
      expect(s.console.some((l) => /frame-ancestors/.test(l))).toBe(true);
    } finally {
      await s.close();
    }
  }, 30_000);
});
