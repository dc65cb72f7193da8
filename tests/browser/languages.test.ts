/**
 * The county's languages through the UI (issue 18, languages spec §4–§7):
 *
 * - each new language walks one public vignette to its outcome in every engine, the six
 *   outcomes varied (residential, outpatient, partial hospitalization with an alternative, early
 *   intervention, the crisis screen, intensive outpatient), `<html lang dir>` right on every
 *   screen and the draft line on the start and the outcome; the Vietnamese walk's handoff code
 *   opens English staff mode, which names Vietnamese and suggests an interpreter;
 * - in Chromium, the rest of the 21 public vignettes in Vietnamese (left to right) and Farsi
 *   (right to left), each with its expected outcome and `<html lang dir>` on every screen;
 * - in Chromium, one walk per language (vi, ko, zh-Hant, fa) and width (390, 1280 px) through
 *   every screen: the start, each question with its error summary, the crisis screen (danger now:
 *   yes, then back to the question), the review and the result: axe clean on each as it passes,
 *   `<html lang dir>`, and the draft line on the start, the crisis screen and the result; and
 *   the same walk in English, the source language, which never shows the draft line;
 * - the language menu by keyboard alone, keeping the step, the direction following; the English
 *   start before it has no draft line.
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { vi } from '../../src/i18n/vi';
import { ko } from '../../src/i18n/ko';
import { zhHant } from '../../src/i18n/zh-Hant';
import { zhHans } from '../../src/i18n/zh-Hans';
import { fa } from '../../src/i18n/fa';
import { ar } from '../../src/i18n/ar';
import { format } from '../../src/i18n/format';
import { LANGUAGES } from '../../src/i18n/languages';
import type { Dictionary, Lang } from '../../src/i18n/types';
import { answersWith, EVERY_SCREEN, VIGNETTES, vignette, type Vignette } from './fixtures';
import { click, DESKTOP, PHONE, SIZES, waitUntil, type Engine, type Surface } from './driver';
import { axeViolations } from './a11y';
import { forEngines, itExcept, openApp, pageErrors, useAppServer, type AppServer } from './harness';
import {
  answerScreen,
  completeWith,
  fill,
  HANDOFF_CODE,
  hasOutcome,
  heading,
  outcome,
  shownQuestions,
  STAFF_CODE_FIELD,
  submit,
  SUBMIT,
  waitForHeading,
} from './walk';
import { drawn, textOf } from './results';

type NewLang = 'vi' | 'ko' | 'zh-Hant' | 'zh-Hans' | 'fa' | 'ar';

const WORDS: Record<NewLang, Dictionary> = {
  vi,
  ko,
  'zh-Hant': zhHant,
  'zh-Hans': zhHans,
  fa,
  ar,
};

/** The vignette each new language walks in every engine: six different outcomes. */
const ONE_EACH: Record<NewLang, string> = {
  vi: 'homeless-moderate', // residential 3.5, today; its code goes to staff mode
  ko: 'mild-weekend-drinker', // outpatient
  'zh-Hant': 'severe-works-alt-iop', // partial hospitalization, with an alternative
  'zh-Hans': 'no-disorder', // early intervention
  fa: 'suicidal-now', // the crisis screen, right to left
  ar: 'pregnant-opioids', // intensive outpatient, today
};

/** Where the whole set and every screen's axe run, and why not elsewhere (`--list` prints it). */
const ALL_21_IN_CHROMIUM =
  'Chromium walks all 21 vignettes in vi and fa; the rules’ outcome is the same in every engine, so here each new language walks one';
const AXE_IN_CHROMIUM =
  'the English axe runs on every screen in all three engines (a11y.test.ts); what a language changes, its words and direction, axe judges the same in any engine';
const ENGLISH_IN_CHROMIUM =
  'the draft line is the app’s markup, the same in any engine; here the English start shows none (the menu test) and each language’s walk shows it';

const DRAFT = '[data-translation-draft]';

const htmlLangDir = (s: Surface) =>
  s.run(() => `${document.documentElement.lang} ${document.documentElement.dir}`);

const draftLines = (s: Surface) =>
  s.run((sel: string) => document.querySelectorAll(sel).length, DRAFT);

/**
 * The draft lines on the screen once the line has had its chance. It comes as a chunk of its
 * own, drawn after the screen: a translation waits for it; English, which must never show one,
 * gives a wrongly shown line 2 s to come (the afterPaint of other checks is too short for it).
 */
async function draftLineCount(s: Surface, lang: Lang): Promise<number> {
  const shown = waitUntil(
    s,
    'the draft line',
    (sel: string) => !!document.querySelector(sel),
    [DRAFT],
    lang === 'en' ? 2000 : undefined,
  );
  await (lang === 'en' ? shown.catch(() => undefined) : shown);
  return draftLines(s);
}

