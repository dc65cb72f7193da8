/**
 * WCAG 2.2 AA on every distinct screen, at a phone and a desktop size: axe reports nothing;
 * every step change moves focus to the h1 and keeps the one neutral title; a live region
 * exists from the first render; targets are at least 44×44 CSS px; the error summary takes focus, titles
 * the page "Error: …" and its links focus their fields; "Question N" has no total.
 *
 * Target sizes: links inline in a sentence are excluded (see smallTargets); the wizard has
 * none in paragraphs today, so in practice every link and button is measured.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, PHONE } from './browser';
import { answerScreen } from './drive';
import { en } from '../../src/i18n/en';
import { es } from '../../src/i18n/es';
import {
  axeViolations,
  RECORD_LIVE_REGION_AT_FIRST_RENDER,
  smallTargets,
  waitForHeadingFocus,
} from './a11y-checks';
import {
  afterPaint,
  begin,
  EVERY_SCREEN,
  headingText,
  openSession,
  outcome,
  openAt,
  shownQuestions,
  startSuite,
  vignette,
  type Suite,
} from './harness';

let suite: Suite;
beforeAll(async () => {
  suite = await startSuite();
});
afterAll(async () => {
  await suite?.close();
});

/** axe and target sizes on the screen as it is now; failures are soft, labelled by screen. */
async function checkScreen(page: Page, label: string): Promise<void> {
  expect.soft(await axeViolations(page), `axe on ${label}`).toEqual([]);
  expect.soft(await smallTargets(page), `targets under 44px on ${label}`).toEqual([]);
}

/**
 * Runs `act` (which should change the step) and checks what every step change must do: focus
 * on the new screen's h1, and the one neutral document.title (never the question or the level:
 * History and "Recently closed" keep titles; the h1 says where the person is).
 */
async function stepChange(page: Page, label: string, act: () => Promise<void>): Promise<void> {
  const heading = await headingText(page);
  await act();
  await page.waitForFunction(
    (h: string) => document.getElementById('step-heading')?.textContent?.trim() !== h,
    heading,
    { timeout: 5000 },
  );
  expect.soft(await waitForHeadingFocus(page), `focus on the h1 after ${label}`).toBe(true);
  await afterPaint(page);
  expect
    .soft([en.app.title, es.app.title], `the neutral title after ${label}`)
    .toContain(await page.title());
}

const submitButton = 'main form button[type="submit"]';

/** Continue with nothing chosen, then everything the error summary must do. */
async function checkErrorSummary(page: Page, label: string): Promise<void> {
  const cleanTitle = await page.title();
  await page.click(submitButton);
  const summary = page.locator('.error-summary');
  await summary.waitFor();
  const focused = await page
    .waitForFunction(() => document.activeElement?.classList.contains('error-summary'), undefined, {
      timeout: 2000,
    })
    .then(
      () => true,
      () => false,
    );
  expect.soft(focused, `the error summary has focus on ${label}`).toBe(true);
  await afterPaint(page);
  expect.soft(await page.title(), `title on ${label}`).toMatch(/^Error: /);
  expect.soft((await page.title()).slice('Error: '.length)).toBe(cleanTitle);
  await checkScreen(page, `${label} (error summary)`);

  const links = summary.locator('a');
  const count = await links.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const href = (await links.nth(i).getAttribute('href')) ?? '';
    expect(href).toMatch(/^#./);
    await links.nth(i).click();
    const target = href.slice(1);
    const activeId = await page.evaluate(() => document.activeElement?.id);
    expect.soft(activeId, `summary link ${href} focuses its field`).toBe(target);
    // The field it focuses is an input of the question the error is about.
    expect
      .soft(
        await page.evaluate((id) => document.getElementById(id)?.tagName, target),
        `${href} is an input`,
      )
      .toBe('INPUT');
  }
}

