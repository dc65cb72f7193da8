/**
 * Spanish end to end (?lang=es), in every engine, at 390x844:
 *
 * - no English left on any screen of a whole assessment (every question screen, each with its
 *   error summary, the review, an urgent result) nor on the crisis screen, for someone answering
 *   for themself and for a loved one: visible text, document.title and every aria-label, title,
 *   alt and placeholder, less what the page marks as English (`lang="en"`: the draft line's
 *   English half, English programme names, "Spanish" in the interpreter line); <html lang="es">
 *   throughout; the language menu reads "Idioma: Español";
 *   axe clean on the start, a question, its error summary, the result and the crisis screen;
 * - choosing a language in the menu keeps the answers, on the current screen and behind it;
 * - English users never download the Spanish chunk, Spanish users do;
 * - document.title is never English while <html lang> says es, even while loading.
 *
 * Which browser language picks Spanish is tests/unit/config/params.test.ts's ("browser language
 * fallback"); the <noscript> fallback is build.test.ts's. "English" means a word of 4+ letters
 * that the English dictionary uses and the Spanish one never does (language-words.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { es } from '../../src/i18n/es';
import { LANGUAGE_NAMES } from '../../src/i18n/language-names';
import { ALLOWED, ENGLISH_ONLY, SPANISH_ONLY, wordsFound, type Piece } from './language-words';
import { click, PHONE, waitUntil, type EngineSession, type Surface } from './driver';
import { axeViolations } from './a11y';
import {
  expectOnlyOwnOrigin,
  openApp,
  pageErrors,
  useAppServer,
  type AppServer,
  forEngines,
} from './harness';
import { answersWith, DIST, EVERY_SCREEN, vignette } from './fixtures';
import {
  afterPaint,
  answerScreen,
  checkedValues,
  completeWith,
  hasOutcome,
  heading,
  outcome,
  shownQuestions,
  submit,
  waitForHeading,
} from './walk';
import { countOf, textOf } from './results';
import type { AnswerSet } from './fixtures';

const SUBMIT = 'main form button[type="submit"]';
/** The language menu's button (src/ui/LanguageMenu.tsx), which opens the list. */
const MENU = 'header [data-lang-menu] button[aria-expanded]';

/**
 * Visible text, document.title, and every aria-label, title, alt and placeholder attribute, less
 * what the page marks as another language: an element whose nearest `lang` is not <html lang>
 * (on a Spanish screen the draft line's English half, an English programme name kept as the
 * fallback, "Spanish" in the interpreter line, all `lang="en"`) is that language's by the page's
 * own say, and a screen reader reads it so. Its text is taken out of the visible text (and if it
 * cannot be found there, it stays in, and the check reports it). The title is set once the page
 * is idle after a change: wait for that first.
 */
async function pageTexts(s: Surface): Promise<Piece[]> {
  await afterPaint(s);
  return s.run(() => {
    const page = document.documentElement.lang;
    const foreign = (el: Element) => (el.closest('[lang]')?.getAttribute('lang') ?? page) !== page;
    let text = document.body.innerText;
    for (const el of document.body.querySelectorAll<HTMLElement>('[lang]')) {
      // The outermost of nested other-language elements only; hidden ones have no text here.
      if (!foreign(el) || (el.parentElement && foreign(el.parentElement))) continue;
      const own = el.innerText.trim();
      if (own !== '') text = text.replace(own, ' ');
    }
    const out: { where: string; text: string }[] = [
      { where: 'text', text },
      { where: 'document.title', text: document.title },
    ];
    for (const attr of ['aria-label', 'title', 'alt', 'placeholder'])
      for (const el of document.querySelectorAll(`[${attr}]`))
        if (!foreign(el))
          out.push({
            where: `<${el.tagName.toLowerCase()} ${attr}>`,
            text: el.getAttribute(attr)!,
          });
    return out;
  });
}

