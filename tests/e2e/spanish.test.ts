/**
 * Spanish end to end (?lang=es, or a browser that prefers Spanish), at 390x844:
 *
 * - no English left on any screen of a whole assessment (every question screen, each with its
 *   error summary, the review, an urgent result) nor on the crisis screen, for someone answering
 *   for themself and for a loved one: visible text, document.title and every aria-label, title,
 *   alt and placeholder; <html lang="es"> throughout; the switch reads "English" (lang="en");
 * - the language switch keeps the answers, on the current screen and behind it;
 * - English users never download the Spanish chunk, Spanish users do;
 * - the browser's preferred language picks Spanish (es-MX) or falls back to English (fr-FR);
 * - axe is clean on the Spanish start, a question, the result and the crisis screen.
 *
 * "English" means a word of 4+ letters that the English dictionary (src/i18n/en.ts) uses and the
 * Spanish one (src/i18n/es.ts) never does, minus names that are the same in both languages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { en } from '../../src/i18n/en';
import { es } from '../../src/i18n/es';
import { ALLOWED, ENGLISH_ONLY, SPANISH_ONLY, wordsFound, type Piece } from './language-words';
import { axeViolations } from './a11y-checks';
import { openPage, PHONE } from './browser';
import { answerScreen, completeWith, submit, type AnswerSet } from './drive';
import {
  afterPaint,
  answersWith,
  appUrl,
  begin,
  checkedValues,
  DIST,
  EVERY_SCREEN,
  gotoApp,
  headingText,
  openSession,
  outcome,
  openAt,
  shownQuestions,
  startSuite,
  vignette,
  waitForNewStep,
  type Session,
  type Suite,
} from './harness';

// ---------------------------------------------------------------------------------------------
// Reading a page

/**
 * Visible text, document.title, and every aria-label, title, alt and placeholder attribute. The
 * title is set once the page is idle after a change: wait for that first.
 */
async function pageTexts(page: Page): Promise<Piece[]> {
  await afterPaint(page);
  return page.evaluate(() => {
    const out: { where: string; text: string }[] = [
      { where: 'text', text: document.body.innerText },
      { where: 'document.title', text: document.title },
    ];
    for (const attr of ['aria-label', 'title', 'alt', 'placeholder']) {
      for (const el of document.querySelectorAll(`[${attr}]`)) {
        out.push({ where: `<${el.tagName.toLowerCase()} ${attr}>`, text: el.getAttribute(attr)! });
      }
    }
    return out;
  });
}

const SUBMIT = 'main form button[type="submit"]';
/** The language menu's button (src/ui/LanguageMenu.tsx): it shows the language on screen. */
const MENU = 'header [data-lang-menu] button[aria-expanded]';
/** Opens the language menu and chooses `lang`. */
async function switchTo(page: Page, lang: 'en' | 'es'): Promise<void> {
  await page.click(MENU);
  await page.click(`header [data-lang-option="${lang}"]`);
}
const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);

/** Everything a Spanish screen must be (soft: every screen is reported, not only the first). */
async function expectSpanish(page: Page, label: string): Promise<void> {
  expect.soft(wordsFound(await pageTexts(page), ENGLISH_ONLY), `English on ${label}`).toEqual([]);
  expect.soft(await htmlLang(page), `<html lang> on ${label}`).toBe('es');
  const menu = page.locator(MENU);
  expect.soft(await menu.count(), `one language menu on ${label}`).toBe(1);
  expect.soft((await menu.textContent())?.trim(), `menu on ${label}`).toBe('Idioma: Español');
  expect
    .soft(await page.locator('[data-lang-option="en"]').getAttribute('lang'), `English's lang`)
    .toBe('en');
}

/** And the reverse, once switched back to English. */
async function expectEnglish(page: Page, label: string): Promise<void> {
  expect.soft(wordsFound(await pageTexts(page), SPANISH_ONLY), `Spanish on ${label}`).toEqual([]);
  expect.soft(await htmlLang(page), `<html lang> on ${label}`).toBe('en');
  const menu = page.locator(MENU);
  expect.soft((await menu.textContent())?.trim(), `menu on ${label}`).toBe('Language: English');
  expect
    .soft(await page.locator('[data-lang-option="es"]').getAttribute('lang'), `Spanish's lang`)
    .toBe('es');
}

function answerOf(answers: AnswerSet, id: string): unknown {
  const [section, key] = id.split('.') as [string, string | undefined];
  const first = answers[section];
  return key === undefined ? first : (first as Record<string, unknown> | undefined)?.[key];
}

