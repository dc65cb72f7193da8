/**
 * Where answers live (integration contract v1.3, Privacy): in the page's memory only, in every
 * mode. Nothing is written to Web Storage, so a reload, a restored tab ("Reopen closed tab",
 * session restore) and the browser's files on disk never bring answers back. Also: what the page
 * put on the clipboard leaves with the answers; "Leave this site" takes the wizard out of the
 * tab's history; the browser's Back and Forward between question screens; one neutral tab title
 * after the start (the browser's history keeps titles).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './browser';
import { answerScreen, completeWith, submit, type AnswerSet } from './drive';
import {
  afterPaint,
  answersWith,
  appUrl,
  EVERY_SCREEN,
  begin,
  checkedValues,
  headingText,
  NEUTRAL_PAGE,
  openSession,
  outcome,
  startSuite,
  vignette,
  waitForApp,
  type Suite,
} from './harness';

import { en } from '../../src/i18n/en';

let suite: Suite;
beforeAll(async () => {
  suite = await startSuite();
});
afterAll(async () => {
  await suite?.close();
});

/** Where versions before v1.3 kept self mode's answers. */
const OLD_KEY = 'loc-wizard:v1';
const START_HEADING = 'What kind of care might help?';

/** Records every Web Storage write (window.__storageWrites) and whether a result ever showed. */
const SPY = `
  window.__storageWrites = [];
  window.__resultSeen = false;
  try {
    const set = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      window.__storageWrites.push(key);
      return set.call(this, key, value);
    };
  } catch {}
  new MutationObserver(() => {
    const root = document.querySelector('[data-level]');
    if (root && root.getAttribute('data-level') !== 'emergency') window.__resultSeen = true;
  }).observe(document, { childList: true, subtree: true, attributes: true });
`;

const storageWrites = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { __storageWrites: string[] }).__storageWrites);
const resultSeen = (page: Page): Promise<boolean> =>
  page.evaluate(() => (window as unknown as { __resultSeen: boolean }).__resultSeen);

/** Answers and submits `count` screens from the current one. */
async function answerScreens(page: Page, answers: AnswerSet, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    await answerScreen(page, answers);
    await submit(page);
  }
}

async function waitForHeading(page: Page, heading: string): Promise<void> {
  await page.waitForFunction(
    (h: string) => document.getElementById('step-heading')?.textContent?.trim() === h,
    heading,
    { timeout: 5000 },
  );
}

const mild = vignette('mild-weekend-drinker');

/** Web Storage, all of it, as text. */
const storedText = (page: Page): Promise<string> =>
  page.evaluate(() => JSON.stringify([{ ...sessionStorage }, { ...localStorage }]));

