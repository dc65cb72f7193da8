/**
 * A session on a puppeteer-core browser, whatever the protocol under it: Chromium over the
 * Chrome DevTools Protocol (chromium.ts), Firefox over WebDriver BiDi (firefox.ts). Each session
 * is a fresh browser context (its own storage, cookies and history).
 */
import type { Browser, ElementHandle, Frame, JSHandle, Page } from 'puppeteer-core';
import type { Engine, EngineName, EngineSession, Key, Surface, Viewport } from './driver';

/** Page and Frame evaluate alike; the driver interface carries the types. */
interface Evaluator {
  evaluate(fn: unknown, ...args: unknown[]): Promise<unknown>;
  evaluateHandle(fn: unknown, ...args: unknown[]): Promise<JSHandle<Element | null>>;
}

/**
 * Waits (a second at most) until the element has stopped moving on the page, as Playwright's
 * "stable" check did: a click aimed at a target that moves before it lands misses it (in a
 * partner's frame the page resizes the frame as a question appears or goes, and a page scrolled
 * to its end then shifts; a Chromium CI run lost a Continue so).
 */
async function untilStill(element: ElementHandle<Element>): Promise<void> {
  const deadline = Date.now() + 1000;
  let last = JSON.stringify(await element.boundingBox());
  while (Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 20)); // about a frame
    const now = JSON.stringify(await element.boundingBox());
    if (now === last) return;
    last = now;
  }
}

/** A page or frame as the driver interface's Surface (scripts/bench walks with it). */
export function surfaceOf(target: Page | Frame): Surface {
  const loose = target as unknown as Evaluator;
  const clickWith = async (
    count: 1 | 2,
    find: (...args: never[]) => Element | null,
    args: unknown[],
  ): Promise<void> => {
    const handle = await loose.evaluateHandle(find, ...args);
    const element = handle.asElement() as ElementHandle<Element> | null;
    if (!element) throw new Error(`clickOn: nothing found by ${String(find)} ${String(args)}`);
    try {
      await untilStill(element);
      await element.click({ count });
    } finally {
      await handle.dispose();
    }
  };
  return {
    run: (fn, ...args) => loose.evaluate(fn, ...args) as never,
    clickOn: (find, ...args) => clickWith(1, find as never, args),
    doubleClickOn: (find, ...args) => clickWith(2, find as never, args),
  };
}

async function press(page: Page, key: Key): Promise<void> {
  const kb = page.keyboard;
  if (key === 'Shift+Tab' || key === 'Paste') {
    const [modifier, main] =
      key === 'Paste' ? (['Control', 'v'] as const) : (['Shift', 'Tab'] as const);
    await kb.down(modifier);
    await kb.press(main);
    await kb.up(modifier);
  } else await kb.press(key === 'Space' ? ' ' : key);
}

/**
 * An Engine on a launched puppeteer browser. `prepare` sets up each new page the way the
 * engine's launch options cannot (Chromium: reduced motion, by emulation).
 */
export function puppeteerEngine(
  name: EngineName,
  browser: Browser,
  prepare: (page: Page) => Promise<void> = () => Promise.resolve(),
): Engine {
  return {
    name,
    async open(viewport: Viewport): Promise<EngineSession> {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport({ width: viewport.width, height: viewport.height });
      await prepare(page);
      return {
        engine: name,
        viewport,
        ...surfaceOf(page),
        async frame(selector) {
          const handle = await page.waitForSelector(selector);
          const frame = await handle?.contentFrame();
          if (!frame) throw new Error(`No frame at ${selector}`);
          return surfaceOf(frame);
        },
        press: (key) => press(page, key),
        goto: async (url) => void (await page.goto(url)),
        reload: async () => void (await page.reload()),
        // A page restored from the back-forward cache fires no load event to wait for.
        back: async () => void (await page.goBack({ timeout: 3000 }).catch(() => null)),
        forward: async () => void (await page.goForward({ timeout: 3000 }).catch(() => null)),
        url: () => Promise.resolve(page.url()),
        screenshot: async (path, { fullPage = true } = {}) =>
          void (await page.screenshot({ path, fullPage })),
        close: () => context.close(),
      };
    },
    stop: () => browser.close(),
  };
}
