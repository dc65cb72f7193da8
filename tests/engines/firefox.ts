/**
 * Firefox ESR (Debian's `firefox-esr`) over WebDriver BiDi, which Firefox speaks itself, through
 * puppeteer-core (geckodriver is neither packaged nor downloadable here). One browser per test
 * file; each session is a fresh browser context (its own storage, cookies and history).
 */
import puppeteer, {
  type Browser,
  type ElementHandle,
  type Frame,
  type JSHandle,
  type Page,
} from 'puppeteer-core';
import type { Engine, EngineSession, Key, Surface, Viewport } from './driver';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** English, and nothing the browser would fetch from the internet on its own. */
const PREFS: Record<string, unknown> = {
  'intl.accept_languages': 'en-US',
  'intl.locale.requested': 'en-US',
  'ui.prefersReducedMotion': 1,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'browser.safebrowsing.update.enabled': false,
  'app.update.auto': false,
};

/** Page and Frame evaluate alike; the driver interface carries the types. */
interface Evaluator {
  evaluate(fn: unknown, ...args: unknown[]): Promise<unknown>;
  evaluateHandle(fn: unknown, ...args: unknown[]): Promise<JSHandle<Element | null>>;
}

function surfaceOf(target: Page | Frame): Surface {
  const loose = target as unknown as Evaluator;
  return {
    run: (fn, ...args) => loose.evaluate(fn, ...args) as never,
    async clickOn(find, ...args) {
      const handle = await loose.evaluateHandle(find, ...args);
      const element = handle.asElement() as ElementHandle<Element> | null;
      if (!element) throw new Error(`clickOn: nothing found by ${String(find)} ${String(args)}`);
      try {
        await element.click();
      } finally {
        await handle.dispose();
      }
    },
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

export async function startFirefox(): Promise<Engine> {
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    extraPrefsFirefox: PREFS,
  });
  return {
    name: 'firefox',
    async open(viewport: Viewport): Promise<EngineSession> {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport({ width: viewport.width, height: viewport.height });
      return {
        engine: 'firefox',
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
        url: () => Promise.resolve(page.url()),
        screenshot: async (path) => void (await page.screenshot({ path, fullPage: true })),
        close: () => context.close(),
      };
    },
    stop: () => browser.close(),
  };
}
