/**
 * The county's languages in each engine (issue 18, languages spec §5, §7): the 21 public
 * vignettes through the UI in Vietnamese (left to right) and Farsi (right to left) with the
 * expected outcome and `<html lang dir>` right on every screen; and the language menu by
 * keyboard alone, keeping the step, with the direction following.
 */
import { describe, expect, it } from 'vitest';
import { vi as viWords } from '../../src/i18n/vi';
import { fa as faWords } from '../../src/i18n/fa';
import { en } from '../../src/i18n/en';
import { VIGNETTES } from './fixtures';
import { PHONE, type Surface } from './driver';
import { forEngines, openApp, pageErrors, useAppServer } from './harness';
import { completeWith, heading, outcome, submit, waitForHeading } from './walk';

const LANGS = [
  ['vi', 'ltr', viWords],
  ['fa', 'rtl', faWords],
] as const;

const htmlLangDir = (s: Surface) =>
  s.run(() => `${document.documentElement.lang} ${document.documentElement.dir}`);

forEngines((engine) => {
  const server = useAppServer();

  describe.each(LANGS)('%s (%s)', (lang, dir, words) => {
    // A few at a time: each walk waits on the browser far more than it uses the CPU.
    describe.concurrent('the 21 public vignettes through the UI', () => {
      it.for(VIGNETTES)('$id', async (v) => {
        const s = await openApp(engine(), server(), PHONE, { query: `lang=${lang}` });
        try {
          expect(await heading(s)).toBe(words.start.heading);
          const wrong: string[] = [];
          const check = async (label: string) => {
            const got = await htmlLangDir(s);
            if (got !== `${lang} ${dir}`) wrong.push(`${label}: ${got}`);
          };
          await check('start');
          await submit(s);
          await completeWith(s, v.answers, check);
          await check('outcome');
          const got = await outcome(s);
          expect(got).toEqual(
            v.expect.level === 'emergency'
              ? { level: 'emergency', asam: null, urgency: 'emergency' }
              : { level: v.expect.level, asam: v.expect.asamLevel, urgency: v.expect.urgency },
          );
          expect(wrong).toEqual([]);
          expect(await pageErrors(s)).toEqual([]);
        } finally {
          await s.close();
        }
      });
    });
  });

  it('the language menu by keyboard: Vietnamese, then Farsi right to left, the step kept', async () => {
    const s = await openApp(engine(), server(), PHONE);
    try {
      await submit(s); // the first question, in English
      await waitForHeading(s, en.questions.respondent.label.you);
      await s.run(() =>
        document.querySelector<HTMLElement>('[data-lang-menu] button[aria-expanded]')!.focus(),
      );
      await s.press('Enter');
      for (let i = 0; i < 3; i++) await s.press('ArrowDown'); // English, Español, Tiếng Việt
      expect(await s.run(() => document.activeElement?.getAttribute('lang'))).toBe('vi');
      await s.press('Enter');
      await waitForHeading(s, viWords.questions.respondent.label.you);
      expect(await htmlLangDir(s)).toBe('vi ltr');

      await s.run(() =>
        document.querySelector<HTMLElement>('[data-lang-menu] button[aria-expanded]')!.focus(),
      );
      await s.press('Enter');
      await s.press('ArrowUp'); // from the toggle, up goes to the last language (Arabic)
      await s.press('ArrowUp');
      expect(await s.run(() => document.activeElement?.getAttribute('lang'))).toBe('fa');
      await s.press('Enter');
      await waitForHeading(s, faWords.questions.respondent.label.you);
      expect(await htmlLangDir(s)).toBe('fa rtl');
      expect(await pageErrors(s)).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
