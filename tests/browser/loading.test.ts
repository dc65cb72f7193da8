/**
 * The later part (the other questions, the review, the result and their words) downloads once
 * the first question shows. In each engine: when it can't, the person sees why, the center's
 * number and the crisis numbers, and a retry that picks up where they were, never a blank page;
 * when it is slow, "Loading…" and then the next screen; a language that failed to download from
 * the menu loads when chosen again. The test server fails or holds the files (routes), the same
 * way for every engine.
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { es } from '../../src/i18n/es';
import { DEFAULT_PHONE, vignette } from './fixtures';
import { click, PHONE, waitUntil, type EngineSession } from './driver';
import { forEngines, openApp, pageErrors, useAppServer } from './harness';
import { holdBack } from './server';
import {
  answerScreen,
  checkedValues,
  completeWith,
  heading,
  outcome,
  shownQuestions,
  submit,
  SUBMIT,
  waitForHeading,
  clickButton,
} from './walk';

/** The language menu's button (src/ui/LanguageMenu.tsx), which opens the list. */
const MENU = 'header [data-lang-menu] button[aria-expanded]';

// With any query: Try again asks for the same files under a new URL (src/app/fresh-import.ts).
const LATER_PART = /\/assets\/(deferred|en\.later)-[^/?]+\.(js|css)(\?.*)?$/;

/** Every heading the page shows, however briefly (window.__headings). */
const RECORD_HEADINGS = `window.__headings = [];
new MutationObserver(() => {
  const text = document.getElementById('step-heading')?.textContent?.trim();
  if (text && !window.__headings.includes(text)) window.__headings.push(text);
}).observe(document, { subtree: true, childList: true, characterData: true });`;

/** Start, the first question, Continue: the failure screen, with the numbers to call. */
async function toFailure(s: EngineSession): Promise<void> {
  await submit(s);
  await answerScreen(s, vignette('moderate-stable-worker').answers);
  await click(s, SUBMIT);
  await waitForHeading(s, en.common.loadFailed);
  const shown = await s.run(
    (tel: string) => ({
      main: document.querySelector('main')?.textContent ?? '',
      center: document.querySelectorAll(`main a[href="${tel}"]`).length,
      crisis: document.querySelectorAll('a[href="tel:988"]').length,
      focus: document.activeElement?.id,
    }),
    `tel:${DEFAULT_PHONE}`,
  );
  expect(shown.main).toContain(en.common.loadFailedBody);
  expect(shown.center, "the center's number").toBe(1);
  // The crisis numbers stay where they always are.
  expect(shown.crisis).toBeGreaterThan(0);
  // Focus moved to the new heading, as on every screen.
  expect(shown.focus).toBe('step-heading');
}

/** The later part's stylesheet is in force (loaded, with its rules). */
const laterStyles = () =>
  [...document.styleSheets].some((sheet) => {
    try {
      return /\/assets\/deferred-/.test(sheet.href ?? '') && sheet.cssRules.length > 0;
    } catch {
      return false;
    }
  });