const expected = (v: Vignette) =>
  v.expect.level === 'emergency'
    ? { level: 'emergency', asam: null, urgency: 'emergency' }
    : { level: v.expect.level, asam: v.expect.asamLevel, urgency: v.expect.urgency };

/** Every screen's `<html lang dir>` that was not `lang`'s, labelled by screen. */
function langDirRecorder(s: Surface, lang: Lang) {
  const wrong: string[] = [];
  const want = `${lang} ${LANGUAGES[lang].dir}`;
  return {
    wrong,
    check: async (label: string) => {
      const got = await htmlLangDir(s);
      if (got !== want) wrong.push(`${label}: ${got}`);
    },
  };
}

/** Opens a code in English staff mode: the panel and the staff result name the caller's language. */
async function expectStaffNamesVietnamese(
  engine: Engine,
  server: AppServer,
  code: string,
  v: Vignette,
): Promise<void> {
  const offer = format(en.interpreter.staff.offer, { language: en.interpreter.staff.names.vi });
  expect(offer).toMatch(/Vietnamese.*interpreter/);
  const s = await openApp(engine, server, DESKTOP, { query: 'mode=staff' });
  /** The caller's language line in `where`: its tag and its words. */
  const callerLanguage = (where: string) =>
    s.run((sel: string) => {
      const line = document.querySelector(`${sel} [data-caller-language]`);
      return line && [line.getAttribute('data-caller-language'), line.textContent?.trim()];
    }, where);
  try {
    expect(await htmlLangDir(s)).toBe('en ltr');
    await fill(s, STAFF_CODE_FIELD, code);
    await s.press('Enter');
    await waitForHeading(s, en.staff.review.heading);
    expect(await callerLanguage('.staff-panel'), 'the staff panel').toEqual(['vi', offer]);
    await submit(s);
    expect(await outcome(s)).toEqual(expected(v));
    await drawn(s);
    expect(await callerLanguage('.result'), 'the staff result').toEqual(['vi', offer]);
    expect(await pageErrors(s)).toEqual([]);
  } finally {
    await s.close();
  }
}

/**
 * Walks every screen in `lang` from the start to the result, calling `each` on every screen as
 * it passes (labelled): the start, each question screen, the same with its error summary (and
 * again when answering showed more questions), the crisis screen (danger now: yes; then back to
 * the question and on with no), the review and the result. Returns the labels.
 */
async function walkEveryScreen(
  s: Surface,
  each: (label: string) => Promise<void>,
): Promise<string[]> {
  const labels: string[] = [];
  const at = async (label: string) => {
    labels.push(label);
    await each(label);
  };
  await at('start');
  await submit(s);
  const toCrisis = answersWith(EVERY_SCREEN, { 'safety.emergencyNow': 'yes' });
  for (let i = 0; i < 40 && !(await hasOutcome(s)); i++) {
    const names = await shownQuestions(s);
    const label = names.length ? names.join(' + ') : 'the review';
    await at(label);
    if (names.length) {
      await click(s, SUBMIT); // nothing chosen: the error summary
      await waitUntil(s, 'the error summary', () => !!document.querySelector('.error-summary'), []);
      await at(`${label} (error summary)`);
    }
    if (names.includes('safety.emergencyNow') && !labels.includes('the crisis screen')) {
      await answerScreen(s, toCrisis);
      await submit(s);
      expect((await outcome(s)).level).toBe('emergency');
      await at('the crisis screen');
      await click(s, '[data-level="emergency"] [data-action="back"]');
      await waitUntil(s, 'the question again', () => !document.querySelector('[data-level]'), []);
    }
    await answerScreen(s, EVERY_SCREEN);
    const after = await shownQuestions(s);
    if (after.length > names.length) await at(after.join(' + '));
    await submit(s);
  }
  expect((await outcome(s)).urgency).toBe('today');
  await drawn(s);
  await at('the result');
  return labels;
}

const NEEDS_DRAFT_LINE = ['start', 'the crisis screen', 'the result'];

