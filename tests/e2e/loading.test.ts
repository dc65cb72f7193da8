/**
 * The later part (the other questions, the review, the result and their words) downloads once
 * the first question shows. When it can't, the person sees why, the center's number and the
 * crisis numbers, and a retry that picks up where they were: never a blank page.
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerScreen, completeWith } from './drive';
import {
  begin,
  DEFAULT_PHONE_TEXT,
  headingText,
  openSession,
  shownQuestions,
  startSuite,
  vignette,
  type Suite,
} from './harness';
import { en } from '../../src/i18n/en';

const SHOT = fileURLToPath(
  new URL('../../artifacts/screenshots/load-failed-390.png', import.meta.url),
);

let suite: Suite;
beforeAll(async () => {
  suite = await startSuite();
});
afterAll(async () => {
  await suite?.close();
});

describe('when the later part fails to download', () => {
  it('says so with the numbers to call, and Try again carries on with the answers kept', async () => {
    const session = await openSession(suite, { noGoto: true });
    const { page } = session;
    let blocked = true;
    await page.route(/\/assets\/(deferred|en\.later)-[^/]+\.(js|css)$/, (route) =>
      blocked ? route.abort() : route.continue(),
    );
    try {
      await page.goto(suite.origin);
      await page.locator('#root > .content-root:not([data-prerendered]) #step-heading').waitFor();
      await begin(page);
      await answerScreen(page, vignette('moderate-stable-worker').answers);
      await page.click('main form button[type="submit"]');
      await page.getByRole('heading', { level: 1, name: en.common.loadFailed }).waitFor();
      const main = page.locator('main');
      await expect(main.innerText()).resolves.toContain(en.common.loadFailedBody);
      await expect(
        main
          .getByRole('link', { name: new RegExp(DEFAULT_PHONE_TEXT.replace(/[()]/g, '\\$&')) })
          .count(),
      ).resolves.toBe(1);
      // The crisis numbers stay where they always are.
      await expect(
        page.getByRole('link', { name: en.help.call988 }).count(),
      ).resolves.toBeGreaterThan(0);
      // Focus moved to the new heading, as on every screen.
      await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('step-heading');
      // For a person to look at (git-ignored), like tests/e2e/screenshots.test.ts.
      await page.screenshot({ path: SHOT, fullPage: true, animations: 'disabled' });

      blocked = false;
      await page.getByRole('button', { name: en.common.retry }).click();
      await page.locator('main form input[name="about.age"]').first().waitFor();
      expect(await shownQuestions(page)).toEqual(['about.age']);
      expect(await headingText(page)).toBe(en.questions['about.age'].label.you);
      // The first answer is kept: Back shows it checked.
      await page.getByRole('button', { name: en.common.back }).click();
      await page.locator('main form input[name="respondent"][value="self"]:checked').waitFor();
    } finally {
      await session.close();
    }
  });
});

describe('when the later part is slow to download', () => {
  it('shows "Loading…" and then the next screen, and a whole assessment still reaches its result', async () => {
    const session = await openSession(suite, { noGoto: true });
    const { page } = session;
    // Every heading the page shows, however briefly.
    await page.addInitScript(() => {
      const seen = new Set<string>();
      (window as unknown as { headings: Set<string> }).headings = seen;
      new MutationObserver(() => {
        const text = document.getElementById('step-heading')?.textContent;
        if (text) seen.add(text.trim());
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    // Held back until the first question's Continue, as on a slow network.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/(deferred|en\.later)-[^/]+\.(js|css)$/, async (route) => {
      await released;
      await route.continue();
    });
    try {
      await page.goto(suite.origin);
      await page.locator('#root > .content-root:not([data-prerendered]) #step-heading').waitFor();
      await begin(page);
      const { answers, expect: expected } = vignette('moderate-stable-worker');
      setTimeout(release, 1000);
      // The driver waits out "Loading…": answering it, then pressing Continue on the screen that
      // replaced it, would stop the walk on an error summary.
      const seen = await completeWith(page, answers);
      expect(seen).not.toContain(en.common.loading);
      await expect(page.locator('[data-level]').getAttribute('data-level')).resolves.toBe(
        expected.level,
      );
      // Not vacuous: the person did see "Loading…" on the way.
      await expect(
        page.evaluate(() => [...(window as unknown as { headings: Set<string> }).headings]),
      ).resolves.toContain(en.common.loading);
    } finally {
      await session.close();
    }
  });
});
