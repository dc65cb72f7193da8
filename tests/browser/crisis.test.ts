/**
 * Contract Step 0 in each engine: each emergency trigger interrupts when its screen is
 * submitted, before any later question is drawn, with 911, 988 (call and text) and the center's
 * number; a mere change of the radio button never interrupts (WCAG 3.2.2); "Change my answer"
 * and the browser's Back return to the trigger screen with the answer kept; the browser's
 * Forward can't get past it; a safe answer continues. (The machine's side of it, every event
 * from the crisis screen included, is tests/unit/machine/crisis.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import type { AnswerSet } from './fixtures';
import { answersWith, DEFAULT_PHONE, vignette } from './fixtures';
import { click, SIZES, waitUntil, type Surface } from './driver';
import { expectOnlyOwnOrigin, forEngines, openApp, pageErrors, useAppServer } from './harness';
import {
  afterPaint,
  answerScreen,
  answerUntil,
  checkedValues,
  choose,
  heading,
  submit,
  waitForHeading,
} from './walk';

const CRISIS = '[data-level="emergency"]';
export const CRISIS_LINKS = ['tel:911', 'tel:988', 'sms:988', `tel:${DEFAULT_PHONE}`];

interface Trigger {
  readonly title: string;
  readonly name: string;
  readonly value: string;
  readonly safe: string;
  readonly answers: AnswerSet;
}

const base = vignette('moderate-stable-worker').answers;
const TRIGGERS: readonly Trigger[] = (
  [
    ['safety.emergencyNow', 'yes', 'no', {}],
    ['withdrawal.current', 'severe', 'mild', {}],
    ['suicide.now', 'yes', 'no', { 'suicide.wishedDead': 'yes' }],
    ['suicide.now', 'decline', 'no', { 'suicide.betterOff': 'decline' }],
  ] as const
).map(([name, value, safe, more]) => ({
  title: `${name} = ${value}`,
  name,
  value,
  safe,
  answers: answersWith(base, { ...more, [name]: value }),
}));

/** The questions in asking order: none after the trigger's may ever be drawn. */
const ORDER = [
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
];

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

/** Question inputs drawn since the last call that come after `name` in asking order. */
async function laterDrawn(s: Surface, name: string): Promise<string[]> {
  const seen = await s.run(() => {
    const w = window as unknown as { __namesSeen: string[] };
    return w.__namesSeen.splice(0);
  });
  return seen.filter((n) => !ORDER.includes(n) || ORDER.indexOf(n) > ORDER.indexOf(name));
}

const onCrisis = (s: Surface) =>
  s.run((selector: string) => !!document.querySelector(selector), CRISIS);

/** The crisis screen, with every link on its own root and no way on but back. */
export async function expectCrisisScreen(s: Surface): Promise<void> {
  const found = await s.run(
    (selector: string, hrefs: string[]) => {
      const root = document.querySelector(selector);
      if (!root) return null;
      return {
        urgency: root.getAttribute('data-urgency'),
        asam: root.getAttribute('data-asam'),
        links: hrefs.filter((h) => root.querySelector(`a[href="${h}"]`)),
        forms: document.querySelectorAll('main form, main input').length,
      };
    },
    CRISIS,
    CRISIS_LINKS,
  );
  expect(found).toEqual({ urgency: 'emergency', asam: null, links: CRISIS_LINKS, forms: 0 });
}

forEngines((engine) => {
  const server = useAppServer();
  describe.each(SIZES)('%s: the crisis interrupt', (_size, viewport) => {
    it.for(TRIGGERS)('$title', async (t) => {
      const s = await openApp(engine(), server(), viewport, { initScripts: [RECORD_INPUTS] });
      try {
        await submit(s);
        await answerUntil(s, t.answers, t.name);
        const triggerHeading = await heading(s);
        await answerScreen(s, t.answers);
        expect(await checkedValues(s, t.name)).toEqual([t.value]);
        // A mere change of the radio button never interrupts (WCAG 3.2.2).
        await afterPaint(s);
        expect(await onCrisis(s)).toBe(false);
        expect(await heading(s)).toBe(triggerHeading);
        await laterDrawn(s, t.name);

        // Continue on the trigger screen: the crisis screen, with all its links, and no later
        // question drawn, even for a moment.
        await submit(s);
        await expectCrisisScreen(s);
        expect(await laterDrawn(s, t.name)).toEqual([]);

        // "Change my answer": back to the trigger screen, the answer kept.
        await click(s, `${CRISIS} [data-action="back"]`);
        await waitForHeading(s, triggerHeading);
        expect(await checkedValues(s, t.name)).toEqual([t.value]);

        // Again, then the browser's Back: the trigger screen, the answer kept.
        await submit(s);
        await expectCrisisScreen(s);
        await s.back();
        await waitForHeading(s, triggerHeading);
        expect(await checkedValues(s, t.name)).toEqual([t.value]);

        // The browser's Forward can't get past it: the crisis screen again, or still the
        // trigger screen (engines differ in whether Forward is offered at all).
        await s.forward();
        await waitUntil(
          s,
          'the crisis or the trigger screen',
          (crisis: string, h: string) =>
            !!document.querySelector(crisis) ||
            document.getElementById('step-heading')?.textContent?.trim() === h,
          [CRISIS, triggerHeading],
        );
        if (await onCrisis(s)) {
          await expectCrisisScreen(s);
          await click(s, `${CRISIS} [data-action="back"]`);
          await waitForHeading(s, triggerHeading);
        }
        expect(await laterDrawn(s, t.name)).toEqual([]);

        // A safe answer continues to the next question, not the crisis screen.
        await choose(s, t.name, t.safe);
        await submit(s);
        expect(await onCrisis(s)).toBe(false);
        expect(await heading(s)).not.toBe(triggerHeading);

        await expectOnlyOwnOrigin(s, server(), expect);
        expect(await pageErrors(s)).toEqual([]);
      } finally {
        await s.close();
      }
    });
  });
});
