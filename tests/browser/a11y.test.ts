/**
 * WCAG 2.2 AA on every distinct screen, at a phone and a desktop size, in each engine: axe
 * reports nothing; no target is under 44×44 CSS px (links inline in a sentence excepted, see
 * targets.ts); every step change moves focus to the h1 and keeps the one neutral title; a live
 * region exists from the first render; the error summary takes focus, titles the page
 * "Error: …" and its links focus their fields; the counter reads "Question N of (about) M".
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { es } from '../../src/i18n/es';
import { EVERY_SCREEN, vignette } from './fixtures';
import { click, SIZES, waitUntil, type EngineSession, type Surface } from './driver';
import { axeViolations, RECORD_LIVE_REGION_AT_FIRST_RENDER, waitForHeadingFocus } from './a11y';
import { smallTargets } from './targets';
import { expectOnlyOwnOrigin, forEngines, openApp, pageErrors, useAppServer } from './harness';
import {
  afterPaint,
  answerScreen,
  completeWith,
  hasOutcome,
  heading,
  outcome,
  shownQuestions,
  submit,
  SUBMIT,
} from './walk';

/** axe and target sizes on the screen as it is now; failures are soft, labelled by screen. */
async function checkScreen(s: Surface, label: string): Promise<void> {
  expect.soft(await axeViolations(s), `axe on ${label}`).toEqual([]);
  expect.soft(await smallTargets(s), `targets under 44px on ${label}`).toEqual([]);
}

const title = (s: Surface): Promise<string> => s.run(() => document.title);

/**
 * Runs `act` (which should change the step) and checks what every step change must do: focus
 * on the new screen's h1, and the one neutral document.title (never the question or the level:
 * History and "Recently closed" keep titles; the h1 says where the person is).
 */
async function stepChange(s: Surface, label: string, act: () => Promise<void>): Promise<void> {
  const before = await heading(s);
  await act();
  await waitUntil(
    s,
    `a new screen after ${label}`,
    (h: string) =>
      !document.querySelector('[aria-busy="true"]') &&
      document.getElementById('step-heading')?.textContent?.trim() !== h,
    [before],
    15_000,
  );
  expect.soft(await waitForHeadingFocus(s), `focus on the h1 after ${label}`).toBe(true);
  await afterPaint(s);
  expect
    .soft([en.app.title, es.app.title], `the neutral title after ${label}`)
    .toContain(await title(s));
}

