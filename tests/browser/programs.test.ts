/**
 * The center's programs on the result, on two builds: the default configuration (dist/) and the
 * fuller example (dist-example/, `npm run build:example`): the evening track first for an evening
 * preference, video first without transport, the adolescent track only for under-18; print shows
 * the programs, the referral and the alternative. Axe on results with programs, the referral and
 * the alternative is result-folds.test.ts's; which programs every vignette gets is the unit
 * tests' (tests/unit/programs/match.test.ts, result-programs.test.tsx), and so are the referral's
 * links; that the first load carries no program is build-chunks.test.ts's.
 */
import { expect, it } from 'vitest';
import type { Surface } from './driver';
import { useAppServer, forEngines } from './harness';
import { answersWith, EXAMPLE_DIST, vignette } from './fixtures';
import { asPrinted, visible } from './print';
import { openResult } from './results';

/** The programs at the level, in order, read through center-programs.md §3's hooks only. */
const atLevel = (s: Surface): Promise<string[]> =>
  s.run(() =>
    [...document.querySelectorAll<HTMLElement>('[data-center-programs] [data-program]')].map(
      (li) => li.dataset.program ?? '',
    ),
  );

forEngines((engine) => {
  const plain = useAppServer();
  const exampleBuild = useAppServer({ dist: EXAMPLE_DIST });

  it('default: the evening track first for an evening preference', async () => {
    const s = await openResult(engine(), plain(), vignette('moderate-stable-worker').answers);
    try {
      expect(await atLevel(s)).toEqual(['evening-iop', 'morning-iop', 'afternoon-iop']);
      const times = await s.run(() =>
        [...document.querySelectorAll('[data-center-programs] [data-program]')].map((li) =>
          li.getAttribute('data-program-times'),
        ),
      );
      expect(times).toEqual(['evening', 'morning', 'afternoon']);
    } finally {
      await s.close();
    }
  });

  it('example: the evening tracks first, then video first without transport', async () => {
    const base = vignette('moderate-stable-worker').answers;
    for (const [answers, order] of [
      [base, ['evening-iop', 'evening-iop-video', 'morning-iop']],
      [
        answersWith(base, { 'living.transport': 'no' }),
        ['evening-iop-video', 'evening-iop', 'morning-iop'],
      ],
    ] as const) {
      const s = await openResult(engine(), exampleBuild(), answers);
      try {
        expect(await atLevel(s)).toEqual(order);
      } finally {
        await s.close();
      }
    }
  });

  it('example: the adolescent track only for under-18', async () => {
    const teen = vignette('teen-cannabis').answers;
    for (const [answers, isTeen] of [
      [teen, true],
      [answersWith(teen, { 'about.age': '18-64' }), false],
    ] as const) {
      const s = await openResult(engine(), exampleBuild(), answers);
      try {
        const shown = await atLevel(s);
        if (isTeen) expect(shown).toEqual(['teen-iop']);
        else {
          expect(shown).not.toContain('teen-iop');
          expect(shown.length).toBeGreaterThan(0);
        }
      } finally {
        await s.close();
      }
    }
  });

  it('print shows the programs, the referral and the alternative', async () => {
    const answers = vignette('severe-works-alt-iop').answers;
    const programs = await openResult(engine(), exampleBuild(), answers);
    try {
      await asPrinted(programs);
      expect(await visible(programs, '[data-center-programs]')).toBe(true);
      expect(await visible(programs, '[data-alternative-programs]')).toBe(true);
    } finally {
      await programs.close();
    }
    const referral = await openResult(engine(), plain(), answers);
    try {
      await asPrinted(referral);
      expect(await visible(referral, '[data-referral]')).toBe(true);
    } finally {
      await referral.close();
    }
  });
});
