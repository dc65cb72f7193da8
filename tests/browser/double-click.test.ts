/**
 * A double click on Continue moves one screen and answers nothing, in each engine: its second
 * click, landing on the next screen, picks no answer, presses no Continue and dials no number
 * (HAZ-13). Within one screen, double clicks behave as the browser makes them. The guard itself
 * (a second click, `detail` 2, just after a screen change, reaches nothing) is
 * tests/unit/app/double-click-guard.test.tsx; this is each engine's own double click on it.
 */
import { describe, expect, it } from 'vitest';
import { vignette } from './fixtures';
import { PHONE, waitUntil, type EngineSession } from './driver';
import { forEngines, openApp, pageErrors, useAppServer } from './harness';
import { answerScreen, answerUntil, checkedValues, heading, outcome, submit } from './walk';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const doubleClickContinue = (s: EngineSession) =>
  s.doubleClickOn(() => document.querySelector('main form button[type="submit"]'));

/** What the new screen shows once the double click is over. */
async function settled(s: EngineSession, before: string) {
  await waitUntil(
    s,
    `a new screen after "${before}"`,
    (previous: string) => document.getElementById('step-heading')?.textContent !== previous,
    [before],
  );
  // Past the second click, and past the double-click time after it: the next press at the same
  // spot sooner would be the same streak's third click, which the guard drops by design (HAZ-13),
  // and on a screen with nothing to answer (the review) nothing would happen.
  await pause(700);
  return s.run(() => ({
    heading: document.getElementById('step-heading')?.textContent ?? '',
    checked: [...document.querySelectorAll<HTMLInputElement>('main input:checked')].map(
      (i) => `${i.name}=${i.value}`,
    ),
    errors: document.querySelectorAll('.error-summary').length,
    focus: document.activeElement?.id ?? document.activeElement?.tagName ?? '',
    url: location.href,
  }));
}

forEngines((engine) => {
  const server = useAppServer();

  it('double-clicking Continue on every screen ends at the same result, answering nothing', async () => {
    const { answers, expect: expected } = vignette('past-week-suicidal-thoughts-moderate');
    const s = await openApp(engine(), server(), PHONE, {
      // Every click's `detail`: the engine's double click is a real one (2 on the second).
      initScripts: [
        `window.__clickCounts = [];
         document.addEventListener('click', (e) => window.__clickCounts.push(e.detail), true);`,
      ],
    });
    try {
      const url = await s.url();
      const seen: string[] = [];
      let before = await heading(s);
      await doubleClickContinue(s); // Begin
      for (let i = 0; i < 40; i++) {
        const now = await settled(s, before);
        seen.push(now.heading);
        // A fresh walk: nothing on a new screen is answered until the person answers it.
        expect(now, `after the double press into "${now.heading}"`).toMatchObject({
          checked: [],
          errors: 0,
          focus: 'step-heading',
          url,
        });
        if (await s.run(() => !!document.querySelector('[data-level]'))) break;
        await answerScreen(s, answers);
        before = now.heading;
        await doubleClickContinue(s);
      }
      expect(await outcome(s)).toEqual({
        level: expected.level,
        asam: expected.asamLevel,
        urgency: expected.urgency,
      });
      expect(seen.length).toBeGreaterThan(20); // every question screen, the review, the result
      const counts = await s.run(
        () => (window as unknown as { __clickCounts: number[] }).__clickCounts,
      );
      expect(counts).toContain(2);
      expect(await pageErrors(s)).toEqual([]);
    } finally {
      await s.close();
    }
  });

  describe('within one screen', () => {
    it('a double click on a checkbox still checks and unchecks it, as browsers do', async () => {
      const s = await openApp(engine(), server(), PHONE);
      try {
        await submit(s);
        await answerUntil(
          s,
          { respondent: 'self', about: { age: '18-64' }, safety: { emergencyNow: 'no' } },
          'use.substances',
        );
        await pause(1100); // well after the screen change
        const label = () =>
          document.querySelector<HTMLInputElement>(
            'main form input[name="use.substances"][value="alcohol"]',
          )?.labels?.[0] ?? null;
        await s.doubleClickOn(label);
        expect(await checkedValues(s, 'use.substances')).toEqual([]);
        await s.clickOn(label);
        expect(await checkedValues(s, 'use.substances')).toEqual(['alcohol']);
      } finally {
        await s.close();
      }
    });
  });
});
