/**
 * axe-core with zero violations (WCAG 2.2 AA tags) on every screen in each engine: the start,
 * every question screen with its conditional questions, the error summary, the review, an
 * urgent result and the crisis screen.
 */
import { describe, expect, it } from 'vitest';
import { EVERY_SCREEN, vignette } from './fixtures';
import { click, SIZES, waitUntil } from './driver';
import { axeViolations } from './a11y';
import { openApp, pageErrors, useAppServer, forEngines } from './harness';
import {
  answerScreen,
  completeWith,
  hasOutcome,
  heading,
  shownQuestions,
  submit,
  SUBMIT,
} from './walk';

forEngines((engine) => {
  const server = useAppServer();
  describe.each(SIZES)('%s: axe', (_size, viewport) => {
    it('every screen of a whole walk, the error summary and an urgent result', async () => {
      const s = await openApp(engine(), server(), viewport);
      const found: Record<string, string[]> = {};
      const check = async (label: string) => {
        const v = await axeViolations(s);
        if (v.length) found[label] = v;
      };
      try {
        await check('start');
        await submit(s);
        let errorShown = false;
        for (let i = 0; i < 40 && !(await hasOutcome(s)); i++) {
          const label = await heading(s);
          await check(label);
          if (!errorShown && (await shownQuestions(s)).length) {
            errorShown = true;
            await click(s, SUBMIT);
            await waitUntil(
              s,
              'the error summary',
              () => !!document.querySelector('.error-summary'),
              [],
            );
            await check(`${label} with the error summary`);
          }
          await answerScreen(s, EVERY_SCREEN);
          await check(`${label} answered`);
          await submit(s);
        }
        await check('the result');
        expect(found).toEqual({});
        expect(await pageErrors(s)).toEqual([]);
      } finally {
        await s.close();
      }
    });

    it('the crisis screen', async () => {
      const s = await openApp(engine(), server(), viewport);
      try {
        await submit(s);
        await completeWith(s, vignette('overdose-now').answers);
        expect(await s.run(() => !!document.querySelector('[data-level="emergency"]'))).toBe(true);
        expect(await axeViolations(s)).toEqual([]);
        // Control: axe does run in this engine (an image without a text alternative is found).
        await s.run(() => document.querySelector('main')!.append(document.createElement('img')));
        expect((await axeViolations(s)).map((v) => v.split(' ')[0])).toEqual(['image-alt']);
      } finally {
        await s.close();
      }
    });
  });
});
