/**
 * Contract Step 0: each emergency trigger interrupts when its screen is submitted, before any
 * later question; the crisis screen has 911, 988 (call and text) and the center; "Change my
 * answer" and the browser's Back both return to the trigger screen with the answer kept, and
 * nothing (Forward included) gets past it until the answer changes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { answerScreen, submit, type AnswerSet } from './drive';
import {
  answersWith,
  begin,
  answerUntil,
  checkedValues,
  DEFAULT_PHONE,
  headingText,
  openSession,
  shownQuestions,
  startSuite,
  vignette,
  waitForNewStep,
  type Suite,
} from './harness';

/** Records the name of every question input ever added to the page (window.__namesSeen). */
const RECORD_INPUTS = `
  window.__namesSeen = [];
  new MutationObserver((records) => {
    for (const r of records)
      for (const n of r.addedNodes) {
        if (!(n instanceof Element)) continue;
        const inputs = n.matches('input[name]') ? [n] : [...n.querySelectorAll('input[name]')];
        for (const i of inputs) window.__namesSeen.push(i.name);
      }
  }).observe(document, { childList: true, subtree: true });
`;

const namesSeen = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { __namesSeen: string[] }).__namesSeen);
const resetNamesSeen = (page: Page): Promise<void> =>
  page.evaluate(() => {
    (window as unknown as { __namesSeen: string[] }).__namesSeen = [];
  });

const CRISIS = '[data-level="emergency"]';

interface Trigger {
  readonly title: string;
  /** The question whose answer raises the emergency. */
  readonly name: string;
  readonly answers: AnswerSet;
  readonly triggerValue: string;
  readonly safeValue: string;
  /** A question on the screen that comes next once the answer is safe. */
  readonly nextName: string;
}

const base = vignette('moderate-stable-worker').answers;
const TRIGGERS: readonly Trigger[] = [
  {
    title: 'safety.emergencyNow = yes',
    name: 'safety.emergencyNow',
    answers: answersWith(base, { 'safety.emergencyNow': 'yes' }),
    triggerValue: 'yes',
    safeValue: 'no',
    nextName: 'use.substances',
  },
  {
    title: 'withdrawal.current = severe',
    name: 'withdrawal.current',
    answers: answersWith(base, { 'withdrawal.current': 'severe' }),
    triggerValue: 'severe',
    safeValue: 'mild',
    nextName: 'medical.condition',
  },
  {
    title: 'suicide.now = yes after suicide.wishedDead = yes',
    name: 'suicide.now',
    answers: answersWith(base, { 'suicide.wishedDead': 'yes', 'suicide.now': 'yes' }),
    triggerValue: 'yes',
    safeValue: 'no',
    nextName: 'mental.symptoms',
  },
  {
    title: 'suicide.now = decline after suicide.betterOff = decline',
    name: 'suicide.now',
    answers: answersWith(base, { 'suicide.betterOff': 'decline', 'suicide.now': 'decline' }),
    triggerValue: 'decline',
    safeValue: 'no',
    nextName: 'mental.symptoms',
  },
];

/** Question ids that come after the trigger in asking order (none may ever be rendered). */
function laterThan(name: string): (seen: string) => boolean {
  const order = [
    'respondent',
    'about.age',
    'safety.emergencyNow',
    'use.substances',
    'use.frequency',
    'use.lastUse',
    'use.criteria',
    'withdrawal.history',
    'withdrawal.current',
    'medical.condition',
    'medical.pregnant',
    'suicide.wishedDead',
    'suicide.betterOff',
    'suicide.thoughts',
    'suicide.attempt',
    'suicide.now',
    'mental.symptoms',
    'readiness.stage',
    'history.treatment',
    'history.relapsedAfter',
    'history.recentDischarge',
    'living.situation',
    'living.othersUse',
    'living.safe',
    'living.support',
    'living.transport',
    'obligations.roles',
    'obligations.canStepAway',
    'obligations.schedule',
    'insurance.type',
  ];
  const at = order.indexOf(name);
  return (seen) => order.indexOf(seen) > at;
}

