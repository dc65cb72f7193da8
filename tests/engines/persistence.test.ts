/**
 * Where answers live, in each engine (integration contract, Privacy): a reload mid-way resumes;
 * storage that throws still completes in memory; a tampered snapshot starts fresh with a notice;
 * "Leave this site" forgets everything and replaces the page; a page brought back from the
 * back-forward cache (which both engines keep on) forgets everything.
 */
import { describe, expect, it } from 'vitest';
import type { AnswerSet } from '../e2e/drive';
import { answersWith, NEUTRAL_PAGE, vignette } from '../e2e/harness';
import { SIZES, waitUntil, type EngineSession } from './driver';
import {
  appUrl,
  ENGINES,
  expectOnlyOwnOrigin,
  openApp,
  pageErrors,
  useAppServer,
  useEngine,
} from './harness';
import {
  answerScreen,
  checkedValues,
  completeWith,
  heading,
  outcome,
  savedSnapshot,
  SNAPSHOT_KEY,
  START_HEADING,
  submit,
  waitForApp,
  waitForHeading,
} from './walk';

const FRESH_NOTICE = "We couldn't use your saved answers, so we started fresh.";
const RESTORED_NOTICE = 'We kept your answers from earlier in this tab.';

const mild = vignette('mild-weekend-drinker');

/** At `page`, or at the engine's error page for it (Firefox's about:neterror?u=…). */
function wentTo(url: string, page: string): boolean {
  if (url.startsWith(page)) return true;
  if (!url.startsWith('about:neterror')) return false;
  return new URLSearchParams(url.slice(url.indexOf('?'))).get('u') === page;
}

async function answerScreens(s: EngineSession, answers: AnswerSet, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    await answerScreen(s, answers);
    await submit(s);
  }
}

const notice = (s: EngineSession) =>
  s.run(() => document.querySelector('.notice')?.textContent ?? null);
const inputs = (s: EngineSession) => s.run(() => document.querySelectorAll('main input').length);

const BLOCKED_STORAGE: [string, string][] = [
  [
    'Storage.prototype.getItem/setItem throw',
    `Storage.prototype.getItem = function () { throw new DOMException('blocked', 'SecurityError'); };
     Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };`,
  ],
  [
    'the window.sessionStorage getter throws',
    `Object.defineProperty(window, 'sessionStorage', {
       configurable: true,
       get() { throw new DOMException('denied', 'SecurityError'); },
     });`,
  ],
];

const now = Date.now();
const snapshot = (screen: string, answers: unknown) =>
  JSON.stringify({ v: 1, contractVersion: 1, savedAt: now, screen, history: ['start'], answers });
const TAMPERED: [string, string][] = [
  ['not JSON', '{"v":1,"screen":"result",'],
  [
    'an invalid answer value',
    snapshot('result', answersWith(mild.answers, { 'living.situation': 'castle' })),
  ],
  [
    "'result' past an emergency answer",
    snapshot('result', answersWith(mild.answers, { 'withdrawal.current': 'severe' })),
  ],
];

