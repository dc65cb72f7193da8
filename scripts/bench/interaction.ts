/**
 * Continue → next screen, timed inside the page at 4× CPU slowdown (a mid-range phone): from
 * the click's event timestamp (so input delay counts, as in INP) until the next screen's
 * heading is in the DOM with new text and a frame has been painted after it (rAF, then a
 * MessageChannel task: the usual "next paint" approximation). Answering is not timed.
 */
import type { Browser, CDPSession, Page } from 'puppeteer-core';
import { PHONE } from '../../tests/browser/driver';
import type { AnswerSet } from '../../tests/browser/fixtures';
import { surfaceOf } from '../../tests/browser/puppeteer';
import { answerScreen, SUBMIT, waitForApp } from '../../tests/browser/walk';
import { RESULT } from './vignette';

const CPU_SLOWDOWN = 4;

/**
 * How long the button is held down, as a finger or a mouse does (a tap lasts about 100 ms).
 * Pressed and released in the same instant, the release would wait behind the press's own
 * work (focus, pointer events), which no person's release does.
 */
const PRESS_MS = 80;

/**
 * Installed before the app loads: times each Continue into window.__bench.samples. A string,
 * not a function: tsx's helpers (__name) would not exist in the page.
 */
const PROBE = `(() => {
  const probe = { samples: [], pending: null, wake: null, next: null };
  probe.arm = () => { probe.next = new Promise((resolve) => { probe.wake = resolve; }); };
  window.__bench = probe;
  const heading = () => document.getElementById('step-heading')?.textContent ?? '';
  document.addEventListener('click', (e) => {
    if (!e.target.closest?.('main form button[type="submit"]')) return;
    probe.pending = { start: e.timeStamp, before: heading() };
  }, true);
  new MutationObserver(() => {
    const pending = probe.pending;
    if (!pending || !document.getElementById('step-heading')) return;
    if (heading() === pending.before) return;
    probe.pending = null;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        probe.samples.push(performance.now() - pending.start);
        probe.wake?.();
      };
      channel.port2.postMessage(null);
    });
  }).observe(document, { subtree: true, childList: true, characterData: true });
})();`;

/** How Continue is pressed: a mouse, or a finger on a touch phone. */
export type Pointer = 'mouse' | 'tap';

/**
 * A tap waits this long after the last one, past Chromium's double-tap window: a second tap on
 * the same spot within it counts as a double tap (`detail` 2), which the app ignores on a new
 * screen (src/app/useDoubleClickGuard.ts). A person reads the new screen for longer.
 */
const BETWEEN_TAPS_MS = 400;

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The centre of Continue, scrolled into view, in viewport coordinates. */
async function continueCentre(page: Page): Promise<{ x: number; y: number }> {
  const button = await page.$(SUBMIT);
  if (!button) throw new Error('No Continue');
  await button.scrollIntoView();
  const box = await button.boundingBox();
  await button.dispose();
  if (!box) throw new Error('Continue is not on screen');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * Presses Continue and waits (without polling the page) until the probe has its sample. The
 * press is held for PRESS_MS, on the button's centre: a plain mouse click (no
 * driver's element click, which may look at its target with script in the page, running slowed
 * 4× inside the timed window and counted as the app's), or raw touches, which the browser
 * turns into a tap and its click.
 */
async function timedContinue(page: Page, pointer: Pointer, cdp: CDPSession): Promise<void> {
  const centre = await continueCentre(page);
  if (pointer === 'mouse') await page.mouse.move(centre.x, centre.y);
  if (pointer === 'tap') await wait(BETWEEN_TAPS_MS);
  await page.evaluate('window.__bench.arm()');
  if (pointer === 'mouse') await page.mouse.click(centre.x, centre.y, { delay: PRESS_MS });
  else {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [centre] });
    await wait(PRESS_MS);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  }
  // Under a loaded machine and 4× slowdown a screen can take long, but never 15 s.
  await page.evaluate(`Promise.race([window.__bench.next, new Promise((_, reject) =>
    setTimeout(() => reject(new Error('No new screen after Continue')), 15000))])`);
}

/** Where a Continue led: the screens differ in how much they draw. */
export type ContinueInto = 'first question' | 'next question' | 'review' | 'result';
export const CONTINUE_INTO: readonly ContinueInto[] = [
  'first question',
  'next question',
  'review',
  'result',
];

export interface ContinueSample {
  readonly ms: number;
  readonly into: ContinueInto;
}

const has = (page: Page, selector: string): Promise<boolean> =>
  page.evaluate((s: string) => !!document.querySelector(s), selector);

/** The screen a Continue has just shown (the walk's `index`-th press). */
async function screenShown(page: Page, index: number): Promise<ContinueInto> {
  if (index === 0) return 'first question';
  if (await has(page, RESULT)) return 'result';
  if (await has(page, 'main .summary-list')) return 'review';
  return 'next question';
}

/**
 * Walks whole assessments with `answers` until at least `minSamples` presses are timed. A tap
 * runs on a touch phone (a mobile viewport that takes touches, as Chrome on Android).
 */
export async function continueTimings(
  browser: Browser,
  origin: string,
  answers: AnswerSet,
  minSamples: number,
  pointer: Pointer = 'mouse',
): Promise<ContinueSample[]> {
  const samples: ContinueSample[] = [];
  while (samples.length < minSamples) {
    const context = await browser.createBrowserContext();
    try {
      const page = await context.newPage();
      await page.setViewport({
        ...PHONE,
        ...(pointer === 'tap' ? { hasTouch: true, isMobile: true } : {}),
      });
      await page.evaluateOnNewDocument(PROBE);
      const cdp = await page.createCDPSession();
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
      await page.goto(`${origin}/`);
      const surface = surfaceOf(page);
      await waitForApp(surface);
      const into: ContinueInto[] = [];
      await timedContinue(page, pointer, cdp); // the start screen's button
      into.push(await screenShown(page, 0));
      for (let i = 0; i < 40 && !(await has(page, RESULT)); i++) {
        await answerScreen(surface, answers);
        await timedContinue(page, pointer, cdp);
        into.push(await screenShown(page, into.length));
      }
      if (!(await has(page, RESULT))) throw new Error('Walk ended without a result');
      const times = (await page.evaluate('window.__bench.samples')) as number[];
      if (times.length !== into.length) throw new Error('A Continue was not timed');
      samples.push(...times.map((ms, k) => ({ ms, into: into[k]! })));
    } finally {
      await context.close();
    }
  }
  return samples;
}
