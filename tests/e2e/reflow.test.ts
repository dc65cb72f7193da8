/**
 * WCAG 2.2 AA 1.4.10 Reflow and 1.4.12 Text Spacing, in English and Spanish (whose words run
 * longer): at 320 CSS px wide (a desktop zoomed to 400%), every screen of a full walk, the
 * result and the crisis screen scroll only up and down, nothing is pushed off the side, and the
 * same holds with the text spacing a reader's own stylesheet may set (line height 1.5, spacing
 * after paragraphs 2em, letters 0.12em, words 0.16em).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { answerScreen, submit } from './drive';
import {
  begin,
  EVERY_SCREEN,
  headingText,
  openSession,
  startSuite,
  vignette,
  type Suite,
} from './harness';
import { drawn } from './a11y-checks';

let suite: Suite;
beforeAll(async () => {
  suite = await startSuite();
});
afterAll(async () => {
  await suite?.close();
});

const NARROW = { width: 320, height: 640 };

/** The WCAG 1.4.12 spacing, as a reader's stylesheet: served from the app's own origin, so the
 * page's CSP (style-src 'self') lets it in as it lets in a user's extension. */
const TEXT_SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
  word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }`;

async function addTextSpacing(page: Page, origin: string): Promise<void> {
  const url = `${origin}/__text-spacing.css`;
  await page.route(url, (route) => route.fulfill({ contentType: 'text/css', body: TEXT_SPACING }));
  await page.addStyleTag({ url });
  // The sheet applies (a sheet the CSP blocked would make the test pass vacuously).
  const letters = await page.evaluate(() => getComputedStyle(document.body).letterSpacing);
  expect(parseFloat(letters)).toBeGreaterThan(1);
}

/** What sticks out sideways on the screen as it is now: the page's own scroll, and elements. */
async function sideways(page: Page): Promise<string[]> {
  await drawn(page);
  return page.evaluate(() => {
    const root = document.documentElement;
    const out: string[] = [];
    if (root.scrollWidth > root.clientWidth)
      out.push(`the page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth} px`);
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      if (el.closest('.visually-hidden')) continue; // one pixel, by design
      const box = el.getBoundingClientRect();
      if (box.width === 0) continue;
      if (box.left < -0.5 || box.right > root.clientWidth + 0.5)
        out.push(`${el.tagName.toLowerCase()}.${el.className}: ${box.left}–${box.right} px`);
    }
    return out;
  });
}

describe.each([
  ['English', 'en'],
  ['Spanish', 'es'],
] as const)('%s at 320 CSS px', (_name, lang) => {
  it.each([
    ['as the app sets it', false],
    ['with a reader’s text spacing', true],
  ] as const)('every screen of a full walk, and the result, reflow %s', async (_how, spacing) => {
    const session = await openSession(suite, { viewport: NARROW, query: `lang=${lang}` });
    const { page } = session;
    try {
      if (spacing) await addTextSpacing(page, suite.origin);
      const check = async () => {
        const label = `"${await headingText(page)}"`;
        expect.soft(await sideways(page), label).toEqual([]);
      };
      await check();
      await begin(page);
      let screens = 0;
      for (let i = 0; i < 40 && !(await page.locator('[data-level]').count()); i++) {
        await check();
        screens++;
        await answerScreen(page, EVERY_SCREEN);
        await submit(page);
      }
      await check(); // the result, with the 988 card
      expect(screens).toBeGreaterThanOrEqual(20); // every question screen and the review
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('the crisis screen reflows with a reader’s text spacing', async () => {
    const session = await openSession(suite, { viewport: NARROW, query: `lang=${lang}` });
    const { page } = session;
    try {
      await addTextSpacing(page, suite.origin);
      await begin(page);
      const answers = vignette('overdose-now').answers;
      for (let i = 0; i < 3; i++) {
        await answerScreen(page, answers);
        await submit(page);
      }
      expect(await page.locator('[data-level="emergency"]').count()).toBe(1);
      expect(await sideways(page)).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