/** Presses the screen's Back button and waits for the screen before. */
async function goBack(page: Page): Promise<void> {
  const before = await headingText(page);
  await page.click('[data-action="back"]');
  await waitForNewStep(page, before);
}

async function waitForHeading(page: Page, text: string): Promise<void> {
  await page.waitForFunction(
    (h: string) => document.getElementById('step-heading')?.textContent?.trim() === h,
    text,
    { timeout: 5000 },
  );
}

/** A context and page with the browser's language set to `locale` (openSession fixes en-US). */
async function openWithLocale(
  locale: string,
  options: { javaScriptEnabled?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await suite.browser.newContext({
    viewport: PHONE,
    locale,
    reducedMotion: 'reduce',
    ...options,
  });
  const { page, errors } = await openPage(context, [suite.origin]);
  return { context, page, errors };
}

async function closing<T>(session: Session, run: (page: Page) => Promise<T>): Promise<T> {
  try {
    const out = await run(session.page);
    expect(session.errors, 'page errors').toEqual([]);
    expect(session.foreign, 'requests to other origins').toEqual([]);
    return out;
  } finally {
    await session.close();
  }
}

// ---------------------------------------------------------------------------------------------

let suite: Suite;
beforeAll(async () => {
  suite = await startSuite();
});
afterAll(async () => {
  await suite?.close();
});

describe('the English-only word list', () => {
  it('holds the English words of the interface and none of the shared names', () => {
    for (const word of ['continue', 'answer', 'question', 'problem', 'back', 'treatment'])
      expect(ENGLISH_ONLY.has(word), word).toBe(true);
    for (const word of ALLOWED) expect(ENGLISH_ONLY.has(word), word).toBe(false);
    for (const word of ['continuar', 'pregunta', 'tratamiento'])
      expect(SPANISH_ONLY.has(word), word).toBe(true);
    expect(ENGLISH_ONLY.size).toBeGreaterThan(300);
  });
});

describe.each([
  ['for themself', 'self'],
  ['for a loved one', 'other'],
] as const)('a whole assessment in Spanish, answering %s, at 390x844', (_who, respondent) => {
  it('no English on any screen: start, every question with its error summary, review, result', async () => {
    const answers = answersWith(EVERY_SCREEN, { respondent });
    const session = await openSession(suite, { query: 'lang=es', viewport: PHONE });
    await closing(session, async (page) => {
      expect(await headingText(page)).toBe(es.start.heading);
      await expectSpanish(page, 'the start screen');
      await begin(page);

      const seen: string[] = [];
      for (let i = 0; i < 40 && !(await page.locator('[data-level]').count()); i++) {
        const names = await shownQuestions(page);
        const label = `${names.length ? names.join(' + ') : 'the review'} ("${await headingText(page)}")`;
        await expectSpanish(page, label);
        if (names.length) {
          seen.push(label);
          // Continue with nothing chosen: the error summary, its links and the field errors.
          await page.click(SUBMIT);
          await page.locator('.error-summary').waitFor();
          expect
            .soft(await page.locator('#error-summary-title').textContent(), label)
            .toBe(es.common.errorSummaryTitle);
          await afterPaint(page);
          expect.soft(await page.title(), `title with errors on ${label}`).toMatch(/^Error: /);
          await expectSpanish(page, `${label} with the error summary`);
          await answerScreen(page, answers);
          // Conditional questions shown by the answers.
          await expectSpanish(page, `${label} answered`);
        } else {
          expect(await page.locator('.summary-list').count(), 'the review screen').toBe(1);
          expect(await headingText(page)).toBe(es.review.heading);
        }
        await submit(page);
      }
      expect(seen, 'every question screen was shown').toHaveLength(Object.keys(es.screens).length);

      const result = await outcome(page);
      expect(result.urgency).toBe('today');
      expect(await page.locator('#crisis-resources-title').count(), 'crisis card').toBe(1);
      await expectSpanish(page, 'the result');
    });
  });

  it('no English on the crisis screen (safety.emergencyNow = yes)', async () => {
    const answers = answersWith(vignette('moderate-stable-worker').answers, {
      respondent,
      'safety.emergencyNow': 'yes',
    });
    const session = await openSession(suite, { query: 'lang=es', viewport: PHONE });
    await closing(session, async (page) => {
      await begin(page);
      await completeWith(page, answers);
      expect((await outcome(page)).level).toBe('emergency');
      expect(await headingText(page)).toBe(es.crisis.heading);
      await expectSpanish(page, 'the crisis screen');
    });
  });
});

describe('the language switch', () => {
  it('keeps the answers: on the current screen, behind it, and back in English', async () => {
    const session = await openSession(suite);
    await closing(session, async (page) => {
      await begin(page);
      for (let i = 0; i < 2; i++) {
        await answerScreen(page, EVERY_SCREEN);
        await submit(page);
      }
      // The third screen: answered but not submitted.
      expect(await shownQuestions(page)).toEqual(['safety.emergencyNow']);
      await page.check('main form input[name="safety.emergencyNow"][value="no"]');
      expect(await headingText(page)).toBe(en.questions['safety.emergencyNow'].label.you);
      await expectEnglish(page, 'the danger screen in English');
      // The check can see English when there is some (a control for every "no English" above).
      expect(wordsFound(await pageTexts(page), ENGLISH_ONLY)).not.toEqual([]);

      await switchTo(page, 'es');
      await waitForHeading(page, es.questions['safety.emergencyNow'].label.you);
      expect(await checkedValues(page, 'safety.emergencyNow'), 'kept on this screen').toEqual([
        'no',
      ]);
      expect((await page.locator(SUBMIT).textContent())?.trim()).toBe(es.common.continue);
      expect((await page.locator('[data-action="back"]').textContent())?.trim()).toBe(
        es.common.back,
      );
      await expectSpanish(page, 'the danger screen after switching to Spanish');

      await goBack(page);
      expect(await shownQuestions(page)).toEqual(['about.age']);
      expect(await headingText(page)).toBe(es.questions['about.age'].label.you);
      expect(await checkedValues(page, 'about.age'), 'kept behind it').toEqual([
        answerOf(EVERY_SCREEN, 'about.age'),
      ]);
      await expectSpanish(page, 'the age screen after Back');

      await switchTo(page, 'en');
      await waitForHeading(page, en.questions['about.age'].label.you);
      expect(await checkedValues(page, 'about.age'), 'kept back in English').toEqual([
        answerOf(EVERY_SCREEN, 'about.age'),
      ]);
      await expectEnglish(page, 'the age screen back in English');

      // And on from there, in English, with the first answers intact.
      await submit(page);
      expect(await shownQuestions(page)).toEqual(['safety.emergencyNow']);
      await goBack(page);
      await goBack(page);
      expect(await shownQuestions(page)).toEqual(['respondent']);
      expect(await checkedValues(page, 'respondent')).toEqual([
        answerOf(EVERY_SCREEN, 'respondent'),
      ]);
    });
  });
});

describe('the Spanish chunk', () => {
  const assets = join(DIST, 'assets');
  /** The built JS files holding the Spanish words: named es-… or containing "Continuar". */
  const spanishChunks = () =>
    readdirSync(assets).filter(
      (f) =>
        f.endsWith('.js') &&
        (f.startsWith('es-') || readFileSync(join(assets, f), 'utf8').includes(es.common.continue)),
    );

  /** Opens the app with `query`, goes from the start to the first question; JS files asked for. */
  async function scriptsThroughFirstQuestion(
    query: string,
  ): Promise<{ session: Session; scripts: string[] }> {
    const session = await openSession(suite, { query, noGoto: true });
    const scripts: string[] = [];
    session.page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.endsWith('.js') || request.resourceType() === 'script')
        scripts.push(path.split('/').pop()!);
    });
    await gotoApp(session.page, suite.origin, query);
    await begin(session.page);
    expect(await shownQuestions(session.page)).toEqual(['respondent']);
    return { session, scripts };
  }

  it('is never downloaded by English users (?lang=en, en-US), only when they switch', async () => {
    const spanish = spanishChunks();
    expect(spanish, 'the build has a separate Spanish chunk').not.toEqual([]);
    const { session, scripts } = await scriptsThroughFirstQuestion('lang=en');
    await closing(session, async (page) => {
      expect(scripts, 'some JS was loaded').not.toEqual([]);
      expect(
        scripts.filter((s) => spanish.includes(s)),
        'Spanish JS loaded in English',
      ).toEqual([]);
      expect(await headingText(page)).toBe(en.questions.respondent.label.you);
      // The recorder does see the chunk when it is asked for.
      await switchTo(page, 'es');
      await waitForHeading(page, es.questions.respondent.label.you);
      expect(scripts.filter((s) => spanish.includes(s))).not.toEqual([]);
    });
  });

  it('is downloaded with ?lang=es', async () => {
    const spanish = spanishChunks();
    const { session, scripts } = await scriptsThroughFirstQuestion('lang=es');
    await closing(session, async (page) => {
      expect(scripts.filter((s) => spanish.includes(s))).not.toEqual([]);
      expect(await headingText(page)).toBe(es.questions.respondent.label.you);
    });
  });
});

