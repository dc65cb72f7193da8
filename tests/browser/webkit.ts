/**
 * WebKit: WebKitGTK's MiniBrowser driven by WebKitGTK's own WebDriver (`WebKitWebDriver`,
 * Debian's webkit2gtk-driver) in the classic W3C protocol, on an X display (Xvfb in CI). The
 * client is the few HTTP commands the tests need (W3C WebDriver, plain fetch): no dependency.
 *
 * A WebKitWebDriver holds one session at a time, so sessions run on a pool of drivers, each on
 * its own display with a window manager (so the window has focus): WEBKIT_WEBDRIVER_URLS
 * (comma-separated), set by scripts/with-webkit.sh, which starts and stops them. A session waits
 * for a free driver.
 */
import { writeFileSync } from 'node:fs';
import type { Digit, Engine, EngineSession, Key, Surface, Viewport } from './driver';

export const MINIBROWSER_PATH =
  process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
type ElementRef = { [ELEMENT]: string };

/** W3C WebDriver key codes. */
const KEYS = {
  Tab: '\uE004',
  Enter: '\uE007',
  Space: '\uE00D',
  ArrowUp: '\uE013',
  ArrowDown: '\uE015',
  Shift: '\uE008',
  Control: '\uE009',
} as const;

const CHORDS: Record<Exclude<Key, Digit>, readonly string[]> = {
  Tab: [KEYS.Tab],
  'Shift+Tab': [KEYS.Shift, KEYS.Tab],
  Enter: [KEYS.Enter],
  Space: [KEYS.Space],
  ArrowDown: [KEYS.ArrowDown],
  ArrowUp: [KEYS.ArrowUp],
  Paste: [KEYS.Control, 'v'],
};

class WebDriverError extends Error {}

async function command<T>(base: string, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(base + path, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(30_000),
  });
  const json = (await response.json()) as { value: T & { error?: string; message?: string } };
  if (!response.ok)
    throw new WebDriverError(`${method} ${path}: ${json.value.error}: ${json.value.message}`);
  return json.value;
}

