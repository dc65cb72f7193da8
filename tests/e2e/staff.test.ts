/**
 * Staff mode during a call: questions to read out, the live panel, number-key shortcuts that
 * can be switched off, the intake note copied (read back from the clipboard and compared with
 * the formatter), "Copied" announced only after the write, the fallback when the clipboard is
 * refused, and "New caller" leaving nothing behind, on the clipboard either. The result speaks
 * of the person in the staff voice, whoever calls, with the staff's next step and no "call us".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { completeWith } from './drive';
import { axeViolations } from './a11y-checks';
import {
  answersWith,
  DEFAULT_CENTER,
  NEUTRAL_PAGE,
  startSuite,
  vignette,
  waitForApp,
  type Suite,
} from './harness';
import { DESKTOP } from './browser';
import { recommend } from '../../src/results/recommend';
import { formatIntakeNote } from '../../src/staff/intake-note';
import { en } from '../../src/i18n/en';
import { es } from '../../src/i18n/es';
import type { Dictionary } from '../../src/i18n/types';
import pkg from '../../package.json';
import { centerConfig } from '../../src/config/center';
import { centerPrograms } from '../../src/config/center-programs';
import { telHref } from '../../src/config/phone';

let suite: Suite;
beforeAll(async () => {
  suite = await startSuite();
});
afterAll(() => suite.close());

// The note carries the time it was copied: freeze the page's clock, in the test's time zone.
const NOW = new Date('2026-11-27T14:05:00');
const timezoneId = Intl.DateTimeFormat().resolvedOptions().timeZone;

async function staffPage(clipboard: 'granted' | 'denied', query = '') {
  const context = await suite.browser.newContext({
    viewport: DESKTOP,
    timezoneId,
    permissions: clipboard === 'granted' ? ['clipboard-read', 'clipboard-write'] : [],
  });
  const page = await context.newPage();
  await page.clock.setFixedTime(NOW);
  if (clipboard === 'denied') {
    await page.addInitScript(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied'));
    });
  }
  const writes: string[] = [];
  await page.exposeFunction('__storageWrite', (key: string) => writes.push(key));
  await page.addInitScript(() => {
    const proto = Storage.prototype;
    const set: (key: string, value: string) => void = Reflect.get(proto, 'setItem');
    proto.setItem = function (this: Storage, key: string, value: string) {
      (window as unknown as { __storageWrite: (k: string) => void }).__storageWrite(key);
      set.call(this, key, value);
    };
  });
  await page.goto(`${suite.origin}/?mode=staff${query}`);
  await waitForApp(page);
  return { context, page, writes };
}

const live = (page: Page) => page.locator('#live-region').textContent();

describe('staff mode', () => {
  it('a whole call: read-out questions, live panel, note copied equal to the formatter', async () => {
    const { context, page, writes } = await staffPage('granted');
    const { answers } = vignette('homeless-moderate');
    await page.click('main form button[type="submit"]');
    await expect.poll(() => page.locator('#step-heading').textContent()).toMatch(/^Ask: /);
    // The panel is there from the first question and says how unanswered questions count.
    await expect
      .poll(() => page.locator('.staff-panel').textContent())
      .toContain(en.staff.ui.panelNote);
    expect(await axeViolations(page)).toEqual([]);

    await completeWith(page, answers);
    expect(await page.locator('[data-level]').getAttribute('data-level')).toBe('residential');
    // The panel agrees with the result once everything is answered.
    expect(await page.locator('.staff-panel__summary').textContent()).toContain('ASAM 3.5');
    expect(await live(page)).toBe('');

    await page.click(`text=${en.staff.ui.copyNote}`);
    await expect.poll(() => live(page)).toBe(en.staff.ui.copied);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const expected = formatIntakeNote({
      answers,
      result: recommend(answers),
      t: en,
      now: NOW,
      appVersion: pkg.version,
      center: DEFAULT_CENTER,
      programs: centerPrograms,
    });
    expect(copied).toBe(expected);
    expect(await axeViolations(page)).toEqual([]);
    expect(writes).toEqual([]); // staff mode never writes to storage

    // New caller: asks first, then leaves nothing behind.
    await page.click(`text=${en.staff.ui.newCaller}`);
    expect(await page.locator('[data-level]').count()).toBe(1); // not yet
    await page.click(`text=${en.staff.ui.newCallerYes}`);
    await page.locator('main form').first().waitFor(); // the code's form, then Start's
    // The last caller's note is off the clipboard: the next paste can't put it in a new record.
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('');
    await page.click('main form button[type="submit"]');
    await expect.poll(() => page.locator('input[name="respondent"]:checked').count()).toBe(0);
    expect(
      await page.evaluate(() => ({ session: sessionStorage.length, local: localStorage.length })),
    ).toEqual({ session: 0, local: 0 });
    expect(await page.locator('.staff-panel__summary').textContent()).toContain('ASAM 0.5');
    await context.close();
  });

  // Contract §2 v1.1: a self caller (Answering for: Myself) and a family member alike.
  it.for([
    ['seizure-history-daily-drinker', 'en'],
    ['teen-cannabis', 'en'],
    ['pregnant-opioids', 'es'],
  ] as const)('%s (%s): the result speaks of "the person", to staff', async ([id, lang]) => {
    const t: Dictionary = lang === 'en' ? en : es;
    const { context, page } = await staffPage('granted', `&lang=${lang}`);
    const { answers } = vignette(id);
    const result = recommend(answers);
    await completeWith(page, answers);
    const article = page.locator('article.result');
    await article.locator('#why-title').waitFor();
    expect(await page.locator('#step-heading').textContent()).toContain(t.result.heading.staff);
    const reasons = await article
      .locator('section[aria-labelledby="why-title"] li')
      .allTextContents();
    expect(reasons).toEqual(result.reasons.map((code) => t.reasons[code]!.staff));
    // The staff's next step by urgency, and no link to the center's own number.
    const urgency = result.urgency === 'today' ? 'today' : 'soon';
    const card = article.locator('section[aria-labelledby="urgency-title"]');
    expect(await card.textContent()).toContain(t.staff.result.nextStep[urgency].title);
    // (The referral's SAMHSA helpline is a tel: link too: it is not the center's.)
    expect(await article.locator(`a[href="${telHref(centerConfig.phone)}"]`).count()).toBe(0);
    // Nothing on the result speaks to a "you" or a loved one.
    const text = (await article.textContent()) ?? '';
    const secondPerson =
      lang === 'en'
        ? /(?<!\p{L})(you|your|yours|loved one)(?!\p{L})/iu
        : /(?<!\p{L})(usted|tú|tu|su ser querido|sus respuestas)(?!\p{L})/iu;
    expect(text).not.toMatch(secondPerson);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  // HAZ-24: a note outlives the caller only until New caller, Leave or the page going away,
  // whoever put it there: this page before a reload, or the staff member by hand.
  it('New caller empties the clipboard after a reload and after a note copied by hand', async () => {
    const { context, page } = await staffPage('granted');
    const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
    const toCrisis = async () => {
      const answers = answersWith(vignette('homeless-moderate').answers, {
        'safety.emergencyNow': 'yes',
      });
      await completeWith(page, answers);
      await page.locator('[data-level="emergency"]').waitFor();
    };
    const newCaller = async () => {
      await page.click(`text=${en.staff.ui.newCaller}`);
      await page.click(`text=${en.staff.ui.newCallerYes}`);
      await page.locator('main form').first().waitFor();
    };
    try {
      await completeWith(page, vignette('homeless-moderate').answers);
      await page.click(`text=${en.staff.ui.copyNote}`);
      await expect.poll(() => live(page)).toBe(en.staff.ui.copied);
      const note = await clipboard();
      expect(note).toContain(DEFAULT_CENTER);

      // A reload: the page no longer knows it copied the note, and clears it all the same.
      // (pagehide's own try is best effort: put the note back to test New caller alone.)
      await page.reload();
      await waitForApp(page);
      await page.evaluate((text) => navigator.clipboard.writeText(text), note);
      await toCrisis();
      await newCaller();
      await expect.poll(clipboard).toBe('');

      // Copied by hand (from the text box shown when the clipboard is refused).
      await toCrisis();
      await page.evaluate(() => navigator.clipboard.writeText('Intake note copied by hand'));
      await newCaller();
      await expect.poll(clipboard).toBe('');
    } finally {
      await context.close();
    }
  });

  it('"Leave this site" empties the clipboard', async () => {
    const { context, page } = await staffPage('granted');
    const neutral = new URL(NEUTRAL_PAGE);
    await page.route(`${neutral.origin}/**`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Neutral</title>' }),
    );
    try {
      await completeWith(page, vignette('homeless-moderate').answers);
      await page.click(`text=${en.staff.ui.copyNote}`);
      await expect.poll(() => live(page)).toBe(en.staff.ui.copied);
      await page.getByRole('button', { name: /Leave this site/ }).click();
      await page.waitForURL(NEUTRAL_PAGE);
      await page.goto(`${suite.origin}/embed.js`);
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('');
    } finally {
      await context.close();
    }
  });

  it('a refused clipboard shows the note selected, and never says "Copied"', async () => {
    const { context, page } = await staffPage('denied');
    await completeWith(page, vignette('mild-weekend-drinker').answers);
    await page.click(`text=${en.staff.ui.copyNote}`);
    const area = page.locator('textarea#intake-note');
    await area.waitFor();
    await expect.poll(() => live(page)).toBe(en.staff.ui.copyFailed);
    const selected = await page.evaluate(() => {
      const el = document.activeElement as HTMLTextAreaElement;
      return el.id === 'intake-note' ? el.value.slice(el.selectionStart, el.selectionEnd) : '';
    });
    expect(selected).toBe(await area.inputValue());
    expect(selected).toContain('Outpatient');
    await context.close();
  });

  it('number keys pick an option in the focused question only, and can be switched off', async () => {
    const { context, page } = await staffPage('granted');
    await page.click('main form button[type="submit"]');
    await page.locator('input[name="respondent"]').first().waitFor();
    // Focus outside any question (on Continue): a number key does nothing.
    await page.focus('main form button[type="submit"]');
    await page.keyboard.press('2');
    expect(await page.locator('input[name="respondent"]:checked').count()).toBe(0);
    await page.focus('input[name="respondent"][value="self"]');
    await page.keyboard.press('2');
    expect(await page.locator('input[name="respondent"]:checked').getAttribute('value')).toBe(
      'other',
    );
    // Switched off (WCAG 2.1.4): the key no longer chooses.
    await page.uncheck('#staff-number-keys');
    await page.focus('input[name="respondent"][value="other"]');
    await page.keyboard.press('1');
    expect(await page.locator('input[name="respondent"]:checked').getAttribute('value')).toBe(
      'other',
    );
    // Enter continues.
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('input[name="about.age"]').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('the crisis screen gives the staff protocol', async () => {
    const { context, page } = await staffPage('granted');
    await completeWith(page, vignette('overdose-now').answers);
    expect(await page.locator('[data-level="emergency"]').count()).toBe(1);
    const text = await page.locator('main').textContent();
    for (const step of en.staff.ui.crisisSteps) expect(text).toContain(step);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
