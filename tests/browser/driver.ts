/**
 * The one way a browser test describes a walk, whatever the engine: a small driver interface
 * that Chromium (chromium.ts, the DevTools Protocol through puppeteer-core), Firefox
 * (firefox.ts, WebDriver BiDi through puppeteer-core) and WebKit (webkit.ts, classic WebDriver
 * against WebKitGTK's MiniBrowser) all implement. Tests use only this, so a
 * test is written once and runs in every engine.
 *
 * Input is the engine's own: `clickOn` and `press` go through the driver's pointer and keyboard
 * (trusted events, as a person's), never through `element.click()` or setting values in script.
 * `run` is for reading the page (and for what a test sets up around the app, never for answering).
 */

export const ENGINE_NAMES = ['chromium', 'firefox', 'webkit'] as const;
export type EngineName = (typeof ENGINE_NAMES)[number];

export interface Viewport {
  readonly width: number;
  readonly height: number;
}

export const PHONE: Viewport = { width: 390, height: 844 };
export const DESKTOP: Viewport = { width: 1280, height: 800 };
export const SIZES = [
  ['390x844', PHONE],
  ['1280x800', DESKTOP],
] as const;

/** A digit key (staff mode's number-key shortcuts). */
export type Digit = '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9';
export type Key =
  'Tab' | 'Shift+Tab' | 'Enter' | 'Space' | 'ArrowDown' | 'ArrowUp' | 'Paste' | Digit;

/** A document the test can read and click in: the top page or one frame of it. */
export interface Surface {
  /**
   * Runs `fn` in the document (it is serialized: it may use only its arguments, which must be
   * JSON) and returns its result, a promise's awaited.
   */
  run<A extends unknown[], T>(fn: (...args: A) => T, ...args: A): Promise<Awaited<T>>;
  /** Scrolls to the element `find` returns and clicks its centre with the engine's pointer. */
  clickOn<A extends unknown[]>(find: (...args: A) => Element | null, ...args: A): Promise<void>;
  /** As clickOn, twice in the double-click time (the second click's `detail` is 2). */
  doubleClickOn<A extends unknown[]>(
    find: (...args: A) => Element | null,
    ...args: A
  ): Promise<void>;
}

export interface EngineSession extends Surface {
  readonly engine: EngineName;
  readonly viewport: Viewport;
  /** A frame of the top page, by its iframe's CSS selector. */
  frame(iframeSelector: string): Promise<Surface>;
  /** A key press (or chord) by the engine's keyboard, to whatever has focus. */
  press(key: Key): Promise<void>;
  /** Navigates and waits for the load. */
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /** The browser's Back; returns once the traversal has been asked for (the test waits). */
  back(): Promise<void>;
  /** The browser's Forward; as back(). */
  forward(): Promise<void>;
  url(): Promise<string>;
  /**
   * A PNG of the page: the whole page by default where the engine can (WebKit's driver takes
   * the viewport only), the viewport with `fullPage: false`.
   */
  screenshot(file: string, options?: { fullPage?: boolean }): Promise<void>;
  close(): Promise<void>;
}

export interface Engine {
  readonly name: EngineName;
  /** A fresh session (nothing stored, no history) with a viewport of exactly `viewport`. */
  open(viewport: Viewport): Promise<EngineSession>;
  /** Stops the browser (and the driver, if it started one). */
  stop(): Promise<void>;
}

/** Clicks the element matched by a CSS selector. */
export function click(surface: Surface, selector: string): Promise<void> {
  return surface.clickOn((s: string) => document.querySelector(s), selector);
}

/** Polls `fn` in the document until it returns a truthy value; returns that value. */
export async function waitUntil<A extends unknown[], T>(
  surface: Surface,
  what: string,
  fn: (...args: A) => T,
  args: A,
  timeout = 10_000,
): Promise<NonNullable<Awaited<T>>> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const value = await surface.run(fn, ...args);
      if (value) return value;
    } catch (error) {
      last = error; // a navigation in flight: try again
    }
    if (Date.now() > deadline)
      throw new Error(`Timed out waiting for ${what}`, last ? { cause: last } : undefined);
    await new Promise((r) => setTimeout(r, 50));
  }
}
