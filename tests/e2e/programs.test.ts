/**
 * The center's programs on the result, in Chromium, on two builds: the default configuration
 * (dist/) and the fuller example (dist-example/, `npm run build:example`). Every public vignette
 * shows the programs or the referral as src/programs/match.ts orders them; the evening track
 * first for an evening preference, video first without transport, the adolescent track only
 * for under-18; axe finds nothing on results with programs, with the alternative and with the
 * referral, in English and Spanish, at 390 and 1280 px; print shows them; and no request leaves
 * for another host (FindTreatment.gov is a link only).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { centerConfig } from '../../src/config/center';
import { centerConfig as example } from '../../examples/centers/full';
import { recommend } from '../../src/results/recommend';
import { factsFromAnswers, programsForResult, type CenterPrograms } from '../../src/programs/match';
import { DESKTOP, PHONE } from './browser';
import { axeViolations, drawn, smallTargets } from './a11y-checks';
import {
  answersWith,
  begin,
  DIST,
  EXAMPLE_DIST,
  headingText,
  openSession,
  outcome,
  openAt,
  startSuite,
  vignette,
  VIGNETTES,
  waitForNewStep,
  type Suite,
} from './harness';
import { completeWith, type AnswerSet } from './drive';

let defaultSuite: Suite;
let exampleSuite: Suite;
beforeAll(async () => {
  defaultSuite = await startSuite();
  exampleSuite = await startSuite({ dist: EXAMPLE_DIST });
});
afterAll(async () => {
  await defaultSuite?.close();
  await exampleSuite?.close();
});

interface Shown {
  readonly level: string | null;
  readonly atLevel: string[];
  readonly referral: boolean;
  readonly alternative: string[];
}

/** What the result shows, read through the DOM hooks of center-programs.md §3 only. */
async function shownPrograms(page: Page): Promise<Shown> {
  await drawn(page);
  return page.evaluate(() => {
    const ids = (selector: string) =>
      [...document.querySelectorAll<HTMLElement>(selector)].map((li) => li.dataset.program ?? '');
    return {
      level: document.querySelector('[data-level]')?.getAttribute('data-level') ?? null,
      atLevel: ids('[data-center-programs] [data-program]'),
      referral: document.querySelector('[data-referral]') !== null,
      alternative: ids('[data-alternative-programs] [data-program]'),
    };
  });
}

/** What src/programs/match.ts says the result should show. */
function expected(answers: AnswerSet, programs: CenterPrograms, lang: 'en' | 'es'): Shown {
  const result = recommend(answers);
  const part = programsForResult(programs.programs, result, factsFromAnswers(answers, lang));
  const ids = (list: readonly { program: { id: string } }[] = []) => list.map((m) => m.program.id);
  return {
    level: result.level,
    atLevel: part?.main.kind === 'programs' ? ids(part.main.programs) : [],
    referral: part?.main.kind === 'referral',
    alternative: ids(part?.alternative?.programs),
  };
}

/** Opens a result through a seeded review (the way there is tested elsewhere). */
async function openResult(
  suite: Suite,
  answers: AnswerSet,
  { lang = 'en', viewport = PHONE }: { lang?: 'en' | 'es'; viewport?: typeof PHONE } = {},
) {
  const session = await openAt(suite, answers, 'review', {
    viewport,
    query: lang === 'es' ? 'lang=es' : '',
  });
  const before = await headingText(session.page);
  await session.page.click('main form button[type="submit"]');
  await waitForNewStep(session.page, before);
  await outcome(session.page);
  return session;
}

/** Answers every screen through the UI, to the result or the crisis screen. */
async function walkTo(suite: Suite, answers: AnswerSet) {
  const session = await openSession(suite);
  await begin(session.page);
  await completeWith(session.page, answers);
  await outcome(session.page);
  return session;
}

const CONFIGS = [
  ['default', () => defaultSuite, centerConfig],
  ['example', () => exampleSuite, example],
] as const;

describe.each(CONFIGS)('%s configuration', (_, suite, config) => {
  describe.concurrent('every public vignette', () => {
    it.for(VIGNETTES)('$id: the programs or the referral, as matched', async (v, { expect }) => {
      // An emergency is reached by answering (a review can't be seeded with one).
      const session =
        v.expect.level === 'emergency'
          ? await walkTo(suite(), v.answers)
          : await openResult(suite(), v.answers);
      try {
        const shown = await shownPrograms(session.page);
        if (v.expect.level === 'emergency') {
          expect(shown).toEqual({
            level: 'emergency',
            atLevel: [],
            referral: false,
            alternative: [],
          });
        } else {
          expect(shown).toEqual(expected(v.answers, config, 'en'));
          expect(shown.atLevel.length > 0 || shown.referral).toBe(true);
        }
        expect(session.foreign).toEqual([]);
        expect(session.errors).toEqual([]);
      } finally {
        await session.close();
      }
    });
  });
});

