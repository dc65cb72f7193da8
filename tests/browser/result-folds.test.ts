/**
 * The shorter result of issue 19: at least 25% shorter at 390 px than before on the three
 * vignettes, in English and Spanish (Chromium only: see below); folds (<details>) closed on screen
 * and open in print (the print stylesheet alone); axe finds nothing with the folds closed or open
 * at 390 and 1280 px, on both builds. The beforeprint handler and "Questions to ask any program"
 * (eight, after the programs or the referral) are tests/unit/screens/result-length.test.tsx's.
 */
import { describe, expect, it } from 'vitest';
import { SIZES, waitUntil, type Surface } from './driver';
import { axeViolations } from './a11y';
import { smallTargets } from './targets';
import { expectOnlyOwnOrigin, forEngines, itExcept, pageErrors, useAppServer } from './harness';
import { EXAMPLE_DIST, vignette } from './fixtures';
import { asPrinted, visible } from './print';
import { openResult, pageWidth } from './results';

/** Each fold: open or not, and whether its content is drawn (a closed fold's is skipped). */
function folds(s: Surface) {
  return s.run(() =>
    [...document.querySelectorAll<HTMLDetailsElement>('details[data-fold]')].map((d) => ({
      open: d.open,
      shown: d.querySelector('.fold__body')!.checkVisibility(),
    })),
  );
}

/** Opens every closed fold by its summary, as a person would. */
async function openAll(s: Surface): Promise<void> {
  const next = () => document.querySelector('details[data-fold]:not([open]) > summary');
  while (await s.run(() => !!document.querySelector('details[data-fold]:not([open]) > summary')))
    await s.clickOn(next);
}

/**
 * The result's document height at 390 px before issue 19 (scripts/measure-result-height.ts on
 * the branch's starting point, Debian's Chromium, Noto Sans as system-ui, which .ci/run installs):
 * the result must be at most 75% of it. Measured in Chromium: another engine's text metrics
 * (Firefox draws the same font wider) give other heights for the same page, so the budget is
 * Chromium's alone; the folds and print below are checked in every engine.
 */
const OTHER_METRICS =
  "the heights before issue 19 were measured in Chromium; this engine's text metrics give other heights for the same page";

const BEFORE: Record<string, Record<'en' | 'es', number>> = {
  'moderate-stable-worker': { en: 3349, es: 3604 },
  'homeless-moderate': { en: 3154, es: 3551 },
  'severe-works-alt-iop': { en: 3855, es: 4281 },
};

forEngines((engine, name) => {
  const plain = useAppServer();
  const exampleBuild = useAppServer({ dist: EXAMPLE_DIST });

  // Not in a describe of its own: a block with every test excepted is an error to vitest.
  for (const lang of ['en', 'es'] as const)
    for (const id of Object.keys(BEFORE))
      itExcept(name, { firefox: OTHER_METRICS, webkit: OTHER_METRICS })(
        `at least 25% shorter at 390 px (issue 19), ${lang}: ${id}`,
        async () => {
          const s = await openResult(engine(), plain(), vignette(id).answers, { lang });
          try {
            // The draft line (`[data-translation-draft]`, languages spec: every non-English
            // result while its translation is a draft) came after the bound was set: a notice
            // required of the translation, not part of the result issue 19 shortened (~144 px at
            // 390 px). Its own height is taken out, and nothing else: the bound is unchanged. It
            // loads as a chunk of its own, so wait for it where the language has one.
            if (lang !== 'en')
              await waitUntil(
                s,
                'the draft line',
                () => !!document.querySelector('[data-translation-draft]'),
                [],
              );
            const { page, draft } = await s.run(() => ({
              page: document.documentElement.scrollHeight,
              draft:
                document.querySelector('[data-translation-draft]')?.getBoundingClientRect()
                  .height ?? 0,
            }));
            expect(page - draft).toBeLessThanOrEqual(Math.floor(BEFORE[id]![lang] * 0.75));
            expect(await pageErrors(s)).toEqual([]);
          } finally {
            await s.close();
          }
        },
      );

  it('print: every fold shows its content in print media, closed on screen', async () => {
    const s = await openResult(engine(), plain(), vignette('moderate-stable-worker').answers);
    try {
      const onScreen = await folds(s);
      expect(onScreen.length).toBeGreaterThanOrEqual(3);
      expect(onScreen.every((f) => !f.open && !f.shown)).toBe(true);
      await asPrinted(s);
      // No beforeprint here: the print stylesheet alone shows them.
      expect((await folds(s)).every((f) => f.shown)).toBe(true);
      expect(await visible(s, '[data-questions-to-ask] li')).toBe(true);
    } finally {
      await s.close();
    }
  });

  const A11Y_CASES = [
    // Programs at the level.
    ['default', 'moderate-stable-worker', plain],
    // The referral, and the alternative's programs after it.
    ['default', 'severe-works-alt-iop', plain],
    // Programs at the level, and the alternative's.
    ['example', 'severe-works-alt-iop', exampleBuild],
  ] as const;

  describe.each(SIZES)('axe at %s', (size, viewport) => {
    describe.each(['en', 'es'] as const)('%s', (lang) => {
      it.each(A11Y_CASES)('%s build, %s: folds closed, then open', async (_, id, server) => {
        const s = await openResult(engine(), server(), vignette(id).answers, { lang, viewport });
        try {
          for (const state of ['closed', 'open'] as const) {
            if (state === 'open') {
              await openAll(s);
              expect((await folds(s)).every((f) => f.open && f.shown)).toBe(true);
            }
            expect.soft(await axeViolations(s), `axe, ${id}, ${state}, ${size}`).toEqual([]);
            expect.soft(await smallTargets(s), `targets, ${id}, ${state}, ${size}`).toEqual([]);
            expect(await pageWidth(s)).toBeLessThanOrEqual(viewport.width);
          }
          await expectOnlyOwnOrigin(s, server(), expect);
          expect(await pageErrors(s)).toEqual([]);
        } finally {
          await s.close();
        }
      });
    });
  });
});