/** Walks EVERY_SCREEN from the start to the result, checking each screen on the way. */
async function walkEveryScreen(page: Page, size: string): Promise<void> {
  expect(
    await page.evaluate(() => (window as { __liveAtFirstRender?: boolean }).__liveAtFirstRender),
  ).toBe(true);
  await checkScreen(page, `start ${size}`);
  await stepChange(page, 'Start', () => page.click(submitButton));

  const namesShown = new Set<string>();
  let erroredOnce = false;
  let n = 0;
  for (let i = 0; i < 40 && !(await page.locator('[data-level]').count()); i++) {
    const names = await shownQuestions(page);
    const label = names.length ? `${names.join('+')} ${size}` : `review ${size}`;
    if (names.length) {
      n += 1;
      const counter = ((await page.locator('.step__counter').textContent()) ?? '').trim();
      expect
        .soft(counter, `counter on ${label}`)
        .toMatch(new RegExp(`^Question ${n} of (about )?\\d+$`));
    } else {
      expect(await page.locator('.summary-list').count(), 'the review screen').toBe(1);
    }
    await checkScreen(page, label);
    if (!erroredOnce && names.length > 1) {
      // The first screen with two questions: the error summary with more than one error.
      erroredOnce = true;
      await checkErrorSummary(page, label);
    }
    await answerScreen(page, EVERY_SCREEN);
    const after = await shownQuestions(page);
    after.forEach((name) => namesShown.add(name));
    if (after.length > names.length) await checkScreen(page, `${after.join('+')} ${size}`);
    await stepChange(page, `Continue on ${label}`, () => page.click(submitButton));
  }
  expect(erroredOnce).toBe(true);
  // Every question of the contract was on some screen of this walk.
  expect([...namesShown].sort()).toHaveLength(30);

  const result = await outcome(page);
  expect(result.urgency).toBe('today');
  expect(await page.locator('#crisis-resources-title').count(), 'crisis-resources card').toBe(1);
  await checkScreen(page, `result (today, crisis resources) ${size}`);
}

/** A result reached through a seeded review screen (the way there is tested elsewhere). */
async function checkSeededResult(
  viewport: { width: number; height: number },
  id: string,
  label: string,
  query = '',
): Promise<Awaited<ReturnType<typeof outcome>>> {
  const session = await openAt(suite, vignette(id).answers, 'review', {
    viewport,
    query,
  });
  try {
    const { page } = session;
    expect(await page.locator('.summary-list').count(), 'seeded review').toBe(1);
    await stepChange(page, `confirm (${label})`, () => page.click(submitButton));
    const got = await outcome(page);
    await checkScreen(page, label);
    expect(session.errors).toEqual([]);
    return got;
  } finally {
    await session.close();
  }
}

describe.each([
  ['phone 390x844', PHONE],
  ['desktop 1280x800', DESKTOP],
] as const)('%s', (size, viewport) => {
  it('every screen of a full walk, the error summary, review and an urgent result', async () => {
    const session = await openSession(suite, {
      viewport,
      initScripts: [RECORD_LIVE_REGION_AT_FIRST_RENDER],
    });
    try {
      await walkEveryScreen(session.page, size);
      expect(session.errors).toEqual([]);
      expect(session.foreign).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('result variants: "soon", and one with an alternative', async () => {
    const soon = await checkSeededResult(viewport, 'mild-weekend-drinker', `result soon ${size}`);
    expect(soon.urgency).toBe('soon');
    const alt = await checkSeededResult(viewport, 'severe-works-alt-iop', `result alt ${size}`);
    expect(alt).toMatchObject({ level: 'php', urgency: 'soon' });
    const inpatient = await checkSeededResult(
      viewport,
      'seizure-history-daily-drinker',
      `result residential ${size}`,
    );
    expect(inpatient).toMatchObject({ level: 'residential', asam: '3.7' });
  });

  it('the crisis screen', async () => {
    const session = await openSession(suite, { viewport });
    try {
      const { page } = session;
      await begin(page);
      const answers = vignette('overdose-now').answers;
      await answerScreen(page, answers); // respondent
      await stepChange(page, 'Continue', () => page.click(submitButton));
      await answerScreen(page, answers); // age
      await stepChange(page, 'Continue', () => page.click(submitButton));
      await answerScreen(page, answers); // danger: yes
      await stepChange(page, 'Continue to crisis', () => page.click(submitButton));
      expect((await outcome(page)).level).toBe('emergency');
      await checkScreen(page, `crisis ${size}`);
      // And back to the question: a step change like any other.
      await stepChange(page, 'Change my answer', () =>
        page.click('[data-level="emergency"] [data-action="back"]'),
      );
      expect(await page.locator('main input[name="safety.emergencyNow"]:checked').count()).toBe(1);
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('Spanish: start and result', async () => {
    const session = await openSession(suite, { viewport, query: 'lang=es' });
    try {
      const { page } = session;
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
      await checkScreen(page, `start es ${size}`);
    } finally {
      await session.close();
    }
    const got = await checkSeededResult(
      viewport,
      'past-week-suicidal-thoughts-moderate',
      `result es ${size}`,
      'lang=es',
    );
    expect(got).toMatchObject({ level: 'php', urgency: 'today' });
  });
});
