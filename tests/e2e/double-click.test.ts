/**
 * A double click on Continue moves one screen and answers nothing: its second click, landing
 * on the next screen, picks no answer, presses no Continue and dials no number. The same for a
 * double tap on a touch phone, where it is the likelier slip. Within one screen, double clicks
 * behave as the browser makes them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { DESKTOP, PHONE } from './browser';
import { answerScreen, continueCentre } from './drive';
import { openSession, outcome, openAt, startSuite, vignette, type Suite } from './harness';

let suite: Suite;
beforeAll(async () => {
  suite = await startSuite();
});
afterAll(async () => {
  await suite?.close();
});

/** Double-clicks this screen's Continue (or Begin) where a person's pointer would be. */
async function doubleClickContinue(page: Page): Promise<void> {
  const { x, y } = await continueCentre(page);
  await page.mouse.dblclick(x, y, { delay: 60 });
}

/**
 * Double-taps this screen's Continue with a finger: two taps 120 ms apart, as raw touches
 * (Playwright's tap() sends no second tap the browser would count as one, `detail` 2).
 */
async function doubleTapContinue(page: Page, cdp: CDPSession): Promise<void> {
  const finger = await continueCentre(page);
  for (const pause of [120, 0]) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [finger] });
    await page.waitForTimeout(40);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    if (pause) await page.waitForTimeout(pause);
  }
}

/** What the new screen shows once the double click is over. */
async function settled(page: Page, before: string | null) {
  await page.waitForFunction(
    (previous) => document.getElementById('step-heading')?.textContent !== previous,
    before,
  );
  // Past the second click, and past the double-click time after it: the next press at the same
  // spot sooner would be the same streak's third click, which the guard drops by design (HAZ-13),
  // and on a screen with nothing to answer (the review) nothing would happen.
  await page.waitForTimeout(700);
  return page.evaluate(() => ({
    heading: document.getElementById('step-heading')?.textContent ?? '',
    checked: [...document.querySelectorAll<HTMLInputElement>('main input:checked')].map(
      (i) => `${i.name}=${i.value}`,
    ),
    errors: document.querySelectorAll('.error-summary').length,
    focus: document.activeElement?.id ?? document.activeElement?.tagName ?? '',
    url: location.href,
  }));
}

/**
 * Walks a whole assessment pressing Continue (and Begin) twice each time with `press`: every
 * new screen must show nothing answered, no error, focus on its heading; the result must be
 * the vignette's.
 */
async function walkPressingTwice(page: Page, press: () => Promise<void>): Promise<string[]> {
  const { answers, expect: expected } = vignette('past-week-suicidal-thoughts-moderate');
  const url = page.url();
  const seen: string[] = [];
  let before = await page.locator('#step-heading').textContent();
  await press(); // Begin
  for (let i = 0; i < 40; i++) {
    const now = await settled(page, before);
    seen.push(now.heading);
    // A fresh walk: nothing on a new screen is answered until the person answers it.
    expect(now, `after the double press into "${now.heading}"`).toMatchObject({
      checked: [],
      errors: 0,
      focus: 'step-heading',
      url,
    });
    if (await page.locator('[data-level]').count()) break;
    await answerScreen(page, answers);
    before = now.heading;
    await press();
  }
  expect(await outcome(page)).toEqual({
    level: expected.level,
    asam: expected.asamLevel,
    urgency: expected.urgency,
  });
  expect(seen.length).toBeGreaterThan(20); // every question screen, the review, the result
  return seen;
}

describe.each([
  ['phone', PHONE],
  ['desktop', DESKTOP],
] as const)('on a %s', (_size, viewport) => {
  it('double-clicking Continue on every screen ends at the same result, answering nothing', async () => {
    const session = await openSession(suite, { viewport });
    try {
      await walkPressingTwice(session.page, () => doubleClickContinue(session.page));
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });
});

describe('on a touch phone', () => {
  it('double-tapping Continue on every screen ends at the same result, answering nothing', async () => {
    const session = await openSession(suite, { viewport: PHONE, touch: true });
    const { page, context } = session;
    try {
      const cdp = await context.newCDPSession(page);
      // The taps are the browser's taps: the second counts as a double (detail 2), as on a phone.
      await page.evaluate(() => {
        const w = window as unknown as { clickCounts: number[] };
        w.clickCounts = [];
        document.addEventListener('click', (e) => w.clickCounts.push(e.detail), true);
      });
      await walkPressingTwice(page, () => doubleTapContinue(page, cdp));
      const counts = await page.evaluate(
        () => (window as unknown as { clickCounts: number[] }).clickCounts,
      );
      expect(counts).toContain(2);
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });
});

describe('within one screen', () => {
  it('a double click on a checkbox still checks and unchecks it, as browsers do', async () => {
    const session = await openAt(
      suite,
      { respondent: 'self', about: { age: '18-64' }, safety: { emergencyNow: 'no' } },
      { question: 'use.substances' },
    );
    const { page } = session;
    try {
      const alcohol = page.locator('input[name="use.substances"][value="alcohol"]');
      const label = page.locator(`label[for="${await alcohol.getAttribute('id')}"]`);
      await page.waitForTimeout(1100); // well after the screen change
      await label.dblclick();
      expect(await alcohol.isChecked()).toBe(false);
      await label.click();
      expect(await alcohol.isChecked()).toBe(true);
    } finally {
      await session.close();
    }
  });
});
