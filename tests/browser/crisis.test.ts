/**
 * Contract Step 0 in each engine: each emergency trigger interrupts when its screen is
 * submitted, with 911, 988 (call and text) and the center's number; "Change my answer" and the
 * browser's Back return to the trigger screen with the answer kept.
 */
import { describe, expect, it } from 'vitest';
import type { AnswerSet } from './fixtures';
import { answersWith, DEFAULT_PHONE, vignette } from './fixtures';
import { click, SIZES, type Surface } from './driver';
import { expectOnlyOwnOrigin, openApp, pageErrors, useAppServer, forEngines } from './harness';
import { answerScreen, answerUntil, checkedValues, heading, submit, waitForHeading } from './walk';

const CRISIS = '[data-level="emergency"]';
export const CRISIS_LINKS = ['tel:911', 'tel:988', 'sms:988', `tel:${DEFAULT_PHONE}`];

interface Trigger {
  readonly title: string;
  readonly name: string;
  readonly value: string;
  readonly answers: AnswerSet;
}

const base = vignette('moderate-stable-worker').answers;
const TRIGGERS: readonly Trigger[] = [
  ['safety.emergencyNow', 'yes', {}],
  ['withdrawal.current', 'severe', {}],
  ['suicide.now', 'yes', { 'suicide.wishedDead': 'yes' }],
  ['suicide.now', 'decline', { 'suicide.betterOff': 'decline' }],
].map(([name, value, more]) => ({
  title: `${name as string} = ${value as string}`,
  name: name as string,
  value: value as string,
  answers: answersWith(base, { ...(more as object), [name as string]: value }),
}));

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
      const s = await openApp(engine(), server(), viewport);
      try {
        await submit(s);
        await answerUntil(s, t.answers, t.name);
        const triggerHeading = await heading(s);
        await answerScreen(s, t.answers);
        expect(await checkedValues(s, t.name)).toEqual([t.value]);

        // Continue on the trigger screen: the crisis screen, with all its links.
        await submit(s);
        await expectCrisisScreen(s);

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

        await expectOnlyOwnOrigin(s, server(), expect);
        expect(await pageErrors(s)).toEqual([]);
      } finally {
        await s.close();
      }
    });
  });
});

/** Every tel: and sms: link on the page, help strip included. */
const callLinks = (s: Surface): Promise<string[]> =>
  s.run(() =>
    Array.from(document.querySelectorAll('a[href^="tel:"], a[href^="sms:"]'), (a) =>
      a.getAttribute('href'),
    ),
  ) as Promise<string[]>;

// Contract v1.3 (HAZ-21): a link can't put another number or name under the center's.
forEngines((engine) => {
  const server = useAppServer();
  it("a foreign phone and center= leave the center's own number and name, start to crisis", async () => {
    const query = `phone=${encodeURIComponent('+13105550199')}&center=Trust%20SoCal%20Admissions`;
    const s = await openApp(engine(), server(), SIZES[0][1], { query });
    try {
      const expectOwn = async () => {
        const links = await callLinks(s);
        expect(links).toContain(`tel:${DEFAULT_PHONE}`);
        expect(links.filter((h) => !CRISIS_LINKS.includes(h))).toEqual([]);
        const html = await s.run(() => document.documentElement.outerHTML);
        expect(html).not.toContain('3105550199');
        expect(html).not.toContain('Trust SoCal Admissions');
      };
      await expectOwn();
      await submit(s);
      await answerUntil(s, TRIGGERS[0]!.answers, TRIGGERS[0]!.name);
      await expectOwn();
      await answerScreen(s, TRIGGERS[0]!.answers);
      await submit(s);
      await expectCrisisScreen(s);
      await expectOwn();
    } finally {
      await s.close();
    }
  });
});