/** The language menu: one button, reading "<Language>: <the language on screen>", closed. */
const languageMenu = (s: Surface) =>
  s.run((sel: string) => {
    const all = document.querySelectorAll(sel);
    return {
      count: all.length,
      text: all[0]?.textContent?.trim(),
      expanded: all[0]?.getAttribute('aria-expanded'),
    };
  }, MENU);

/** Opens the menu and chooses `lang` (its option carries its own `lang`). */
async function chooseLanguage(s: Surface, lang: 'en' | 'es'): Promise<void> {
  await click(s, MENU);
  await waitUntil(
    s,
    'the language list',
    (tag: string) => {
      const option = document.querySelector<HTMLElement>(`[data-lang-option="${tag}"]`);
      return !!option && option.getAttribute('lang') === tag && option.offsetParent !== null;
    },
    [lang],
  );
  await click(s, `[data-lang-option="${lang}"]`);
}

/**
 * Everything a screen in `lang` must be (soft: every screen is reported, not only the first): no
 * word of the other language only, <html lang>, and one language menu, closed, naming `lang`.
 */
async function expectLanguage(s: Surface, lang: 'en' | 'es', label: string): Promise<void> {
  const [foreign, other] = lang === 'es' ? [ENGLISH_ONLY, 'English'] : [SPANISH_ONLY, 'Español'];
  expect.soft(wordsFound(await pageTexts(s), foreign), `${other} words on ${label}`).toEqual([]);
  expect
    .soft(await s.run(() => document.documentElement.lang), `<html lang> on ${label}`)
    .toBe(lang);
  const words = lang === 'es' ? es : en;
  expect.soft(await languageMenu(s), `the language menu on ${label}`).toEqual({
    count: 1,
    text: `${words.common.languageMenu}: ${LANGUAGE_NAMES[lang]}`,
    expanded: 'false',
  });
}

const expectSpanish = (s: Surface, label: string) => expectLanguage(s, 'es', label);
const expectEnglish = (s: Surface, label: string) => expectLanguage(s, 'en', label);

function answerOf(answers: AnswerSet, id: string): unknown {
  const [section, key] = id.split('.') as [string, string | undefined];
  const first = answers[section];
  return key === undefined ? first : (first as Record<string, unknown> | undefined)?.[key];
}

/** Presses the screen's Back button and waits for the screen before. */
async function goBack(s: Surface, to: string): Promise<void> {
  await click(s, '[data-action="back"]');
  await waitForHeading(s, to);
}

async function closing(
  s: EngineSession,
  server: AppServer,
  run: () => Promise<void>,
): Promise<void> {
  try {
    await run();
    expect(await pageErrors(s), 'page errors').toEqual([]);
    await expectOnlyOwnOrigin(s, server, expect);
  } finally {
    await s.close();
  }
}

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