async function expectCrisisScreen(page: Page): Promise<void> {
  const root = page.locator(CRISIS);
  await root.waitFor();
  expect(await root.getAttribute('data-urgency')).toBe('emergency');
  expect(await root.getAttribute('data-asam')).toBeNull();
  // The links are the crisis screen's own (the help strip has some of them too).
  for (const href of ['tel:911', 'tel:988', 'sms:988', `tel:${DEFAULT_PHONE}`]) {
    expect(await root.locator(`a[href="${href}"]`).count(), href).toBeGreaterThanOrEqual(1);
  }
  // The only way on is back: no form, no question, no submit.
  expect(await page.locator('main form').count()).toBe(0);
  expect(await page.locator('main input').count()).toBe(0);
}

/** Waits until the heading is `heading` (the trigger screen) again. */
async function waitForHeading(page: Page, heading: string): Promise<void> {
  await page.waitForFunction(
    (h: string) => document.getElementById('step-heading')?.textContent?.trim() === h,
    heading,
    { timeout: 5000 },
  );
}

let suite: Suite;
beforeAll(async () => {
  suite = await startSuite();
});
afterAll(async () => {
  await suite?.close();
});

describe('crisis interrupt', () => {
  it.each(TRIGGERS.map((t) => [t.title, t] as const))('%s', async (_title, t) => {
    const session = await openSession(suite, { initScripts: [RECORD_INPUTS] });
    const { page } = session;
    const isLater = laterThan(t.name);
    try {
      await begin(page);
      await answerUntil(page, t.answers, t.name);
      const triggerHeading = await headingText(page);
      const onScreen = await shownQuestions(page);
      await answerScreen(page, t.answers);
      const before = Object.fromEntries(
        await Promise.all(onScreen.map(async (n) => [n, await checkedValues(page, n)] as const)),
      );
      expect(before[t.name]).toEqual([t.triggerValue]);

      // 1. Continue on the trigger screen: the crisis screen, and no later question, ever.
      await resetNamesSeen(page);
      await submit(page);
      await expectCrisisScreen(page);
      expect((await namesSeen(page)).filter(isLater)).toEqual([]);

      // 2. "Change my answer": back to the trigger screen, every answer on it kept.
      await page.locator(`${CRISIS} [data-action="back"]`).click();
      await waitForHeading(page, triggerHeading);
      for (const n of onScreen) expect(await checkedValues(page, n), n).toEqual(before[n]);

      // 3. Continue again (same answer): the crisis screen again.
      await resetNamesSeen(page);
      await submit(page);
      await expectCrisisScreen(page);

      // 4. The browser's Back: the trigger screen, answers kept.
      await page.goBack({ waitUntil: 'commit' });
      await waitForHeading(page, triggerHeading);
      for (const n of onScreen) expect(await checkedValues(page, n), n).toEqual(before[n]);

      // 5. The browser's Forward can't get past it: crisis again, or still the trigger screen.
      await page.goForward({ waitUntil: 'commit' });
      await page
        .locator(CRISIS)
        .waitFor({ timeout: 1500 })
        .catch(() => undefined);
      const landed = await page.locator(CRISIS).count();
      if (landed) await expectCrisisScreen(page);
      else expect(await headingText(page)).toBe(triggerHeading);
      expect((await namesSeen(page)).filter(isLater)).toEqual([]);
      if (landed) {
        await page.locator(`${CRISIS} [data-action="back"]`).click();
        await waitForHeading(page, triggerHeading);
      }

      // 6. A safe answer continues to the next question, not the crisis screen.
      await page.check(`main form input[name="${t.name}"][value="${t.safeValue}"]`);
      await submit(page);
      expect(await page.locator(CRISIS).count()).toBe(0);
      expect(await shownQuestions(page)).toContain(t.nextName);

      expect(session.foreign).toEqual([]);
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('a mere change of the radio button never interrupts (WCAG 3.2.2)', async () => {
    const session = await openSession(suite);
    const { page } = session;
    try {
      await begin(page);
      await answerUntil(page, TRIGGERS[0]!.answers, 'safety.emergencyNow');
      const heading = await headingText(page);
      await page.check('main form input[name="safety.emergencyNow"][value="yes"]');
      await page.waitForTimeout(300);
      expect(await page.locator(CRISIS).count()).toBe(0);
      expect(await headingText(page)).toBe(heading);
      await submit(page);
      await waitForNewStep(page, heading).catch(() => undefined);
      await expectCrisisScreen(page);
    } finally {
      await session.close();
    }
  });
});