forEngines((engine) => {
  const server = useAppServer();

  /** Until the server has been asked for a path (and query) that `match`es. */
  async function asked(match: RegExp): Promise<void> {
    const deadline = Date.now() + 10_000;
    while (!server().log.some((url) => match.test(url))) {
      if (Date.now() > deadline) throw new Error(`never asked for ${String(match)}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Opens the language menu and chooses `lang` (as tests/browser/spanish.test.ts does). */
  async function chooseLanguage(s: EngineSession, lang: string): Promise<void> {
    await click(s, MENU);
    await waitUntil(
      s,
      'the language list',
      (tag: string) =>
        document.querySelector<HTMLElement>(`[data-lang-option="${tag}"]`)?.offsetParent != null,
      [lang],
    );
    await click(s, `[data-lang-option="${lang}"]`);
  }

  describe('when the later part fails to download', () => {
    it('says so with the numbers to call', async () => {
      const s = await openApp(engine(), server(), PHONE, {
        routes: [{ match: LATER_PART, fail: true }],
      });
      try {
        await toFailure(s);
        expect(await pageErrors(s)).toEqual([]);
      } finally {
        await s.close();
      }
    });

    // Firefox and WebKit keep a failed module failed for the page's life (their module map):
    // Try again asks for the same files under a new URL, so it carries on in all three.
    it('Try again carries on, with the answers kept and the later styles in force', async () => {
      let blocked = true;
      const s = await openApp(engine(), server(), PHONE, {
        initScripts: [RECORD_HEADINGS],
        routes: [{ match: LATER_PART, fail: () => blocked }],
      });
      try {
        await toFailure(s);

        // Still offline: "Loading…", then the failure again, with its numbers.
        await s.run(() => {
          (window as unknown as { __headings: string[] }).__headings = [];
        });
        await clickButton(s, en.common.retry);
        await waitUntil(
          s,
          'the failure, said again',
          (failed: string) =>
            (window as unknown as { __headings: string[] }).__headings.includes(failed),
          [en.common.loadFailed],
        );

        blocked = false;
        await clickButton(s, en.common.retry);
        await waitForHeading(s, en.questions['about.age'].label.you);
        expect(await shownQuestions(s)).toEqual(['about.age']);
        // Vite's preload helper never asks again for a stylesheet that failed: the later part
        // asks for it itself (src/app/deferred.ts).
        await waitUntil(s, "the later part's stylesheet", laterStyles, []);
        // The first answer is kept: Back shows it checked.
        await click(s, '[data-action="back"]');
        await waitUntil(
          s,
          'the first answer, checked',
          () =>
            !!document.querySelector('main form input[name="respondent"][value="self"]:checked'),
          [],
        );
        expect(await checkedValues(s, 'respondent')).toEqual(['self']);
        expect(await pageErrors(s)).toEqual([]);
      } finally {
        await s.close();
      }
    });
  });

  describe('when a language fails to download from the menu', () => {
    it('stays in its language with the step kept, and loads when chosen again', async () => {
      let blocked = false;
      const s = await openApp(engine(), server(), PHONE, {
        routes: [{ match: /\/assets\/es\.(core|later)-[^/?]+\.js(\?.*)?$/, fail: () => blocked }],
      });
      try {
        // The second question: the later part is here, so a switch fetches both word files.
        await submit(s);
        await answerScreen(s, vignette('moderate-stable-worker').answers);
        await click(s, SUBMIT);
        await waitForHeading(s, en.questions['about.age'].label.you);

        blocked = true;
        await chooseLanguage(s, 'es');
        await asked(/\/assets\/es\.core-[^/?]+\.js$/);
        await asked(/\/assets\/es\.later-[^/?]+\.js$/);
        // Not loaded: the screen stays as it was, in its language.
        await s.run(() => new Promise((resolve) => setTimeout(resolve, 300)));
        expect(await heading(s)).toBe(en.questions['about.age'].label.you);
        expect(await s.run(() => document.documentElement.lang)).toBe('en');

        blocked = false;
        await chooseLanguage(s, 'es');
        await waitForHeading(s, es.questions['about.age'].label.you);
        expect(await s.run(() => document.documentElement.lang)).toBe('es');
        expect(await pageErrors(s)).toEqual([]);
      } finally {
        await s.close();
      }
    });
  });

  describe('when the later part is slow to download', () => {
    it('shows "Loading…" and then the next screen, and a whole assessment still reaches its result', async () => {
      const { hold, release } = holdBack();
      const s = await openApp(engine(), server(), PHONE, {
        initScripts: [RECORD_HEADINGS],
        routes: [{ match: LATER_PART, hold }],
      });
      try {
        await submit(s);
        const { answers, expect: expected } = vignette('moderate-stable-worker');
        setTimeout(release, 1000);
        // The walk waits out "Loading…": answering it, then pressing Continue on the screen
        // that replaced it, would stop the walk on an error summary.
        const seen = await completeWith(s, answers);
        expect(seen).not.toContain(en.common.loading);
        expect((await outcome(s)).level).toBe(expected.level);
        // Not vacuous: the person did see "Loading…" on the way.
        const headings = await s.run(
          () => (window as unknown as { __headings: string[] }).__headings,
        );
        expect(headings).toContain(en.common.loading);
        expect(await heading(s)).not.toBe(en.common.loading);
        expect(await pageErrors(s)).toEqual([]);
      } finally {
        release();
        await s.close();
      }
    });
  });
});
