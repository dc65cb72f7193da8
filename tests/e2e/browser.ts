/**
 * Debian's Chromium through playwright-core (Playwright's own browser download does not work
 * everywhere). Override the binary with CHROMIUM_PATH.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../browser/chromium';

// One Chromium, one set of flags for both suites while tests/e2e lasts (tests/browser/chromium.ts).
export { CHROMIUM_FLAGS, CHROMIUM_PATH };

/**
 * `backForwardCache`: keep Chromium's back-forward cache, which Playwright turns off by default
 * (for the tests of what the app does when a page comes back from it).
 */
export function launch(
  options: { backForwardCache?: boolean; args?: readonly string[] } = {},
): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_FLAGS, ...(options.args ?? [])],
    ...(options.backForwardCache ? { ignoreDefaultArgs: ['--disable-back-forward-cache'] } : {}),
  });
}

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 800 };

/**
 * A page that records every request and console message. Requests to any other origin than
 * `allowed` are aborted and recorded: the tests assert there are none.
 */
export async function openPage(
  context: BrowserContext,
  allowed: readonly string[],
): Promise<{ page: Page; foreign: string[]; console: string[]; errors: string[] }> {
  const page = await context.newPage();
  const foreign: string[] = [];
  const consoleLines: string[] = [];
  const errors: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    const origin = url.startsWith('data:') ? 'data:' : new URL(url).origin;
    if (origin === 'data:' || allowed.includes(origin)) return route.continue();
    foreign.push(url);
    return route.abort();
  });
  page.on('console', (m) => consoleLines.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => errors.push(String(e)));
  return { page, foreign, console: consoleLines, errors };
}
