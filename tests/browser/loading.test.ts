/**
 * The later part (the other questions, the review, the result and their words) downloads once
 * the first question shows. In each engine: when it can't, the person sees why, the center's
 * number and the crisis numbers, and a retry that picks up where they were, never a blank page;
 * when it is slow, "Loading…" and then the next screen. The test server fails or holds the
 * later part's files (routes), the same way for every engine.
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { DEFAULT_PHONE, vignette } from './fixtures';
import { click, PHONE, waitUntil, type EngineSession } from './driver';
import {
  forEngines,
  itExcept,
  openApp,
  pageErrors,
  useAppServer,
  type Exceptions,
} from './harness';
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

const LATER_PART = /\/assets\/(deferred|en\.later)-[^/]+\.(js|css)$/;

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

/**
 * Firefox and WebKit keep a module whose fetch failed as failed for the life of the document
 * (their module map holds the failure): import() of it rejects again, even though both fetch
 * the files again for Vite's preload links and now get them (the server's log shows it), so
 * "Try again" can't succeed there until the page is reloaded. Chromium fetches again. Left for an
 * app fix (a retry that imports under a new URL); until then the failure screen, with its
 * numbers, is what a person in those engines keeps seeing.
 */
const RETRY: Exceptions = {
  firefox:
    'a failed module fetch stays failed for the document (module map): Try again never loads',
  webkit: 'a failed module fetch stays failed for the document (module map): Try again never loads',
};

forEngines((engine, name) => {
  const server = useAppServer();

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

    itExcept(name, RETRY)('Try again carries on, with the answers kept', async () => {
      let blocked = true;
      const s = await openApp(engine(), server(), PHONE, {
        routes: [{ match: LATER_PART, fail: () => blocked }],
      });
      try {
        await toFailure(s);

        blocked = false;
        await clickButton(s, en.common.retry);
        await waitForHeading(s, en.questions['about.age'].label.you);
        expect(await shownQuestions(s)).toEqual(['about.age']);
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