/** Continue with nothing chosen, then everything the error summary must do. */
async function checkErrorSummary(s: Surface, label: string): Promise<void> {
  const cleanTitle = await title(s);
  await click(s, SUBMIT);
  await waitUntil(s, 'the error summary', () => !!document.querySelector('.error-summary'), []);
  const focused = await waitUntil(
    s,
    'focus on the error summary',
    () => document.activeElement?.classList.contains('error-summary'),
    [],
    2000,
  ).then(
    () => true,
    () => false,
  );
  expect.soft(focused, `the error summary has focus on ${label}`).toBe(true);
  await afterPaint(s);
  expect.soft(await title(s), `title on ${label}`).toBe(`Error: ${cleanTitle}`);
  await checkScreen(s, `${label} (error summary)`);

  const hrefs = await s.run(() =>
    [...document.querySelectorAll('.error-summary a')].map((a) => a.getAttribute('href') ?? ''),
  );
  expect(hrefs.length).toBeGreaterThan(0);
  for (const [i, href] of hrefs.entries()) {
    expect(href).toMatch(/^#./);
    await s.clickOn((n: number) => document.querySelectorAll('.error-summary a')[n] ?? null, i);
    // The field it focuses is an input of the question the error is about.
    const active = await s.run(() => [document.activeElement?.id, document.activeElement?.tagName]);
    expect.soft(active, `summary link ${href} focuses its field`).toEqual([href.slice(1), 'INPUT']);
  }
}

/** Walks EVERY_SCREEN from the start to the result, checking each screen on the way. */
async function walkEveryScreen(s: Surface, size: string): Promise<void> {
  expect(
    await s.run(() => (window as { __liveAtFirstRender?: boolean }).__liveAtFirstRender),
    'a live region at the first render',
  ).toBe(true);
  await checkScreen(s, `start ${size}`);
  await stepChange(s, 'Start', () => click(s, SUBMIT));

  const namesShown = new Set<string>();
  let erroredOnce = false;
  let n = 0;
  for (let i = 0; i < 40 && !(await hasOutcome(s)); i++) {
    const names = await shownQuestions(s);
    const label = names.length ? `${names.join('+')} ${size}` : `review ${size}`;
    if (names.length) {
      n += 1;
      const counter = await s.run(
        () => document.querySelector('.step__counter')?.textContent?.trim() ?? '',
      );
      expect
        .soft(counter, `counter on ${label}`)
        .toMatch(new RegExp(`^Question ${n} of (about )?\\d+$`));
    } else {
      expect(await s.run(() => document.querySelectorAll('.summary-list').length)).toBe(1);
    }
    await checkScreen(s, label);
    if (!erroredOnce && names.length > 1) {
      // The first screen with two questions: the error summary with more than one error.
      erroredOnce = true;
      await checkErrorSummary(s, label);
    }
    await answerScreen(s, EVERY_SCREEN);
    const after = await shownQuestions(s);
    after.forEach((name) => namesShown.add(name));
    if (after.length > names.length) await checkScreen(s, `${after.join('+')} ${size}`);
    await stepChange(s, `Continue on ${label}`, () => click(s, SUBMIT));
  }
  expect(erroredOnce).toBe(true);
  // Every question of the contract was on some screen of this walk.
  expect([...namesShown].sort()).toHaveLength(30);
  expect((await outcome(s)).urgency).toBe('today');
  expect(await s.run(() => !!document.getElementById('crisis-resources-title'))).toBe(true);
  await checkScreen(s, `result (today, crisis resources) ${size}`);
}

forEngines((engine) => {
  const server = useAppServer();

  /** A result reached by a whole walk (answers live in memory: the person's way is the only way). */
  async function checkResult(
    viewport: (typeof SIZES)[number][1],
    id: string,
    label: string,
    query = '',
  ): Promise<Awaited<ReturnType<typeof outcome>>> {
    const s = await openApp(engine(), server(), viewport, { query });
    try {
      await submit(s);
      await completeWith(s, vignette(id).answers);
      const got = await outcome(s);
      await checkScreen(s, label);
      expect(await pageErrors(s)).toEqual([]);
      return got;
    } finally {
      await s.close();
    }
  }

  describe.each(SIZES)('%s', (size, viewport) => {
    it('every screen of a full walk, the error summary, review and an urgent result', async () => {
      const s = await openApp(engine(), server(), viewport, {
        initScripts: [RECORD_LIVE_REGION_AT_FIRST_RENDER],
      });
      try {
        await walkEveryScreen(s, size);
        expect(await pageErrors(s)).toEqual([]);
        await expectOnlyOwnOrigin(s, server(), expect);
      } finally {
        await s.close();
      }
    });

    it('result variants: "soon", one with an alternative, residential', async () => {
      const soon = await checkResult(viewport, 'mild-weekend-drinker', `result soon ${size}`);
      expect(soon.urgency).toBe('soon');
      const alt = await checkResult(viewport, 'severe-works-alt-iop', `result alt ${size}`);
      expect(alt).toMatchObject({ level: 'php', urgency: 'soon' });
      const inpatient = await checkResult(
        viewport,
        'seizure-history-daily-drinker',
        `result residential ${size}`,
      );
      expect(inpatient).toMatchObject({ level: 'residential', asam: '3.7' });
    });

    it('the crisis screen, and back to the question', async () => {
      const s: EngineSession = await openApp(engine(), server(), viewport);
      try {
        const answers = vignette('overdose-now').answers;
        await stepChange(s, 'Start', () => click(s, SUBMIT));
        await answerScreen(s, answers); // respondent
        await stepChange(s, 'Continue', () => click(s, SUBMIT));
        await answerScreen(s, answers); // age
        await stepChange(s, 'Continue', () => click(s, SUBMIT));
        await answerScreen(s, answers); // danger: yes
        await stepChange(s, 'Continue to crisis', () => click(s, SUBMIT));
        expect((await outcome(s)).level).toBe('emergency');
        await checkScreen(s, `crisis ${size}`);
        // And back to the question: a step change like any other.
        await stepChange(s, 'Change my answer', () =>
          click(s, '[data-level="emergency"] [data-action="back"]'),
        );
        expect(
          await s.run(
            () => !!document.querySelector('main input[name="safety.emergencyNow"]:checked'),
          ),
        ).toBe(true);
        expect(await pageErrors(s)).toEqual([]);
        // Control: axe does run in this engine (an image without a text alternative is found).
        await s.run(() => document.querySelector('main')!.append(document.createElement('img')));
        expect((await axeViolations(s)).map((v) => v.split(' ')[0])).toEqual(['image-alt']);
      } finally {
        await s.close();
      }
    });

    it('Spanish: start and result', async () => {
      const s = await openApp(engine(), server(), viewport, { query: 'lang=es' });
      try {
        expect(await s.run(() => document.documentElement.lang)).toBe('es');
        await checkScreen(s, `start es ${size}`);
      } finally {
        await s.close();
      }
      const got = await checkResult(
        viewport,
        'past-week-suicidal-thoughts-moderate',
        `result es ${size}`,
        'lang=es',
      );
      expect(got).toMatchObject({ level: 'php', urgency: 'today' });
    });
  });
});