forEngines((engine) => {
  const server = useAppServer();
  const open = (query = 'lang=es', initScripts: string[] = []) =>
    openApp(engine(), server(), PHONE, { query, initScripts });

  describe.each([
    ['for themself', 'self'],
    ['for a loved one', 'other'],
  ] as const)('a whole assessment in Spanish, answering %s', (_who, respondent) => {
    it('no English on any screen: start, every question with its error summary, review, result; axe clean', async () => {
      const answers = answersWith(EVERY_SCREEN, { respondent });
      const s = await open();
      await closing(s, server(), async () => {
        expect(await heading(s)).toBe(es.start.heading);
        await expectSpanish(s, 'the start screen');
        if (respondent === 'self')
          expect.soft(await axeViolations(s), 'axe on the start').toEqual([]);
        await submit(s);

        const seen: string[] = [];
        for (let i = 0; i < 40 && !(await hasOutcome(s)); i++) {
          const names = await shownQuestions(s);
          const label = `${names.length ? names.join(' + ') : 'the review'} ("${await heading(s)}")`;
          await expectSpanish(s, label);
          if (names.length) {
            seen.push(label);
            if (respondent === 'self' && seen.length === 1)
              expect.soft(await axeViolations(s), 'axe on a question').toEqual([]);
            // Continue with nothing chosen: the error summary, its links and the field errors.
            await click(s, SUBMIT);
            await waitUntil(
              s,
              'the error summary',
              () => !!document.querySelector('.error-summary'),
              [],
            );
            expect
              .soft(await textOf(s, '#error-summary-title'), label)
              .toBe(es.common.errorSummaryTitle);
            await afterPaint(s);
            expect
              .soft(await s.run(() => document.title), `title with errors on ${label}`)
              .toMatch(/^Error: /);
            await expectSpanish(s, `${label} with the error summary`);
            if (respondent === 'self' && seen.length === 1)
              expect.soft(await axeViolations(s), 'axe on an error summary').toEqual([]);
            await answerScreen(s, answers);
            // Conditional questions shown by the answers.
            await expectSpanish(s, `${label} answered`);
          } else {
            expect(await countOf(s, '.summary-list'), 'the review screen').toBe(1);
            expect(await heading(s)).toBe(es.review.heading);
          }
          await submit(s);
        }
        expect(seen, 'every question screen was shown').toHaveLength(
          Object.keys(es.screens).length,
        );
        expect((await outcome(s)).urgency).toBe('today');
        expect(await countOf(s, '#crisis-resources-title'), 'crisis card').toBe(1);
        await expectSpanish(s, 'the result');
        if (respondent === 'self')
          expect.soft(await axeViolations(s), 'axe on the result').toEqual([]);
      });
    });

    it('no English on the crisis screen (safety.emergencyNow = yes); axe clean', async () => {
      const answers = answersWith(vignette('moderate-stable-worker').answers, {
        respondent,
        'safety.emergencyNow': 'yes',
      });
      const s = await open();
      await closing(s, server(), async () => {
        await submit(s);
        await completeWith(s, answers);
        expect((await outcome(s)).level).toBe('emergency');
        expect(await heading(s)).toBe(es.crisis.heading);
        await expectSpanish(s, 'the crisis screen');
        expect(await axeViolations(s), 'axe on the crisis screen').toEqual([]);
        // The control for skipping `lang="en"`: the draft line's English half is there and not
        // reported, and English anywhere else on the same screen is.
        await waitUntil(
          s,
          'the draft line in English',
          () => !!document.querySelector('[data-translation-draft] [lang="en"]')?.textContent,
          [],
        );
        expect(wordsFound(await pageTexts(s), ENGLISH_ONLY)).toEqual([]);
        await s.run(() => {
          const p = document.createElement('p');
          p.textContent = 'Continue to the question';
          document.querySelector('main')!.append(p);
        });
        expect(wordsFound(await pageTexts(s), ENGLISH_ONLY).join(' ')).toMatch(/continue/i);
      });
    });
  });

  it('the language switch keeps the answers: on the current screen, behind it, and back in English', async () => {
    const s = await open('');
    await closing(s, server(), async () => {
      await submit(s);
      for (let i = 0; i < 2; i++) {
        await answerScreen(s, EVERY_SCREEN);
        await submit(s);
      }
      // The third screen: answered but not submitted.
      expect(await shownQuestions(s)).toEqual(['safety.emergencyNow']);
      await answerScreen(s, answersWith(EVERY_SCREEN, { 'safety.emergencyNow': 'no' }));
      expect(await heading(s)).toBe(en.questions['safety.emergencyNow'].label.you);
      await expectEnglish(s, 'the danger screen in English');
      // The check can see English when there is some (a control for every "no English" above).
      expect(wordsFound(await pageTexts(s), ENGLISH_ONLY)).not.toEqual([]);

      await chooseLanguage(s, 'es');
      await waitForHeading(s, es.questions['safety.emergencyNow'].label.you);
      expect(await checkedValues(s, 'safety.emergencyNow'), 'kept on this screen').toEqual(['no']);
      expect(await textOf(s, SUBMIT)).toBe(es.common.continue);
      expect(await textOf(s, '[data-action="back"]')).toBe(es.common.back);
      await expectSpanish(s, 'the danger screen after switching to Spanish');

      await goBack(s, es.questions['about.age'].label.you);
      expect(await shownQuestions(s)).toEqual(['about.age']);
      expect(await checkedValues(s, 'about.age'), 'kept behind it').toEqual([
        answerOf(EVERY_SCREEN, 'about.age'),
      ]);
      await expectSpanish(s, 'the age screen after Back');

      await chooseLanguage(s, 'en');
      await waitForHeading(s, en.questions['about.age'].label.you);
      expect(await checkedValues(s, 'about.age'), 'kept back in English').toEqual([
        answerOf(EVERY_SCREEN, 'about.age'),
      ]);
      await expectEnglish(s, 'the age screen back in English');

      // And on from there, in English, with the first answers intact.
      await submit(s);
      expect(await shownQuestions(s)).toEqual(['safety.emergencyNow']);
      await goBack(s, en.questions['about.age'].label.you);
      await goBack(s, en.questions.respondent.label.you);
      expect(await shownQuestions(s)).toEqual(['respondent']);
      expect(await checkedValues(s, 'respondent')).toEqual([answerOf(EVERY_SCREEN, 'respondent')]);
    });
  });

  describe('the Spanish chunk', () => {
    const assets = join(DIST, 'assets');
    /** The built JS files holding the Spanish words: named es-… or containing "Continuar". */
    const spanishChunks = () =>
      readdirSync(assets).filter(
        (f) =>
          f.endsWith('.js') &&
          (f.startsWith('es-') ||
            readFileSync(join(assets, f), 'utf8').includes(es.common.continue)),
      );
    /** The JS files the server sent since `from` (its log). */
    const scriptsSince = (from: number) =>
      server()
        .log.slice(from)
        .map((p) => new URL(p, 'http://x').pathname)
        .filter((p) => p.endsWith('.js'))
        .map((p) => p.split('/').pop()!);

    it('is never downloaded by English users (?lang=en), only when they switch', async () => {
      const spanish = spanishChunks();
      expect(spanish, 'the build has a separate Spanish chunk').not.toEqual([]);
      const from = server().log.length;
      const s = await open('lang=en');
      await closing(s, server(), async () => {
        await submit(s);
        expect(await shownQuestions(s)).toEqual(['respondent']);
        expect(scriptsSince(from), 'some JS was loaded').not.toEqual([]);
        expect(
          scriptsSince(from).filter((f) => spanish.includes(f)),
          'Spanish JS in English',
        ).toEqual([]);
        expect(await heading(s)).toBe(en.questions.respondent.label.you);
        // The log does see the chunk when it is asked for.
        await chooseLanguage(s, 'es');
        await waitForHeading(s, es.questions.respondent.label.you);
        expect(scriptsSince(from).filter((f) => spanish.includes(f))).not.toEqual([]);
      });
    });

    it('is downloaded with ?lang=es', async () => {
      const spanish = spanishChunks();
      const from = server().log.length;
      const s = await open('lang=es');
      await closing(s, server(), async () => {
        await submit(s);
        expect(scriptsSince(from).filter((f) => spanish.includes(f))).not.toEqual([]);
        expect(await heading(s)).toBe(es.questions.respondent.label.you);
      });
    });
  });

  it('document.title is never English while <html lang> says es, even while loading', async () => {
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
    const s = await open('lang=es', [RECORD_TITLES]);
    await closing(s, server(), async () => {
      const states = await s.run(
        () =>
          (window as unknown as { __titleStates: { lang: string; title: string }[] }).__titleStates,
      );
      expect(states.length).toBeGreaterThan(0);
      const english = wordsFound(
        states
          .filter((t) => t.lang === 'es')
          .map((t) => ({ where: 'document.title while loading', text: t.title })),
        ENGLISH_ONLY,
      );
      expect(english).toEqual([]);
    });
  });
});
