/**
 * Spanish in each engine (?lang=es): no English left on any screen of a whole walk (visible
 * text, the tab title, aria-label, title, alt, placeholder), nor on the crisis screen;
 * <html lang="es"> throughout.
 */
import { describe, expect, it } from 'vitest';
import { es } from '../../src/i18n/es';
import { answersWith, EVERY_SCREEN, vignette } from './fixtures';
import { ENGLISH_ONLY, wordsFound, type Piece } from '../e2e/language-words';
import { SIZES, type EngineSession } from './driver';
import { openApp, pageErrors, useAppServer, forEngines } from './harness';
import {
  afterPaint,
  answerScreen,
  completeWith,
  hasOutcome,
  heading,
  outcome,
  submit,
} from './walk';

async function english(s: EngineSession): Promise<string[]> {
  await afterPaint(s); // the title is set once the page is idle
  const pieces: Piece[] = await s.run(() => {
    const out = [
      { where: 'text', text: document.body.innerText },
      { where: 'document.title', text: document.title },
      { where: '<html lang>', text: document.documentElement.lang === 'es' ? '' : 'English' },
    ];
    for (const attr of ['aria-label', 'title', 'alt', 'placeholder'])
      for (const el of document.querySelectorAll(`[${attr}]`))
        out.push({ where: `<${el.tagName.toLowerCase()} ${attr}>`, text: el.getAttribute(attr)! });
    return out;
  });
  return wordsFound(pieces, ENGLISH_ONLY);
}

forEngines((engine) => {
  const server = useAppServer();
  describe.each(SIZES)('%s: Spanish', (_size, viewport) => {
    it('no English on any screen: start, every question, review, an urgent result', async () => {
      const s = await openApp(engine(), server(), viewport, { query: 'lang=es' });
      const found: Record<string, string[]> = {};
      const check = async (label: string) => {
        const words = await english(s);
        if (words.length) found[label] = words;
      };
      try {
        expect(await heading(s)).toBe(es.start.heading);
        await check('start');
        await submit(s);
        for (let i = 0; i < 40 && !(await hasOutcome(s)); i++) {
          const label = await heading(s);
          await answerScreen(s, EVERY_SCREEN);
          await check(label);
          await submit(s);
        }
        expect((await outcome(s)).urgency).toBe('today');
        await check('the result');
        expect(found).toEqual({});
        expect(await pageErrors(s)).toEqual([]);
      } finally {
        await s.close();
      }
    });

    it('no English on the crisis screen', async () => {
      const s = await openApp(engine(), server(), viewport, { query: 'lang=es' });
      try {
        await submit(s);
        const answers = vignette('moderate-stable-worker').answers;
        await completeWith(s, answersWith(answers, { 'safety.emergencyNow': 'yes' }));
        expect(await heading(s)).toBe(es.crisis.heading);
        expect(await english(s)).toEqual([]);
      } finally {
        await s.close();
      }
    });
  });
});
