/**
 * Scripts a test runs before the app (the server puts them first in the app's <head>, the same
 * way in every engine: harness.ts, `initScripts`), and what reads their records back. They stand
 * in for what only Chromium's protocol gave the old suite: CSP reports, a fixed clock, downloads.
 */
import type { EngineSession, Surface } from './driver';

/** Every CSP violation of the document (its console lines are the harness's consoleLines). */
export const RECORD_VIOLATIONS = `window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));`;

/**
 * Every touch of sessionStorage or localStorage (a read of the property, so even where the
 * browser denies a third-party frame its storage) and every write through any Storage.
 */
export const RECORD_STORAGE = `(() => {
  window.__storageTouches = [];
  for (const name of ['sessionStorage', 'localStorage']) {
    const own = Object.getOwnPropertyDescriptor(window, name);
    const d = own || Object.getOwnPropertyDescriptor(Window.prototype, name);
    if (!d || !d.get) continue;
    Object.defineProperty(window, name, {
      configurable: true,
      enumerable: d.enumerable,
      get() { window.__storageTouches.push(name); return d.get.call(window); },
    });
  }
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key, value) {
    window.__storageTouches.push('setItem:' + key);
    return setItem.call(this, key, value);
  };
})();`;

/** Counts print dialogs asked for (beforeprint), without showing one: window.print is kept. */
export const RECORD_PRINT = `window.__printed = 0; addEventListener('beforeprint', () => { window.__printed++; });`;

/**
 * Files the page offers through a download link (a[download] clicked): their name, URL and
 * text, recorded instead of saved (a save dialog would stop some engines' automation).
 */
export const RECORD_DOWNLOADS = `(() => {
  window.__downloads = [];
  const blobs = new Map();
  const create = URL.createObjectURL;
  URL.createObjectURL = function (blob) {
    const url = create.call(URL, blob);
    if (blob instanceof Blob) blobs.set(url, blob.text());
    return url;
  };
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function () {
    if (!this.hasAttribute('download')) return click.call(this);
    const entry = { name: this.download, url: this.href, text: null };
    window.__downloads.push(entry);
    void (blobs.get(this.href) || Promise.resolve(null)).then((t) => { entry.text = t; });
  };
})();`;

/** Fixes the page's clock at `iso` (Date and Date.now; timers run as usual). */
export const fixedClock = (iso: string): string => `(() => {
  const fixed = Date.parse(${JSON.stringify(iso)});
  const Real = Date;
  class Fixed extends Real {
    constructor(...args) { if (args.length === 0) super(fixed); else super(...args); }
    static now() { return fixed; }
  }
  globalThis.Date = Fixed;
})();`;

/** A clipboard that refuses every write, as a browser does without permission. */
export const REFUSE_CLIPBOARD = `navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));`;

/** Uncaught errors of a document (the harness records them in every app page). */
export const errorsOf = (s: Surface): Promise<string[]> =>
  s.run(() => (window as unknown as { __pageErrors?: string[] }).__pageErrors ?? []);

/**
 * The document's CSP violations ("directive blocked-URL"), but for the browser's own favicon
 * request: Firefox checks /favicon.ico against the page's img-src and reports it (a partner page
 * with default-src 'none'); Chromium and WebKit do not. Not a request of the page's.
 */
export const violations = (s: Surface): Promise<string[]> =>
  s
    .run(() => (window as unknown as { __violations?: string[] }).__violations ?? [])
    .then((all) => all.filter((v) => !/^img-src \S*\/favicon\.ico$/.test(v)));

export const storageTouches = (s: Surface): Promise<string[]> =>
  s.run(() => (window as unknown as { __storageTouches?: string[] }).__storageTouches ?? []);

export const printed = (s: Surface): Promise<number> =>
  s.run(() => (window as unknown as { __printed?: number }).__printed ?? 0);

export interface Download {
  readonly name: string;
  readonly url: string;
  readonly text: string | null;
}

export const downloads = (s: Surface): Promise<Download[]> =>
  s.run(() => (window as unknown as { __downloads?: Download[] }).__downloads ?? []);

/**
 * What a paste (the engine's own Ctrl+V) gives, into a box the test adds to the top of the page:
 * the clipboard read back the way a person would (reading it from script needs a permission only
 * Chromium grants). '' when the clipboard is empty.
 */
export async function pasteBack(s: EngineSession): Promise<string> {
  await s.run(() => {
    document.getElementById('paste-back')?.remove();
    const box = document.createElement('textarea');
    box.id = 'paste-back';
    box.setAttribute('aria-label', 'paste');
    document.body.prepend(box);
  });
  await s.clickOn(() => document.getElementById('paste-back'));
  await s.press('Paste');
  await new Promise((r) => setTimeout(r, 500));
  return s.run(() => {
    const box = document.getElementById('paste-back') as HTMLTextAreaElement;
    box.remove();
    return box.value;
  });
}