describe('answers live in memory only', () => {
  it.each([
    ['self mode', ''],
    ['staff mode', 'mode=staff'],
  ])('%s: a whole walk writes no Web Storage, and a reload starts empty', async (_t, query) => {
    const session = await openSession(suite, { query, initScripts: [SPY] });
    const { page } = session;
    try {
      const v = vignette('relapse-after-iop');
      await begin(page);
      await answerScreens(page, v.answers, 5);
      // Reload mid-way: the start screen, nothing kept, no notice of anything restored.
      await page.reload();
      await waitForApp(page);
      expect(await headingText(page)).toBe(START_HEADING);
      expect(
        await page.evaluate(
          () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).type,
        ),
      ).toBe('reload');
      await begin(page);
      expect(await page.locator('main input:checked').count()).toBe(0);
      await completeWith(page, v.answers);
      expect((await outcome(page)).level).toBe(v.expect.level);
      expect(await storageWrites(page)).toEqual([]);
      expect(await storedText(page)).toBe('[{},{}]');
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('a restored tab (a back_forward load) starts empty, and an old saved copy is taken away', async () => {
    // The answers an earlier version left in the tab's sessionStorage, planted once, before the
    // first load; the browser's Back then loads the wizard again (no back-forward cache here),
    // as "Reopen closed tab" and session restore do.
    const old = JSON.stringify({
      v: 1,
      contractVersion: 1,
      savedAt: Date.now(),
      screen: 'review',
      history: ['start'],
      answers: EVERY_SCREEN,
    });
    const plant = `if (!sessionStorage.getItem('planted')) {
      sessionStorage.setItem('planted', '1');
      sessionStorage.setItem(${JSON.stringify(OLD_KEY)}, ${JSON.stringify(old)});
    }`;
    const session = await openSession(suite, { initScripts: [plant, SPY] });
    const { page } = session;
    try {
      expect(await headingText(page)).toBe(START_HEADING);
      expect(await page.evaluate((k) => sessionStorage.getItem(k), OLD_KEY)).toBeNull();
      await begin(page);
      await answerScreens(page, mild.answers, 3);

      await page.goto(`${suite.origin}/embed.js`);
      await page.goBack({ waitUntil: 'load' });
      await waitForApp(page);
      expect(
        await page.evaluate(
          () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).type,
        ),
      ).toBe('back_forward');
      expect(await headingText(page)).toBe(START_HEADING);
      expect(await page.locator('main input').count()).toBe(0);
      expect(await page.locator('[data-level]').count()).toBe(0);
      expect(await resultSeen(page)).toBe(false);
      expect(await storageWrites(page)).toEqual([]);
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('blocked storage changes nothing: the walk completes', async () => {
    const blocked = `Object.defineProperty(window, 'sessionStorage', {
      configurable: true,
      get() { throw new DOMException('denied', 'SecurityError'); },
    });`;
    const session = await openSession(suite, { initScripts: [blocked] });
    const { page } = session;
    try {
      const v = vignette('homeless-moderate');
      await begin(page);
      await completeWith(page, v.answers);
      expect(await outcome(page)).toEqual({
        level: v.expect.level,
        asam: v.expect.asamLevel,
        urgency: v.expect.urgency,
      });
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });
});

/** Every file under `dir`, read as bytes. */
function filesUnder(dir: string): { path: string; bytes: Buffer }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).flatMap((name) => {
    const path = join(dir, name);
    try {
      return statSync(path).isFile() ? [{ path, bytes: readFileSync(path) }] : [];
    } catch {
      return []; // removed while listed
    }
  });
}

describe("what Chromium keeps on disk: the profile's files", () => {
  it('hold no answer and no screen title after a walk to the crisis screen and a result', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'loc-profile-'));
    try {
      // A real profile on disk, as a person's browser has (session storage, history, session
      // restore files), closed at the end so that everything is written out.
      const context = await chromium.launchPersistentContext(dir, {
        executablePath: CHROMIUM_PATH,
        args: [...CHROMIUM_FLAGS, '--disable-quic'],
        viewport: { width: 390, height: 844 },
      });
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(appUrl(suite.origin));
      await waitForApp(page);
      await begin(page);
      await completeWith(page, answersWith(mild.answers, { 'safety.emergencyNow': 'yes' }));
      expect(await page.locator('[data-level="emergency"]').count()).toBe(1);
      await page.goto(appUrl(suite.origin));
      await waitForApp(page);
      await begin(page);
      await completeWith(page, mild.answers);
      expect((await outcome(page)).level).toBe(mild.expect.level);
      await context.close();

      // What the wizard would write if it kept anything: its key, question ids, the crisis
      // screen's heading and a question's heading as a title. In UTF-8 (history, session files)
      // and UTF-16 (Chromium stores Web Storage strings that way).
      const needles = [OLD_KEY, 'emergencyNow', '"respondent"', en.crisis.heading, 'Question 5'];
      // The HTTP and code caches hold the app's own files as served, which name every question
      // and word: they say nothing about this person.
      const files = filesUnder(dir).filter(({ path }) => !/[/\\](Code )?Cache[/\\]/.test(path));
      expect(files.length).toBeGreaterThan(20); // the profile was really written
      const found = files.flatMap(({ path, bytes }) =>
        needles
          .filter(
            (n) =>
              bytes.includes(Buffer.from(n, 'utf8')) || bytes.includes(Buffer.from(n, 'utf16le')),
          )
          .map((n) => `${n} in ${path.slice(dir.length)}`),
      );
      expect(found).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the clipboard after "Copy the code"', () => {
  const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

  async function resultWithCopiedCode(page: Page): Promise<string> {
    await begin(page);
    await completeWith(page, mild.answers);
    await outcome(page);
    await page.getByRole('button', { name: en.handoff.copy }).click();
    const code = (await page.locator('[data-handoff-code]').textContent()) ?? '';
    expect(code.length).toBeGreaterThan(8);
    await expect.poll(() => clipboard(page)).toBe(code);
    return code;
  }

  it('is emptied by Start over', async () => {
    const session = await openSession(suite);
    const { page } = session;
    try {
      await session.context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await resultWithCopiedCode(page);
      await page.getByRole('button', { name: en.common.startOver }).click();
      await waitForHeading(page, START_HEADING);
      await expect.poll(() => clipboard(page)).toBe('');
    } finally {
      await session.close();
    }
  });

  it('is emptied by "Leave this site"', async () => {
    const neutral = new URL(NEUTRAL_PAGE);
    const session = await openSession(suite, { allow: [neutral.origin] });
    const { page } = session;
    try {
      await page.route(`${neutral.origin}/**`, (route) =>
        route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Neutral</title>' }),
      );
      await session.context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await resultWithCopiedCode(page);
      await page.getByRole('button', { name: /Leave this site/ }).click();
      await page.waitForURL(NEUTRAL_PAGE);
      // Read back on a page of the wizard's origin (the clipboard is the device's).
      await page.goto(`${suite.origin}/embed.js`);
      await expect.poll(() => clipboard(page)).toBe('');
    } finally {
      await session.close();
    }
  });

  it("is left alone when this page copied nothing (it may hold the person's own text)", async () => {
    const session = await openSession(suite);
    const { page } = session;
    try {
      await session.context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.evaluate(() => navigator.clipboard.writeText('my own words'));
      await begin(page);
      await completeWith(page, mild.answers);
      await outcome(page);
      await page.getByRole('button', { name: en.common.startOver }).click();
      await waitForHeading(page, START_HEADING);
      expect(await clipboard(page)).toBe('my own words');
    } finally {
      await session.close();
    }
  });
});

describe('"Leave this site"', () => {
  it('replaces the page, and Back leads to what was open before the wizard, not to its screens', async () => {
    const neutral = new URL(NEUTRAL_PAGE);
    const session = await openSession(suite, { allow: [neutral.origin], noGoto: true });
    const { page } = session;
    try {
      await page.route(`${neutral.origin}/**`, (route) =>
        route.fulfill({
          status: 200,
          contentType: 'text/html',
          body: '<!doctype html><title>Neutral</title><p>neutral</p>',
        }),
      );
      // The page the person was on before the wizard.
      const before = `${suite.origin}/embed.js`;
      await page.goto(before);
      await page.goto(appUrl(suite.origin));
      await waitForApp(page);
      const lengthAtStart = await page.evaluate(() => history.length);
      await begin(page);
      await answerScreens(page, mild.answers, 4);
      await afterPaint(page);
      expect(await page.evaluate(() => history.length)).toBeGreaterThan(lengthAtStart + 3);

      await page.getByRole('button', { name: /Leave this site/ }).click();
      await page.waitForURL(NEUTRAL_PAGE);
      expect(await page.title()).toBe('Neutral');

      // Back: the page before the wizard, never one of the wizard's screens.
      await page.goBack({ waitUntil: 'load' });
      expect(page.url()).toBe(before);
      expect(session.foreign).toEqual([]);
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('on the first screen, replaces the page at once', async () => {
    const neutral = new URL(NEUTRAL_PAGE);
    const session = await openSession(suite, { allow: [neutral.origin] });
    const { page } = session;
    try {
      await page.route(`${neutral.origin}/**`, (route) =>
        route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Neutral</title>' }),
      );
      const historyLength = await page.evaluate(() => history.length);
      await page.getByRole('button', { name: /Leave this site/ }).click();
      await page.waitForURL(NEUTRAL_PAGE);
      // Replaced, not pushed: the history did not grow.
      expect(await page.evaluate(() => history.length)).toBe(historyLength);
    } finally {
      await session.close();
    }
  });
});

describe('a page brought back from the back-forward cache', () => {
  // Playwright turns the cache off; this browser keeps it, as people's browsers do.
  let cached: Suite;
  beforeAll(async () => {
    cached = await startSuite({ backForwardCache: true });
  });
  afterAll(async () => {
    await cached?.close();
  });

  it('forgets everything: the start screen (integration contract)', async () => {
    const session = await openSession(cached);
    const { page } = session;
    try {
      await page.evaluate(() => {
        // Kept across the round trip only if the page itself is kept (the cache).
        (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
      });
      await begin(page);
      await answerScreens(page, mild.answers, 3);
      const left = await headingText(page);
      expect(left).not.toBe(START_HEADING);

      // Away to another page of the site, then the browser's Back.
      await page.goto(`${cached.origin}/embed.js`);
      await page.goBack({ waitUntil: 'commit' });
      await waitForHeading(page, START_HEADING);

      // The same document, brought back (not a fresh load, which starts empty anyway).
      expect(
        await page.evaluate(
          () => (window as unknown as { __sameDocument?: boolean }).__sameDocument,
        ),
      ).toBe(true);
      expect(await page.locator('main input').count()).toBe(0);
      // Begin again: the first question, unanswered.
      await begin(page);
      expect(await page.locator('main input:checked').count()).toBe(0);
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });
});

describe("the browser's Back and Forward", () => {
  it('move between question screens with the answers kept', async () => {
    const session = await openSession(suite);
    const { page } = session;
    try {
      await begin(page);
      await answerScreen(page, mild.answers);
      const respondent = await headingText(page);
      await submit(page);
      await answerScreen(page, mild.answers);
      const age = await headingText(page);
      await submit(page);
      const danger = await headingText(page);
      // The app writes a screen's history entry just after it paints (useBrowserHistory): a
      // person's Back comes later than that; the test's could come first.
      await afterPaint(page);

      await page.goBack({ waitUntil: 'commit' });
      await waitForHeading(page, age);
      expect(await checkedValues(page, 'about.age')).toEqual(['18-64']);
      await page.goBack({ waitUntil: 'commit' });
      await waitForHeading(page, respondent);
      expect(await checkedValues(page, 'respondent')).toEqual(['self']);

      await page.goForward({ waitUntil: 'commit' });
      await waitForHeading(page, age);
      expect(await checkedValues(page, 'about.age')).toEqual(['18-64']);
      await page.goForward({ waitUntil: 'commit' });
      await waitForHeading(page, danger);

      // Changing an answer after going back, then Continue, carries the change.
      await page.goBack({ waitUntil: 'commit' });
      await waitForHeading(page, age);
      await page.check('main input[name="about.age"][value="65-plus"]');
      await submit(page);
      await waitForHeading(page, danger);
      await afterPaint(page);
      await page.goBack({ waitUntil: 'commit' });
      await waitForHeading(page, age);
      expect(await checkedValues(page, 'about.age')).toEqual(['65-plus']);
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });
});

describe('the tab title', () => {
  it('is one neutral title on every screen after the start, the crisis screen included', async () => {
    // A walk through the ASQ's positive branch, so "suicide.now" is asked too; then the crisis.
    const answers = vignette('past-week-suicidal-thoughts-moderate').answers;
    const session = await openSession(suite);
    const { page } = session;
    const titles: string[] = [];
    const record = async () => {
      await afterPaint(page);
      titles.push(await page.title());
    };
    try {
      // The start screen keeps its own title once idle: the first question, drawn off the page
      // meanwhile to warm its code (src/app/rehearse-off-page.ts), leaves no title or heading.
      await afterPaint(page);
      await afterPaint(page);
      expect(await page.title()).toBe(`${en.start.heading} – ${en.app.title}`);
      expect(await page.locator('#step-heading').count()).toBe(1);
      await begin(page);
      await completeWith(page, answers, record);
      await page.locator('[data-level]').waitFor();
      await record();
      await page.getByRole('button', { name: en.common.startOver }).click();
      await waitForHeading(page, START_HEADING);
      await begin(page);
      await completeWith(page, answersWith(answers, { 'safety.emergencyNow': 'yes' }));
      expect(await page.locator('[data-level="emergency"]').count()).toBe(1);
      await record();
      expect(titles.length).toBeGreaterThan(19);
      expect(new Set(titles)).toEqual(new Set([en.app.title]));
    } finally {
      await session.close();
    }
  });
});