describe.each(ENGINES)('%s', (name) => {
  const engine = useEngine(name);
  const server = useAppServer();
  describe.each(SIZES)('%s', (_size, viewport) => {
    it('a reload mid-way returns to the same screen, answers kept, and completes', async () => {
      const s = await openApp(engine(), server(), viewport);
      try {
        await submit(s);
        await answerScreens(s, mild.answers, 5); // → the criteria screen
        const criteria = await heading(s);
        expect(await savedSnapshot(s)).not.toBeNull();
        await s.reload();
        await waitForApp(s);
        expect(await heading(s)).toBe(criteria);
        expect(await notice(s)).toBe(RESTORED_NOTICE);
        // One screen back: its answers are there.
        await s.clickOn(() => document.querySelector('main form [data-action="back"]'));
        await waitUntil(
          s,
          'the frequency screen',
          () => !!document.querySelector('main input[name="use.frequency"]'),
          [],
        );
        expect(await checkedValues(s, 'use.frequency')).toEqual(['weekly']);
        await completeWith(s, mild.answers);
        expect((await outcome(s)).level).toBe(mild.expect.level);
        await expectOnlyOwnOrigin(s, server(), expect);
        expect(await pageErrors(s)).toEqual([]);
      } finally {
        await s.close();
      }
    });

    it.for(BLOCKED_STORAGE)('blocked storage (%s) still completes', async ([, script]) => {
      const v = vignette('homeless-moderate');
      const s = await openApp(engine(), server(), viewport, { initScripts: [script] });
      try {
        await submit(s);
        await completeWith(s, v.answers);
        expect(await outcome(s)).toEqual({
          level: v.expect.level,
          asam: v.expect.asamLevel,
          urgency: v.expect.urgency,
        });
        expect(await pageErrors(s)).toEqual([]);
      } finally {
        await s.close();
      }
    });

    it.for(TAMPERED)('tampered storage (%s) starts fresh, with a notice', async ([, raw]) => {
      // The bad copy is there before the app loads (as one left by an edit or another build).
      const seed = `if (!sessionStorage.getItem('test:seeded')) {
        sessionStorage.setItem('test:seeded', '1');
        sessionStorage.setItem(${JSON.stringify(SNAPSHOT_KEY)}, ${JSON.stringify(raw)});
      }`;
      const s = await openApp(engine(), server(), viewport, { initScripts: [seed] });
      try {
        await waitForHeading(s, START_HEADING);
        expect(await notice(s)).toBe(FRESH_NOTICE);
        expect(await s.run(() => document.querySelectorAll('[data-level]').length)).toBe(0);
        expect(await inputs(s)).toBe(0);
        expect(await savedSnapshot(s)).toBeNull();
        expect(await pageErrors(s)).toEqual([]);
      } finally {
        await s.close();
      }
    });

    it('"Leave this site" forgets everything and replaces the page with the neutral one', async () => {
      const s = await openApp(engine(), server(), viewport);
      try {
        await submit(s);
        await answerScreens(s, mild.answers, 4);
        expect(await savedSnapshot(s)).not.toBeNull();
        await expectOnlyOwnOrigin(s, server(), expect);
        await s.clickOn(
          () =>
            [...document.querySelectorAll('header button')].find((b) =>
              b.textContent?.startsWith('Leave this site'),
            ) ?? null,
        );
        // The neutral page is on the internet, which this machine may not reach: the browser
        // going there (or to its error page for it) is what is tested.
        const deadline = Date.now() + 10_000;
        let url = await s.url();
        while (!wentTo(url, NEUTRAL_PAGE) && Date.now() < deadline) {
          await new Promise((r) => setTimeout(r, 100));
          url = await s.url();
        }
        expect(wentTo(url, NEUTRAL_PAGE), url).toBe(true);
        // Back at the app in the same tab: nothing kept.
        await s.goto(appUrl(server().origin));
        await waitForApp(s);
        expect(await heading(s)).toBe(START_HEADING);
        expect(await notice(s)).toBeNull();
        expect(await savedSnapshot(s)).toBeNull();
      } finally {
        await s.close();
      }
    });

    it('a page brought back from the back-forward cache forgets everything', async () => {
      const s = await openApp(engine(), server(), viewport);
      try {
        await s.run(() => {
          (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
        });
        await submit(s);
        await answerScreens(s, mild.answers, 3);
        expect(await savedSnapshot(s)).not.toBeNull();
        expect(await heading(s)).not.toBe(START_HEADING);
        await s.goto(`${server().origin}/embed.js`);
        await s.back();
        await waitForHeading(s, START_HEADING);
        // The same document came back (a fresh load would have restored the answers).
        expect(
          await s.run(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument),
        ).toBe(true);
        expect(await savedSnapshot(s)).toBeNull();
        expect(await inputs(s)).toBe(0);
        await submit(s);
        expect(await s.run(() => document.querySelectorAll('main input:checked').length)).toBe(0);
        expect(await pageErrors(s)).toEqual([]);
      } finally {
        await s.close();
      }
    });
  });
});
