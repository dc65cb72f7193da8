/**
 * Shared set-up for the browser tests: one static server and one Chromium per test file, a
 * fresh context (so fresh sessionStorage and cookies) per session, and small helpers that read
 * the wizard through its public DOM hooks only.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch, openPage, PHONE } from './browser';
import { serve, type StaticServer } from '../browser/server';
import { DIST, type AnswerSet } from '../browser/fixtures';

export * from '../browser/fixtures';
import { answerScreen, screenHeading, submit } from './drive';

export interface Suite {
  readonly origin: string;
  readonly browser: Browser;
  close(): Promise<void>;
}

/**
 * One server and one browser, for a whole test file (beforeAll / afterAll). `backForwardCache`:
 * a browser that keeps pages in it (see launch); `dist`: another build to serve.
 */
export async function startSuite(
  options: { backForwardCache?: boolean; dist?: string } = {},
): Promise<Suite> {
  const server: StaticServer = await serve(options.dist ?? DIST);
  const browser = await launch(options);
  return {
    origin: server.origin,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

export interface Session {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Requests to any other origin (aborted). */
  readonly foreign: string[];
  /** "type: text" of every console message. */
  readonly console: string[];
  /** Uncaught page errors. */
  readonly errors: string[];
  close(): Promise<void>;
}

export interface SessionOptions {
  readonly viewport?: { width: number; height: number };
  /** Query string, with or without the leading "?". */
  readonly query?: string;
  /** Scripts run before the app in every document (e.g. to break storage). */
  readonly initScripts?: readonly string[];
  /** Extra origins the page may reach (routed by the test itself). */
  readonly allow?: readonly string[];
  /** Don't navigate yet. */
  readonly noGoto?: boolean;
  /** A touch phone (a mobile viewport that takes taps), not a mouse. */
  readonly touch?: boolean;
}

/** A fresh context and page, opened at the wizard's start screen. */
export async function openSession(suite: Suite, options: SessionOptions = {}): Promise<Session> {
  const context = await suite.browser.newContext({
    viewport: options.viewport ?? PHONE,
    locale: 'en-US',
    reducedMotion: 'reduce',
    ...(options.touch ? { hasTouch: true, isMobile: true } : {}),
  });
  for (const script of options.initScripts ?? []) await context.addInitScript(script);
  const opened = await openPage(context, [suite.origin, ...(options.allow ?? [])]);
  const session: Session = { context, ...opened, close: () => context.close() };
  if (!options.noGoto) await gotoApp(session.page, suite.origin, options.query);
  return session;
}

export function appUrl(origin: string, query = ''): string {
  const q = query === '' || query.startsWith('?') ? query : `?${query}`;
  return `${origin}/${q}`;
}

/**
 * Loads the app and waits for its first screen, rendered by the app itself (not the
 * prerendered copy in index.html, which the app replaces once its JavaScript runs).
 */
export async function gotoApp(page: Page, origin: string, query = ''): Promise<void> {
  await page.goto(appUrl(origin, query));
  await waitForApp(page);
}

/**
 * Waits for a screen the app rendered itself: not the prerendered copy, and not the brief
 * "Loading…" of a resumed later step while its code downloads.
 */
export async function waitForApp(page: Page): Promise<void> {
  await page
    .locator('#root > .content-root:not([data-prerendered]) #step-heading:not([aria-busy] *)')
    .waitFor();
}

/** The current screen's heading, trimmed. */
export const headingText = screenHeading;

/**
 * Waits until the work the app does once a screen has painted and the page is idle (the tab
 * title, the saved copy: src/app/after-paint.ts) has run: a frame, then an idle callback, queued
 * after the app's own. Twice: a screen drawn after a download runs its effects a little after it
 * shows, so the first round may start before the app has asked for its idle moment.
 */
export async function afterPaint(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const round = () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestIdleCallback(() => setTimeout(resolve, 0))),
      );
    await round();
    await round();
  });
}

/** The dotted ids of the questions shown on the current screen, in order. */
export async function shownQuestions(page: Page): Promise<string[]> {
  return page.$$eval('main form input[name]', (inputs) => [
    ...new Set(inputs.map((i) => (i as HTMLInputElement).name)),
  ]);
}

/** The values checked for one question on the current screen. */
export async function checkedValues(page: Page, name: string): Promise<string[]> {
  return page.$$eval(`main form input[name="${name}"]:checked`, (inputs) =>
    inputs.map((i) => (i as HTMLInputElement).value),
  );
}

/** Waits until the screen's heading differs from `previous` and the new screen is whole. */
export async function waitForNewStep(page: Page, previous: string): Promise<void> {
  await page.waitForFunction(
    (before: string) => {
      // Not the "Loading…" shown while a screen's code downloads, nor a screen still drawing.
      if (document.querySelector('[aria-busy="true"]')) return false;
      const h = document.getElementById('step-heading');
      return (h && h.textContent?.trim() !== before) || false;
    },
    previous,
    { timeout: 5000 },
  );
}

/** Presses the Start button. */
export async function begin(page: Page): Promise<void> {
  const before = await headingText(page);
  await page.click('main form button[type="submit"]');
  await waitForNewStep(page, before);
}

/**
 * Answers screen by screen (from the current one) until a screen showing question `name`
 * appears, and stops there without answering it.
 */
export async function answerUntil(page: Page, answers: AnswerSet, name: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    if ((await shownQuestions(page)).includes(name)) return;
    if (await page.locator('[data-level]').count()) break;
    await answerScreen(page, answers);
    await submit(page);
  }
  throw new Error(`Never reached the screen with ${name}`);
}

/** Reads `data-level`, `data-asam`, `data-urgency` of the outcome's root element. */
export async function outcome(
  page: Page,
): Promise<{ level: string | null; asam: string | null; urgency: string | null }> {
  const root = page.locator('[data-level]');
  await root.waitFor();
  return {
    level: await root.getAttribute('data-level'),
    asam: await root.getAttribute('data-asam'),
    urgency: await root.getAttribute('data-urgency'),
  };
}

/**
 * An init script that puts a snapshot in sessionStorage before the app loads (only when none is
 * there, so the app's own writes win afterwards), as the app itself saves one: a shortcut to a
 * review or result screen for tests about those screens, not about the way there.
 */
/**
 * Where a test opens the wizard: the review, or the screen that asks `question` (unanswered).
 * Answers live in the page's memory only, so the only way there is the person's own: Start,
 * then each screen answered from `answers`.
 */
export type Stop = 'review' | { readonly question: string };

export async function walkTo(page: Page, answers: AnswerSet, stop: Stop): Promise<void> {
  await begin(page);
  if (stop !== 'review') return answerUntil(page, answers, stop.question);
  for (let i = 0; i < 40; i++) {
    if (await page.locator('main .summary-list').count()) {
      await page.locator('main .summary-list:not([aria-busy])').waitFor();
      return;
    }
    if (await page.locator('[data-level]').count()) break;
    await answerScreen(page, answers);
    await submit(page);
  }
  throw new Error('Never reached the review');
}

/** A fresh session (see openSession), walked to `stop` with `answers`. */
export async function openAt(
  suite: Suite,
  answers: AnswerSet,
  stop: Stop,
  options: Omit<SessionOptions, 'noGoto'> = {},
): Promise<Session> {
  const session = await openSession(suite, options);
  try {
    await walkTo(session.page, answers, stop);
  } catch (error) {
    await session.close();
    throw error;
  }
  return session;
}