describe("the browser's preferred language (no lang parameter)", () => {
  it('es-MX shows Spanish', async () => {
    const { context, page, errors } = await openWithLocale('es-MX');
    try {
      await gotoApp(page, suite.origin);
      expect(await headingText(page)).toBe(es.start.heading);
      await expectSpanish(page, 'the start screen (es-MX)');
      await begin(page);
      expect(await headingText(page)).toBe(es.questions.respondent.label.you);
      await expectSpanish(page, 'the first question (es-MX)');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('fr-FR shows English', async () => {
    const { context, page, errors } = await openWithLocale('fr-FR');
    try {
      await gotoApp(page, suite.origin);
      expect(await headingText(page)).toBe(en.start.heading);
      await expectEnglish(page, 'the start screen (fr-FR)');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('axe on Spanish screens', () => {
  it('start and a question', async () => {
    const session = await openSession(suite, { query: 'lang=es' });
    await closing(session, async (page) => {
      expect.soft(await axeViolations(page), 'axe on the Spanish start').toEqual([]);
      await begin(page);
      expect.soft(await axeViolations(page), 'axe on a Spanish question').toEqual([]);
      await page.click(SUBMIT);
      await page.locator('.error-summary').waitFor();
      expect.soft(await axeViolations(page), 'axe on a Spanish error summary').toEqual([]);
    });
  });

  it('the result', async () => {
    const session = await openAt(suite, EVERY_SCREEN, 'review', {
      query: 'lang=es',
    });
    await closing(session, async (page) => {
      await submit(page);
      expect((await outcome(page)).urgency).toBe('today');
      expect(await axeViolations(page), 'axe on the Spanish result').toEqual([]);
    });
  });

  it('the crisis screen', async () => {
    const session = await openSession(suite, { query: 'lang=es' });
    await closing(session, async (page) => {
      await begin(page);
      await completeWith(
        page,
        answersWith(vignette('moderate-stable-worker').answers, { 'safety.emergencyNow': 'yes' }),
      );
      expect((await outcome(page)).level).toBe('emergency');
      expect(await axeViolations(page), 'axe on the Spanish crisis screen').toEqual([]);
    });
  });
});

describe('Spanish before the app has loaded (index.html)', () => {
  /** Every (lang, title) pair the document goes through while loading. */
  const RECORD_TITLES = `
    window.__titleStates = [];
    new MutationObserver(() => {
      const s = { lang: document.documentElement.lang, title: document.title };
      const last = window.__titleStates[window.__titleStates.length - 1];
      if (!last || last.lang !== s.lang || last.title !== s.title) window.__titleStates.push(s);
    }).observe(document, {
      subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['lang'],
    });
  `;

  it('document.title is never English while <html lang> says es', async () => {
    const session = await openSession(suite, { query: 'lang=es', initScripts: [RECORD_TITLES] });
    await closing(session, async (page) => {
      const states = await page.evaluate(
        () =>
          (window as unknown as { __titleStates: { lang: string; title: string }[] }).__titleStates,
      );
      const english = wordsFound(
        states
          .filter((s) => s.lang === 'es')
          .map((s) => ({ where: 'document.title while loading', text: s.title })),
        ENGLISH_ONLY,
      );
      expect(
        english,
        'LEAK outside es.ts: index.html <title> is English, and src/main.tsx sets ' +
          '<html lang="es"> before the Spanish dictionary (and so the Spanish title) has loaded',
      ).toEqual([]);
    });
  });

  it('without JavaScript, ?lang=es still finds Spanish words (the <noscript> fallback)', async () => {
    const { context, page } = await openWithLocale('es-MX', { javaScriptEnabled: false });
    try {
      await page.goto(appUrl(suite.origin, 'lang=es'));
      const shown = await page.evaluate(() => document.body.innerText);
      expect(shown, 'the fallback is shown').toMatch(/911/);
      const spanish = await page.evaluate(() =>
        [...document.querySelectorAll('noscript [lang|="es"], noscript[lang|="es"]')]
          .map((el) => (el as HTMLElement).innerText)
          .join(' '),
      );
      expect(
        spanish.trim(),
        'LEAK outside es.ts: index.html <noscript> has English only; it needs a Spanish ' +
          'version marked lang="es"',
      ).not.toBe('');
      expect(wordsFound([{ where: 'noscript (es)', text: spanish }], ENGLISH_ONLY)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
