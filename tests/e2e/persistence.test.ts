/**
 * Where answers live (integration contract, Privacy): sessionStorage in self mode, so a reload
 * keeps them; memory only in staff mode and the embed, and when storage throws; nothing after
 * Start over or "Leave this site"; a tampered snapshot is discarded with a notice, never trusted.
 * Also the browser's Back and Forward between question screens, and tab titles that never name
 * a question or the level (the browser's history keeps them).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { answerScreen, completeWith, submit, type AnswerSet } from './drive';
import {
  afterPaint,
  answersWith,
  appUrl,
  begin,
  checkedValues,
  headingText,
  NEUTRAL_PAGE,
  openSession,
  outcome,
  savedSnapshot,
  shownQuestions,
  SNAPSHOT_KEY,
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

const FRESH_NOTICE = "We couldn't use your saved answers, so we started fresh.";
const RESTORED_NOTICE = 'We kept your answers from earlier in this tab.';
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

describe('sessionStorage in self mode', () => {
  it('a reload returns to the same screen with the answers checked', async () => {
    const session = await openSession(suite);
    const { page } = session;
    try {
      await begin(page);
      // respondent, age, danger, substances → on the frequency screen.
      await answerScreens(page, mild.answers, 4);
      expect(await shownQuestions(page)).toContain('use.frequency');
      await answerScreens(page, mild.answers, 1); // frequency + last use → criteria
      const criteria = await headingText(page);

      // Reload on the criteria screen: same screen, a notice, nothing checked yet there.
      await page.reload();
      await waitForApp(page);
      expect(await headingText(page)).toBe(criteria);
      await expect(page.locator('.notice').textContent()).resolves.toBe(RESTORED_NOTICE);

      // Back to the frequency screen: its answers are checked; reload there keeps them.
      await page.click('main form [data-action="back"]');
      await page.waitForFunction(() => document.querySelector('main input[name="use.frequency"]'));
      const frequency = await headingText(page);
      expect(await checkedValues(page, 'use.frequency')).toEqual(['weekly']);
      expect(await checkedValues(page, 'use.lastUse')).toEqual(['days']);
      await page.reload();
      await waitForApp(page);
      expect(await headingText(page)).toBe(frequency);
      expect(await checkedValues(page, 'use.frequency')).toEqual(['weekly']);
      expect(await checkedValues(page, 'use.lastUse')).toEqual(['days']);

      // The snapshot under the documented key holds the answers so far.
      const raw = await savedSnapshot(page);
      expect(raw).not.toBeNull();
      const snapshot = JSON.parse(raw!) as {
        v: number;
        screen: string;
        answers: Record<string, Record<string, unknown> | string>;
      };
      expect(snapshot).toMatchObject({
        v: 1,
        screen: 'frequency',
        answers: {
          respondent: 'self',
          about: { age: '18-64' },
          safety: { emergencyNow: 'no' },
          use: { substances: ['alcohol'], frequency: 'weekly', lastUse: 'days' },
        },
      });

      // And it carries on to the right result from there.
      await completeWith(page, mild.answers);
      expect((await outcome(page)).level).toBe(mild.expect.level);
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('Start over clears the saved answers', async () => {
    const session = await openSession(suite);
    const { page } = session;
    try {
      const v = vignette('no-substances');
      await begin(page);
      await completeWith(page, v.answers);
      expect((await outcome(page)).level).toBe(v.expect.level);
      expect(await savedSnapshot(page)).not.toBeNull();

      await page.getByRole('button', { name: 'Start over' }).click();
      await waitForHeading(page, START_HEADING);
      expect(await savedSnapshot(page)).toBeNull();
      await page.reload();
      await waitForApp(page);
      expect(await headingText(page)).toBe(START_HEADING);
      expect(await page.locator('.notice').count()).toBe(0);
      expect(await savedSnapshot(page)).toBeNull();
    } finally {
      await session.close();
    }
  });
});

describe('storage that throws: the wizard works on in memory', () => {
  const cases: [string, string][] = [
    [
      'Storage.prototype.getItem/setItem throw',
      `Storage.prototype.getItem = function () { throw new DOMException('blocked', 'SecurityError'); };
       Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };`,
    ],
    [
      'the window.sessionStorage getter throws',
      `Object.defineProperty(window, 'sessionStorage', {
         configurable: true,
         get() { throw new DOMException('denied', 'SecurityError'); },
       });`,
    ],
  ];
  it.each(cases)('%s', async (_title, script) => {
    const session = await openSession(suite, { initScripts: [script] });
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

describe('a tampered snapshot starts fresh, with a notice, and never shows a result', () => {
  const now = Date.now();
  const snapshot = (screen: string, answers: unknown, history: string[] = ['start']) =>
    JSON.stringify({ v: 1, contractVersion: 1, savedAt: now, screen, history, answers });
  const full = mild.answers;
  const cases: [string, string][] = [
    ['not JSON', '{"v":1,"screen":"result",'],
    [
      'valid JSON with an invalid answer value',
      snapshot('result', answersWith(full, { 'living.situation': 'castle' })),
    ],
    [
      'an answer to a question the contract lacks',
      snapshot('review', answersWith(full, { 'living.pets': 'yes' })),
    ],
    [
      "'result' with incomplete answers",
      snapshot('result', { respondent: 'self', about: { age: '18-64' } }),
    ],
    [
      'a screen past an emergency answer',
      snapshot('insurance', answersWith(full, { 'safety.emergencyNow': 'yes' })),
    ],
    [
      "'result' past an emergency answer",
      snapshot('result', answersWith(full, { 'withdrawal.current': 'severe' })),
    ],
  ];
  it.each(cases)('%s', async (_title, raw) => {
    const session = await openSession(suite, { initScripts: [SPY] });
    const { page } = session;
    try {
      await page.evaluate(
        ([key, value]) => sessionStorage.setItem(key!, value!),
        [SNAPSHOT_KEY, raw],
      );
      await page.reload();
      await waitForApp(page);
      expect(await headingText(page)).toBe(START_HEADING);
      const notice = page.locator('.notice');
      await expect(notice.textContent()).resolves.toBe(FRESH_NOTICE);
      expect(await notice.isVisible()).toBe(true);
      expect(await page.locator('[data-level]').count()).toBe(0);
      expect(await page.locator('main input').count()).toBe(0);
      expect(await resultSeen(page)).toBe(false);
      // The bad copy is gone.
      expect(await savedSnapshot(page)).toBeNull();
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });
});

describe('memory only', () => {
  it.each([
    ['staff mode', 'mode=staff'],
    ['the embed', 'embed=1'],
  ])('%s never writes Web Storage', async (_title, query) => {
    const session = await openSession(suite, { query, initScripts: [SPY] });
    const { page } = session;
    try {
      const v = vignette('relapse-after-iop');
      await begin(page);
      await answerScreens(page, v.answers, 5);
      expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
      await completeWith(page, v.answers);
      expect((await outcome(page)).level).toBe(v.expect.level);
      expect(await storageWrites(page)).toEqual([]);
      expect(await page.evaluate(() => sessionStorage.length + localStorage.length)).toBe(0);
      // A reload keeps nothing.
      await page.reload();
      await waitForApp(page);
      expect(await headingText(page)).toBe(START_HEADING);
      expect(await storageWrites(page)).toEqual([]);
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });
});

describe('"Leave this site"', () => {
  it('clears storage and replaces the page with the neutral one', async () => {
    const neutral = new URL(NEUTRAL_PAGE);
    const session = await openSession(suite, { allow: [neutral.origin] });
    const { page } = session;
    try {
      await page.route(`${neutral.origin}/**`, (route) =>
        route.fulfill({
          status: 200,
          contentType: 'text/html',
          body: '<!doctype html><title>Neutral</title><p>neutral</p>',
        }),
      );
      await begin(page);
      await answerScreens(page, mild.answers, 4);
      expect(await savedSnapshot(page)).not.toBeNull();
      const historyLength = await page.evaluate(() => history.length);

      await page.getByRole('button', { name: /Leave this site/ }).click();
      await page.waitForURL(NEUTRAL_PAGE);
      expect(page.url()).toBe(NEUTRAL_PAGE);
      // Replaced, not pushed: the history did not grow.
      expect(await page.evaluate(() => history.length)).toBe(historyLength);

      // Back: never the answers (an earlier entry of the wizard shows its start, empty).
      // (A fresh load or the back-forward cache: either way the app forgets.)
      await page.goBack({ waitUntil: 'load' });
      expect(page.url().startsWith(suite.origin)).toBe(true);
      await page.locator('#step-heading').waitFor();
      expect(await headingText(page)).toBe(START_HEADING);
      expect(await page.locator('main input').count()).toBe(0);
      expect(await savedSnapshot(page)).toBeNull();
      expect(session.foreign).toEqual([]);
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('the saved copy is gone even for a new page of the same tab', async () => {
    const neutral = new URL(NEUTRAL_PAGE);
    const session = await openSession(suite, { allow: [neutral.origin] });
    const { page } = session;
    try {
      await page.route(`${neutral.origin}/**`, (route) =>
        route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Neutral</title>' }),
      );
      await begin(page);
      await answerScreens(page, mild.answers, 2);
      await page.getByRole('button', { name: /Leave this site/ }).click();
      await page.waitForURL(NEUTRAL_PAGE);
      await page.goto(appUrl(suite.origin));
      await waitForApp(page);
      expect(await headingText(page)).toBe(START_HEADING);
      expect(await page.locator('.notice').count()).toBe(0);
      expect(await savedSnapshot(page)).toBeNull();
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

  it('forgets everything: the start screen, nothing saved (integration contract)', async () => {
    const session = await openSession(cached);
    const { page } = session;
    try {
      await page.evaluate(() => {
        // Kept across the round trip only if the page itself is kept (the cache).
        (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
      });
      await begin(page);
      await answerScreens(page, mild.answers, 3);
      expect(await savedSnapshot(page)).not.toBeNull();
      const left = await headingText(page);
      expect(left).not.toBe(START_HEADING);

      // Away to another page of the site, then the browser's Back.
      await page.goto(`${cached.origin}/embed.js`);
      await page.goBack({ waitUntil: 'commit' });
      await waitForHeading(page, START_HEADING);

      // The same document, brought back (not a fresh load, which would restore the answers).
      expect(
        await page.evaluate(
          () => (window as unknown as { __sameDocument?: boolean }).__sameDocument,
        ),
      ).toBe(true);
      expect(await savedSnapshot(page)).toBeNull();
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
  it('names the step, never a question or the level, on every screen (the history keeps it)', async () => {
    // A walk through the ASQ's positive branch, so "suicide.now" is asked too.
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
      const questionWords = Object.values(en.questions).flatMap((q) => [q.label.you, q.label.they]);
      const levelNames = Object.values(en.levels).map((l) => l.name);
      for (const title of titles) {
        expect(title).toMatch(
          /^(Question \d+ of (about )?\d+|Check your answers|Care that may fit you) – /,
        );
        for (const words of [...questionWords, ...levelNames]) expect(title).not.toContain(words);
      }
      expect(titles.length).toBeGreaterThan(19);
    } finally {
      await session.close();
    }
  });
});
