/**
 * WCAG 2.2 AA 1.4.10 Reflow and 1.4.12 Text Spacing, in English and Spanish (whose words run
 * longer), in each engine: at 320 CSS px wide (a desktop zoomed to 400%), every screen of a full
 * walk, the result and the crisis screen scroll only up and down, nothing is pushed off the
 * side, and the same holds with the text spacing a reader's own stylesheet may set (line height
 * 1.5, spacing after paragraphs 2em, letters 0.12em, words 0.16em).
 */
import { describe, expect, it } from 'vitest';
import { waitUntil, type Surface } from './driver';
import { EVERY_SCREEN, vignette } from './fixtures';
import { forEngines, openApp, pageErrors, useAppServer } from './harness';
import { answerScreen, hasOutcome, heading, submit } from './walk';

const NARROW = { width: 320, height: 640 };

/**
 * The WCAG 1.4.12 spacing, as a reader's stylesheet: a constructed sheet adopted by the
 * document (the CSSOM, which the page's CSP lets in as it lets in a user's extension).
 */
const TEXT_SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
  word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }`;

async function addTextSpacing(s: Surface): Promise<void> {
  await s.run((css: string) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }, TEXT_SPACING);
  // The sheet applies (a sheet that did not would make the test pass vacuously).
  const letters = await s.run(() => getComputedStyle(document.body).letterSpacing);
  expect(parseFloat(letters)).toBeGreaterThan(1);
}

/** What sticks out sideways on the screen as it is now: the page's own scroll, and elements. */
async function sideways(s: Surface): Promise<string[]> {
  await waitUntil(s, 'the whole screen', () => !document.querySelector('[aria-busy="true"]'), []);
  return s.run(() => {
    const root = document.documentElement;
    const out: string[] = [];
    if (root.scrollWidth > root.clientWidth)
      out.push(`the page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth} px`);
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      if (el.closest('.visually-hidden')) continue; // one pixel, by design
      const box = el.getBoundingClientRect();
      if (box.width === 0) continue;
      if (box.left < -0.5 || box.right > root.clientWidth + 0.5)
        out.push(`${el.tagName.toLowerCase()}.${el.className}: ${box.left}–${box.right} px`);
    }
    return out;
  });
}

forEngines((engine) => {
  const server = useAppServer();

  describe.each([
    ['English', 'en'],
    ['Spanish', 'es'],
  ] as const)('%s at 320 CSS px', (_name, lang) => {
    it.each([
      ['as the app sets it', false],
      ['with a reader’s text spacing', true],
    ] as const)('every screen of a full walk, and the result, reflow %s', async (_how, spacing) => {
      const s = await openApp(engine(), server(), NARROW, { query: `lang=${lang}` });
      try {
        if (spacing) await addTextSpacing(s);
        const check = async () => {
          expect.soft(await sideways(s), `"${await heading(s)}"`).toEqual([]);
        };
        await check();
        await submit(s);
        let screens = 0;
        for (let i = 0; i < 40 && !(await hasOutcome(s)); i++) {
          await check();
          screens++;
          await answerScreen(s, EVERY_SCREEN);
          await submit(s);
        }
        await check(); // the result, with the 988 card
        expect(screens).toBeGreaterThanOrEqual(20); // every question screen and the review
        expect(await pageErrors(s)).toEqual([]);
      } finally {
        await s.close();
      }
    });

    it('the crisis screen reflows with a reader’s text spacing', async () => {
      const s = await openApp(engine(), server(), NARROW, { query: `lang=${lang}` });
      try {
        await addTextSpacing(s);
        await submit(s);
        const answers = vignette('overdose-now').answers;
        for (let i = 0; i < 3; i++) {
          await answerScreen(s, answers);
          await submit(s);
        }
        expect(await s.run(() => !!document.querySelector('[data-level="emergency"]'))).toBe(true);
        expect(await sideways(s)).toEqual([]);
      } finally {
        await s.close();
      }
    });
  });
});