describe('the order on the page', () => {
  it('default: the evening track first for an evening preference', async () => {
    const session = await openResult(defaultSuite, vignette('moderate-stable-worker').answers);
    try {
      const shown = await shownPrograms(session.page);
      expect(shown.atLevel).toEqual(['evening-iop', 'morning-iop', 'afternoon-iop']);
      const times = await session.page
        .locator('[data-center-programs] [data-program]')
        .evaluateAll((items) => items.map((li) => li.getAttribute('data-program-times')));
      expect(times).toEqual(['evening', 'morning', 'afternoon']);
    } finally {
      await session.close();
    }
  });

  it('example: the evening tracks first, then video first without transport', async () => {
    const base = vignette('moderate-stable-worker').answers;
    const withCar = await openResult(exampleSuite, base);
    const noCar = await openResult(exampleSuite, answersWith(base, { 'living.transport': 'no' }));
    try {
      expect((await shownPrograms(withCar.page)).atLevel).toEqual([
        'evening-iop',
        'evening-iop-video',
        'morning-iop',
      ]);
      expect((await shownPrograms(noCar.page)).atLevel).toEqual([
        'evening-iop-video',
        'evening-iop',
        'morning-iop',
      ]);
    } finally {
      await withCar.close();
      await noCar.close();
    }
  });

  it('example: the adolescent track only for under-18', async () => {
    const teen = await openResult(exampleSuite, vignette('teen-cannabis').answers);
    const adult = await openResult(
      exampleSuite,
      answersWith(vignette('teen-cannabis').answers, { 'about.age': '18-64' }),
    );
    try {
      expect((await shownPrograms(teen.page)).atLevel).toEqual(['teen-iop']);
      expect((await shownPrograms(adult.page)).atLevel).not.toContain('teen-iop');
      expect((await shownPrograms(adult.page)).atLevel.length).toBeGreaterThan(0);
    } finally {
      await teen.close();
      await adult.close();
    }
  });
});

// Results with programs, with the alternative's programs, and with the referral (and the
// alternative after it), in both languages and both sizes.
const A11Y_CASES = [
  ['programs', () => defaultSuite, 'moderate-stable-worker', '[data-center-programs]'],
  ['referral and alternative', () => defaultSuite, 'severe-works-alt-iop', '[data-referral]'],
  [
    'programs and alternative',
    () => exampleSuite,
    'severe-works-alt-iop',
    '[data-alternative-programs]',
  ],
] as const;

describe.each([
  ['390', PHONE],
  ['1280', DESKTOP],
] as const)('%s px', (size, viewport) => {
  describe.each(['en', 'es'] as const)('%s', (lang) => {
    it.each(A11Y_CASES)('axe and targets on the result with %s', async (label, suite, id, part) => {
      const session = await openResult(suite(), vignette(id).answers, { lang, viewport });
      try {
        const { page } = session;
        await page.locator(part).waitFor();
        expect(await page.getAttribute('html', 'lang')).toBe(lang);
        expect.soft(await axeViolations(page), `axe, ${label}, ${lang}, ${size}`).toEqual([]);
        expect.soft(await smallTargets(page), `targets, ${label}, ${lang}, ${size}`).toEqual([]);
        // Nothing wider than the screen.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
          viewport.width,
        );
        expect(session.foreign).toEqual([]);
        expect(session.errors).toEqual([]);
      } finally {
        await session.close();
      }
    });
  });
});

describe('the build', () => {
  // The first load carries no program: they come with the result's lazily loaded code.
  it.each([
    ['default', DIST, 'afternoon-iop'],
    ['example', EXAMPLE_DIST, 'evening-iop-video'],
  ])('%s: the programs are in the deferred chunk, not the first load', (_, dist, id) => {
    const manifest = JSON.parse(
      readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'),
    ) as Record<string, { file: string; isEntry?: boolean; imports?: string[] }>;
    const entry = Object.entries(manifest).find(([, chunk]) => chunk.isEntry)!;
    const firstLoad = [entry[0], ...(entry[1].imports ?? [])].map((key) => manifest[key]!.file);
    for (const file of firstLoad) {
      expect(readFileSync(join(dist, file), 'utf8'), file).not.toContain(id);
    }
    const deferred = manifest['src/app/deferred.ts']!.file;
    expect(readFileSync(join(dist, deferred), 'utf8')).toContain(id);
  });
});

describe('links and print', () => {
  it('the referral: the helpline by tel:, FindTreatment.gov a link only; nothing fetched', async () => {
    const session = await openResult(defaultSuite, vignette('severe-works-alt-iop').answers);
    try {
      const { page } = session;
      const referral = page.locator('[data-referral]');
      await expect(referral.locator('a[href="tel:+18006624357"]').count()).resolves.toBe(1);
      await expect(
        referral.locator('a[href="https://findtreatment.gov/"][rel~="noreferrer"]').count(),
      ).resolves.toBe(1);
      // Nothing requested from any other host, FindTreatment.gov included, after a settle.
      await page.waitForTimeout(300);
      const foreign = await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((e) => e.name)
          .filter((url) => new URL(url).origin !== location.origin),
      );
      expect(foreign).toEqual([]);
      expect(session.foreign).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('print shows the programs, the referral and the alternative', async () => {
    const session = await openResult(exampleSuite, vignette('severe-works-alt-iop').answers);
    const referral = await openResult(defaultSuite, vignette('severe-works-alt-iop').answers);
    try {
      for (const page of [session.page, referral.page]) await page.emulateMedia({ media: 'print' });
      await expect(session.page.locator('[data-center-programs]').isVisible()).resolves.toBe(true);
      await expect(session.page.locator('[data-alternative-programs]').isVisible()).resolves.toBe(
        true,
      );
      await expect(referral.page.locator('[data-referral]').isVisible()).resolves.toBe(true);
    } finally {
      await session.close();
      await referral.close();
    }
  });
});