forEngines((engine, name) => {
  const server = useAppServer();
  const chromiumOnly = (why: string) => itExcept(name, { firefox: why, webkit: why });

  /** Walks `v` in `lang` to its outcome; lang/dir on every screen, the draft line at both ends. */
  async function walkVignette(lang: NewLang, v: Vignette): Promise<void> {
    const s = await openApp(engine(), server(), PHONE, { query: `lang=${lang}` });
    // The language's own vignette (in every engine) also checks the draft line and the code.
    const picked = ONE_EACH[lang] === v.id;
    const draft: Record<string, number> = {};
    let code = '';
    try {
      expect(await heading(s)).toBe(WORDS[lang].start.heading);
      const { wrong, check } = langDirRecorder(s, lang);
      await check('start');
      if (picked) draft.start = await draftLineCount(s, lang);
      await submit(s);
      await completeWith(s, v.answers, check);
      await check('outcome');
      expect(await outcome(s)).toEqual(expected(v));
      expect(wrong).toEqual([]);
      if (picked) {
        draft.outcome = await draftLineCount(s, lang);
        expect(draft, 'the draft line').toEqual({ start: 1, outcome: 1 });
      }
      if (picked && lang === 'vi') {
        await drawn(s);
        code = await textOf(s, HANDOFF_CODE);
        expect(code, 'the result’s handoff code').not.toBe('');
      }
      expect(await pageErrors(s)).toEqual([]);
    } finally {
      await s.close();
    }
    if (code) await expectStaffNamesVietnamese(engine(), server(), code, v);
  }

  // A few at a time: each walk waits on the browser far more than it uses the CPU.
  describe.concurrent(
    'the public vignettes through the UI, <html lang dir> on every screen',
    () => {
      for (const [lang, id] of Object.entries(ONE_EACH) as [NewLang, string][]) {
        const code =
          lang === 'vi'
            ? '; its code opens English staff mode, which names Vietnamese and suggests an interpreter'
            : '';
        it(`${lang}: ${id}, the draft line at the start and the outcome${code}`, () =>
          walkVignette(lang, vignette(id)));
      }
      for (const lang of ['vi', 'fa'] as const)
        for (const v of VIGNETTES.filter((v) => v.id !== ONE_EACH[lang]))
          chromiumOnly(ALL_21_IN_CHROMIUM)(`${lang}: ${v.id}`, () => walkVignette(lang, v));
    },
  );

  for (const lang of ['vi', 'ko', 'zh-Hant', 'fa'] as const)
    for (const [size, viewport] of SIZES)
      chromiumOnly(AXE_IN_CHROMIUM)(
        `${lang} ${size}: every screen axe clean (start, questions, error summaries, crisis, review, result), the draft line on the start, crisis and result`,
        { concurrent: true },
        async ({ expect }) => {
          const s = await openApp(engine(), server(), viewport, { query: `lang=${lang}` });
          try {
            const { wrong, check } = langDirRecorder(s, lang);
            const draft: Record<string, number> = {};
            const labels = await walkEveryScreen(s, async (label) => {
              await check(label);
              expect.soft(await axeViolations(s), `axe on ${label}`).toEqual([]);
              if (NEEDS_DRAFT_LINE.includes(label)) draft[label] = await draftLineCount(s, lang);
            });
            expect(
              labels.filter((l) => l.endsWith('(error summary)')),
              'every question screen, each with its error summary',
            ).toHaveLength(Object.keys(en.screens).length);
            expect(labels).toContain('the review');
            expect(wrong).toEqual([]);
            expect(draft, 'the draft line').toEqual({
              start: 1,
              'the crisis screen': 1,
              'the result': 1,
            });
            expect(await pageErrors(s)).toEqual([]);
          } finally {
            await s.close();
          }
        },
      );

  chromiumOnly(ENGLISH_IN_CHROMIUM)(
    'English, the source: no draft line on the start, the crisis screen or the result',
    { concurrent: true },
    async ({ expect }) => {
      const s = await openApp(engine(), server(), PHONE, { query: 'lang=en' });
      try {
        const draft: Record<string, number> = {};
        await walkEveryScreen(s, async (label) => {
          if (NEEDS_DRAFT_LINE.includes(label)) draft[label] = await draftLineCount(s, 'en');
        });
        expect(draft).toEqual({ start: 0, 'the crisis screen': 0, 'the result': 0 });
        expect(await pageErrors(s)).toEqual([]);
      } finally {
        await s.close();
      }
    },
  );

  it('the language menu by keyboard: Vietnamese, then Farsi right to left, the step kept', async () => {
    const s = await openApp(engine(), server(), PHONE);
    try {
      expect(await draftLineCount(s, 'en'), 'the English start has no draft line').toBe(0);
      await submit(s); // the first question, in English
      await waitForHeading(s, en.questions.respondent.label.you);
      await s.run(() =>
        document.querySelector<HTMLElement>('[data-lang-menu] button[aria-expanded]')!.focus(),
      );
      await s.press('Enter');
      for (let i = 0; i < 3; i++) await s.press('ArrowDown'); // English, Español, Tiếng Việt
      expect(await s.run(() => document.activeElement?.getAttribute('lang'))).toBe('vi');
      await s.press('Enter');
      await waitForHeading(s, vi.questions.respondent.label.you);
      expect(await htmlLangDir(s)).toBe('vi ltr');

      await s.run(() =>
        document.querySelector<HTMLElement>('[data-lang-menu] button[aria-expanded]')!.focus(),
      );
      await s.press('Enter');
      await s.press('ArrowUp'); // from the toggle, up goes to the last language (Arabic)
      await s.press('ArrowUp');
      expect(await s.run(() => document.activeElement?.getAttribute('lang'))).toBe('fa');
      await s.press('Enter');
      await waitForHeading(s, fa.questions.respondent.label.you);
      expect(await htmlLangDir(s)).toBe('fa rtl');
      expect(await pageErrors(s)).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
