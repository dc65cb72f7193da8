/**
 * The handoff code end to end (issue #15): for every public vignette, a person walks in self
 * mode and reads the code off the result; staff open ?mode=staff in a browser of their own, type
 * it, confirm the review and reach the same outcome. A mistyped code shows its error and opens
 * nothing. The code is never in the title, the URL or storage, no request leaves the browser,
 * and axe finds nothing on the code's part of the result or on the staff start with its error.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, PHONE } from './browser';
import { completeWith } from './drive';
import { axeViolations, drawn, smallTargets } from './a11y-checks';
import {
  afterPaint,
  begin,
  headingText,
  openSession,
  outcome,
  startSuite,
  vignette,
  VIGNETTES,
  waitForNewStep,
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

const SHOTS = fileURLToPath(new URL('../../artifacts/screenshots/handoff', import.meta.url));
mkdirSync(SHOTS, { recursive: true });

const CODE = '[data-handoff-code]';
const FIELD = 'input[name="handoffCode"]';
const OPEN = '.handoff-form input[type="submit"]';

/** Walks a vignette in self mode to its result and reads the code there. */
async function codeOf(page: Page, answers: Record<string, unknown>): Promise<string> {
  await begin(page);
  await completeWith(page, answers);
  await drawn(page);
  const code = page.locator(CODE);
  return (await code.count()) ? ((await code.textContent()) ?? '').trim() : '';
}

/**
 * Types a code on staff mode's start, key by key (staff mode's number-key shortcuts listen to
 * the keyboard too), and opens it with the button, or with Enter.
 */
async function typeCode(
  page: Page,
  code: string,
  open: 'click' | 'enter' = 'click',
): Promise<void> {
  await page.locator(FIELD).pressSequentially(code);
  if (open === 'enter') await page.press(FIELD, 'Enter');
  else await page.click(OPEN);
}

describe.concurrent('a handoff code carries every public vignette to staff mode', () => {
  it.for(VIGNETTES)('$id', { timeout: 180_000 }, async (v, { expect }) => {
    const person = await openSession(suite);
    const staff = await openSession(suite, { query: 'mode=staff', viewport: DESKTOP });
    try {
      const code = await codeOf(person.page, v.answers);
      if (v.expect.level === 'emergency') {
        // The crisis screen never shows a code.
        expect(code).toBe('');
        expect(await person.page.locator(CODE).count()).toBe(0);
        return;
      }
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{1,4}){2,3}$/);
      // Never in the title, the URL or storage (which holds nothing at all).
      await afterPaint(person.page);
      expect(await person.page.title()).not.toContain(code);
      expect(person.page.url()).not.toContain(code.slice(0, 4));
      expect(
        await person.page.evaluate(() => window.sessionStorage.length + window.localStorage.length),
      ).toBe(0);

      const before = await headingText(staff.page);
      await typeCode(staff.page, code.toLowerCase(), 'enter');
      await waitForNewStep(staff.page, before);
      expect(await headingText(staff.page)).toBe(en.review.heading);
      await staff.page.click('main form button[type="submit"]');
      expect(await outcome(staff.page)).toEqual({
        level: v.expect.level,
        asam: v.expect.asamLevel,
        urgency: v.expect.urgency,
      });
      expect(await staff.page.locator(CODE).count()).toBe(0); // staff's result has none
      for (const s of [person, staff]) {
        expect(s.foreign).toEqual([]);
        expect(s.errors).toEqual([]);
      }
    } finally {
      await person.close();
      await staff.close();
    }
  });
});

describe('the handoff code on screen', () => {
  it('a mistyped code shows the error, opens no answers, and passes axe', async () => {
    const person = await openSession(suite);
    const code = await codeOf(person.page, vignette('mild-weekend-drinker').answers);
    await person.close();
    // Two different neighbours swapped, as a caller or a listener might.
    const bare = code.replace(/-/g, '');
    const at = [...bare].findIndex((c, i) => i > 0 && c !== bare[i - 1]);
    const typo = bare.slice(0, at - 1) + bare[at] + bare[at - 1] + bare.slice(at + 1);

    for (const viewport of [PHONE, DESKTOP]) {
      const staff = await openSession(suite, { query: 'mode=staff', viewport });
      try {
        const { page } = staff;
        expect(await axeViolations(page), 'axe on the staff start').toEqual([]);
        expect(await smallTargets(page)).toEqual([]);
        const panel = await page.locator('.staff-panel').textContent();
        await typeCode(page, typo);
        const summary = page.locator('.error-summary');
        await summary.waitFor();
        await expect
          .poll(() => page.evaluate(() => document.activeElement?.className))
          .toBe('error-summary');
        expect(await summary.textContent()).toContain(en.handoff.errors.mistake);
        expect(await page.locator('#handoff-code-error').textContent()).toContain(
          en.handoff.errors.mistake,
        );
        expect(await headingText(page)).toBe(en.start.heading);
        expect(await page.locator('.summary-list').count()).toBe(0);
        expect(await page.inputValue(FIELD)).toBe(typo);
        // No answers reached the live ratings either.
        expect(await page.locator('.staff-panel').textContent()).toBe(panel);
        await afterPaint(page);
        expect(await page.title()).toMatch(/^Error: /);
        expect(await axeViolations(page), 'axe on the staff start with its error').toEqual([]);
        expect(await smallTargets(page)).toEqual([]);
        // The summary's link takes staff to the field.
        await summary.locator('a').click();
        expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe(
          'handoffCode',
        );
        await page.screenshot({ path: `${SHOTS}/staff-start-error-${viewport.width}.png` });
        expect(staff.foreign).toEqual([]);
      } finally {
        await staff.close();
      }
    }
  });

  it("the result's code part passes axe at both sizes, copies, and prints", async () => {
    for (const viewport of [PHONE, DESKTOP]) {
      const person = await openSession(suite, { viewport });
      try {
        const { page } = person;
        await person.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
          origin: suite.origin,
        });
        const code = await codeOf(page, vignette('moderate-stable-worker').answers);
        const part = page.locator('.handoff-code');
        expect(await axeViolations(page), 'axe on the result').toEqual([]);
        expect(await smallTargets(page)).toEqual([]);
        await part.screenshot({ path: `${SHOTS}/result-code-${viewport.width}.png` });
        await page.click(`text=${en.handoff.copy}`);
        await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(code);
        expect(await part.textContent()).toContain(en.handoff.copied);
        await page.emulateMedia({ media: 'print' });
        expect(await page.locator(CODE).isVisible()).toBe(true);
        expect(await page.locator(`text=${en.handoff.copy}`).isVisible()).toBe(false);
        await page.emulateMedia({ media: 'screen' });
        expect(person.foreign).toEqual([]);
      } finally {
        await person.close();
      }
    }
  });
});
