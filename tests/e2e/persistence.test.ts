/**
 * Where answers live (integration contract v1.3, Privacy), what only Chromium's suite checks so
 * far: the browser's files on disk never hold an answer, and what the page put on the clipboard
 * leaves with the answers. The rest (reloads, storage, "Leave this site", the back-forward cache,
 * Back and Forward, the tab title) is tests/browser/persistence.test.ts, in every engine.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './browser';
import { completeWith } from './drive';
import {
  answersWith,
  appUrl,
  begin,
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

async function waitForHeading(page: Page, heading: string): Promise<void> {
  await page.waitForFunction(
    (h: string) => document.getElementById('step-heading')?.textContent?.trim() === h,
    heading,
    { timeout: 5000 },
  );
}

const mild = vignette('mild-weekend-drinker');

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