export function startWebKit(): Promise<Engine> {
  const free = process.env.WEBKIT_WEBDRIVER_URLS?.split(',').filter(Boolean) ?? [];
  if (free.length === 0)
    throw new Error(
      'No WebKit driver: run through scripts/with-webkit.sh (npm run test:browsers does)',
    );
  const waiting: ((url: string) => void)[] = [];
  const take = () =>
    new Promise<string>((resolve) => {
      const url = free.shift();
      if (url) resolve(url);
      else waiting.push(resolve);
    });
  const release = (url: string) => {
    const next = waiting.shift();
    if (next) next(url);
    else free.push(url);
  };
  const sessions = new Set<EngineSession>();

  async function open(viewport: Viewport): Promise<EngineSession> {
    const driverUrl = await take();
    try {
      return await openOn(driverUrl, viewport);
    } catch (error) {
      release(driverUrl);
      throw error;
    }
  }

  async function openOn(driverUrl: string, viewport: Viewport): Promise<EngineSession> {
    const created = await command<{ sessionId: string }>(driverUrl, 'POST', '/session', {
      capabilities: {
        alwaysMatch: {
          browserName: 'MiniBrowser',
          'webkitgtk:browserOptions': { binary: MINIBROWSER_PATH, args: ['--automation'] },
        },
      },
    });
    const base = `${driverUrl}/session/${created.sessionId}`;
    const send = <T>(method: string, path: string, body?: unknown) =>
      command<T>(base, method, path, body);

    /** The frame commands go to now: null for the top page, else its iframe's selector. */
    let current: string | null = null;
    async function enter(frame: string | null): Promise<void> {
      if (current === frame) return;
      await send('POST', '/frame', { id: null });
      current = null;
      if (frame === null) return;
      const iframe = await send<ElementRef>('POST', '/element', {
        using: 'css selector',
        value: frame,
      });
      await send('POST', '/frame', { id: iframe });
      current = frame;
    }

    function surface(frame: string | null): Surface {
      const run = async <A extends unknown[], T>(
        fn: (...args: A) => T,
        ...args: A
      ): Promise<Awaited<T>> => {
        await enter(frame);
        return send<Awaited<T>>('POST', '/execute/sync', {
          script: `return (${fn.toString()}).apply(null, arguments);`,
          args,
        });
      };
      const clickWith = async (
        count: 1 | 2,
        find: (...args: never[]) => Element | null,
        args: unknown[],
      ): Promise<void> => {
        const found = (await run(
          find as (...a: unknown[]) => Element | null,
          ...args,
        )) as unknown as ElementRef | null;
        if (!found) throw new Error(`clickOn: nothing found by ${String(find)} ${String(args)}`);
        if (frame !== null) {
          // WebKitWebDriver scrolls the element into view within its frame only: scroll the
          // page around the frame too, as a person would, or the click lands off screen.
          const box = await send<{ y: number; height: number }>(
            'GET',
            `/element/${found[ELEMENT]}/rect`,
          );
          await enter(null);
          await send('POST', '/execute/sync', {
            script: `const f = document.querySelector(arguments[0]);
                const top = f.getBoundingClientRect().top + arguments[1] + arguments[2] / 2;
                window.scrollBy(0, top - innerHeight / 2);`,
            args: [frame, box.y, box.height],
          });
          await enter(frame);
        }
        if (count === 1) {
          await send('POST', `/element/${found[ELEMENT]}/click`, {});
          return;
        }
        // The element-click command scrolls it into view; a double click is two presses of
        // the pointer at its centre, within the double-click time.
        await send('POST', '/execute/sync', {
          script: 'arguments[0].scrollIntoView({ block: "center" });',
          args: [found],
        });
        const press = [
          { type: 'pointerDown', button: 0 },
          { type: 'pointerUp', button: 0 },
        ];
        await send('POST', '/actions', {
          actions: [
            {
              type: 'pointer',
              id: 'mouse',
              parameters: { pointerType: 'mouse' },
              actions: [{ type: 'pointerMove', origin: found, x: 0, y: 0 }, ...press, ...press],
            },
          ],
        });
        await send('DELETE', '/actions');
      };
      return {
        run,
        clickOn: (find, ...args) => clickWith(1, find as never, args),
        doubleClickOn: (find, ...args) => clickWith(2, find as never, args),
      };
    }

    const navigated = <T>(result: T) => {
      current = null; // a navigation of the top page makes it the current context again
      return result;
    };

    // The window is the viewport plus MiniBrowser's toolbar: measure that, then size to fit.
    const inner = () =>
      surface(null).run(() => ({ width: innerWidth, height: innerHeight, outer: outerHeight }));
    await send('POST', '/url', { url: 'about:blank' });
    // GTK resizes the window asynchronously (slowly on a loaded machine): measure again until
    // the viewport is exactly the size asked for.
    let got = await inner();
    for (
      let i = 0;
      i < 20 && (got.width !== viewport.width || got.height !== viewport.height);
      i++
    ) {
      await send('POST', '/window/rect', {
        width: viewport.width,
        height: viewport.height + Math.max(0, got.outer - got.height),
      });
      await new Promise((r) => setTimeout(r, 100));
      got = await inner();
    }
    if (got.width !== viewport.width || got.height !== viewport.height) {
      await send('DELETE', '').catch(() => undefined);
      throw new Error(
        `WebKit viewport ${got.width}x${got.height}, not ${JSON.stringify(viewport)}`,
      );
    }

    const top = surface(null);
    const session: EngineSession = {
      engine: 'webkit',
      viewport,
      ...top,
      frame: (selector) => Promise.resolve(surface(selector)),
      async press(key) {
        const chord = /^[1-9]$/.test(key) ? [key] : CHORDS[key as Exclude<Key, Digit>];
        const actions = [
          ...chord.map((value) => ({ type: 'keyDown', value })),
          ...[...chord].reverse().map((value) => ({ type: 'keyUp', value })),
        ];
        await send('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
      },
      goto: async (url) => navigated(await send<void>('POST', '/url', { url })),
      reload: async () => navigated(await send<void>('POST', '/refresh', {})),
      back: async () => navigated(await send<void>('POST', '/back', {})),
      forward: async () => navigated(await send<void>('POST', '/forward', {})),
      url: () => send<string>('GET', '/url'),
      // The element screenshot of <html> is the viewport, whatever fullPage asks.
      async screenshot(file) {
        await enter(null);
        const html = await send<ElementRef>('POST', '/element', {
          using: 'css selector',
          value: 'html',
        });
        const png = await send<string>('GET', `/element/${html[ELEMENT]}/screenshot`);
        writeFileSync(file, Buffer.from(png, 'base64'));
      },
      async close() {
        if (!sessions.delete(session)) return;
        await send('DELETE', '').catch(() => undefined);
        release(driverUrl);
      },
    };
    sessions.add(session);
    return session;
  }

  return Promise.resolve({
    name: 'webkit',
    open,
    async stop() {
      await Promise.all([...sessions].map((s) => s.close()));
    },
  });
}
