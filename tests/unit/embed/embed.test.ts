/**
 * embed.ts wired to a page (jsdom): mounting, the iframe's attributes, the message filter and
 * the re-dispatched events. The browser tests (tests/browser/embed.test.ts) cover the real thing.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LocWizard } from '../../../src/embed/embed';

const WIZARD = 'https://wizard.example';
const SCRIPT_SRC = `${WIZARD}/care/embed.js?v=1`;

/** Runs embed.ts afresh, as a new <script> would. */
async function runScript(): Promise<void> {
  vi.resetModules();
  await import('../../../src/embed/embed');
}

async function load(html: string): Promise<LocWizard> {
  document.body.innerHTML = html;
  const script = document.createElement('script');
  script.src = SCRIPT_SRC;
  document.body.append(script);
  await runScript();
  return window.locWizard!;
}

function frameIn(el: Element): HTMLIFrameElement {
  const frames = el.querySelectorAll('iframe');
  expect(frames).toHaveLength(1);
  return frames[0]!;
}

function post(frame: HTMLIFrameElement | null, data: unknown, origin = WIZARD): void {
  window.dispatchEvent(
    new MessageEvent('message', { data, origin, source: frame?.contentWindow ?? window }),
  );
}

const msg = (m: Record<string, unknown>) => ({ source: 'loc-wizard', version: 1, ...m });

const scroll = vi.fn<(options?: ScrollIntoViewOptions) => void>();

beforeEach(() => {
  delete window.locWizard;
  scroll.mockReset();
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => {
    cb(0);
    return 0;
  });
  Element.prototype.scrollIntoView = scroll;
});

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('embed.ts', () => {
  it('mounts every [data-loc-wizard] with a frame of the wizard next to embed.js', async () => {
    await load(`
      <div id="a" data-loc-wizard data-phone="+19492808360" data-lang="es" data-foo="x">fallback</div>
      <div id="b" data-loc-wizard data-mode="staff"></div>
      <div id="c"></div>`);
    const a = frameIn(document.getElementById('a')!);
    const b = frameIn(document.getElementById('b')!);
    expect(document.querySelectorAll('#c iframe')).toHaveLength(0);
    // The partner's fallback stays, hidden while the frame loads.
    expect(document.getElementById('a')!.textContent).toBe('fallback');
    expect(document.querySelector<HTMLElement>('#a > div')!.hidden).toBe(true);

    const src = new URL(a.src);
    expect(src.origin + src.pathname).toBe(`${WIZARD}/care/`);
    expect(Object.fromEntries(src.searchParams)).toEqual({
      phone: '+19492808360',
      lang: 'es',
      embed: '1',
      parentOrigin: location.origin,
    });
    expect(a.title).toBe('Level of care check');
    expect(a.getAttribute('scrolling')).toBe('no');
    expect(a.getAttribute('allow')).toBe('');
    expect(b.getAttribute('allow')).toBe('clipboard-write');
    expect(a.hasAttribute('sandbox')).toBe(false);
    expect(a.style.borderWidth || a.style.border).toMatch(/^0/);
    expect(a.style.width).toBe('100%');
  });

  it('mounts a container once, and a second copy of the script reuses the first', async () => {
    const api = await load('<div id="a" data-loc-wizard></div>');
    const a = document.getElementById('a')!;
    const first = frameIn(a);
    api.mount(a);
    expect(frameIn(a)).toBe(first);

    const late = document.createElement('div');
    late.setAttribute('data-loc-wizard', '');
    document.body.append(late);
    await runScript(); // included again
    expect(window.locWizard).toBe(api);
    expect(frameIn(a)).toBe(first);
    frameIn(late); // mounted by the second copy's scan, through the first copy's mount
  });

  it('re-dispatches accepted messages on their own container and sizes the frame', async () => {
    await load('<div id="a" data-loc-wizard></div><div id="b" data-loc-wizard></div>');
    const a = document.getElementById('a')!;
    const b = document.getElementById('b')!;
    const seen: [string, string, unknown][] = [];
    for (const el of [a, b])
      for (const type of ['loc:ready', 'loc:resize', 'loc:step', 'loc:complete', 'loc:call'])
        el.addEventListener(type, (e) =>
          seen.push([el.id, e.type, (e as CustomEvent<unknown>).detail]),
        );

    post(frameIn(a), msg({ type: 'loc:ready', height: 700 }));
    post(frameIn(b), msg({ type: 'loc:resize', height: 432.5 }));
    post(frameIn(a), msg({ type: 'loc:step', index: 2, question: 'use.frequency' }));
    post(frameIn(a), msg({ type: 'loc:complete', level: 'iop' }));
    post(frameIn(b), msg({ type: 'loc:call' }));

    expect(seen).toEqual([
      ['a', 'loc:ready', { height: 700 }],
      ['b', 'loc:resize', { height: 432.5 }],
      ['a', 'loc:step', {}], // contract v1.3: no index, and nothing else passes
      ['a', 'loc:complete', { level: 'iop' }],
      ['b', 'loc:call', {}],
    ]);
    expect(frameIn(a).style.height).toBe('700px');
    expect(frameIn(b).style.height).toBe('432.5px');
  });

  it('starts the frame at a first height, before the wizard reports its own', async () => {
    await load('<div id="a" data-loc-wizard></div>');
    expect(frameIn(document.getElementById('a')!).style.height).toBe('640px');
  });

  it('ignores another origin, another window and other shapes', async () => {
    await load('<div id="a" data-loc-wizard></div>');
    const a = document.getElementById('a')!;
    const listener = vi.fn();
    for (const type of ['loc:ready', 'loc:resize', 'loc:step', 'loc:complete', 'loc:call'])
      a.addEventListener(type, listener);
    const frame = frameIn(a);
    const firstHeight = frame.style.height;

    post(frame, msg({ type: 'loc:resize', height: 5 }), 'https://evil.example');
    post(frame, msg({ type: 'loc:resize', height: 5 }), `${WIZARD}:8443`);
    post(null, msg({ type: 'loc:resize', height: 5 })); // the partner's own window
    post(frame, msg({ type: 'loc:resize', height: -5 }));
    post(frame, msg({ type: 'loc:steps', index: 2 }));
    post(frame, { type: 'loc:call' });

    expect(listener).not.toHaveBeenCalled();
    expect(frame.style.height).toBe(firstHeight);
  });

  it('scrolls the frame into view on a new screen only when most of it is hidden', async () => {
    await load('<div id="a" data-loc-wizard></div>');
    const frame = frameIn(document.getElementById('a')!);
    const at = (top: number, height: number) =>
      vi.spyOn(frame, 'getBoundingClientRect').mockReturnValue({
        top,
        bottom: top + height,
        height,
      } as DOMRect);

    at(0, 600);
    post(frame, msg({ type: 'loc:step', index: 2 }));
    expect(scroll).not.toHaveBeenCalled();

    at(-500, 900);
    post(frame, msg({ type: 'loc:step', index: 3 }));
    expect(scroll).toHaveBeenCalledTimes(1);
    expect(scroll.mock.contexts[0]).toBe(frame);
    expect(scroll).toHaveBeenCalledWith({ block: 'start' });

    at(-500, 900);
    post(frame, msg({ type: 'loc:resize', height: 900 })); // only a new screen scrolls
    expect(scroll).toHaveBeenCalledTimes(1);
  });
});

describe('embed.ts: the fallback when the frame never says loc:ready (e.g. frame-ancestors)', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  const fallbackOf = (el: Element) => el.querySelector<HTMLElement>(':scope > div')!;

  it("shows the partner's own content instead of the frame after 8 s, and the frame if it speaks later", async () => {
    vi.useFakeTimers();
    await load('<div id="a" data-loc-wizard><p>Call us at 555-0100</p></div>');
    const a = document.getElementById('a')!;
    const frame = frameIn(a);
    expect(fallbackOf(a).hidden).toBe(true);
    vi.advanceTimersByTime(7999);
    expect(fallbackOf(a).hidden).toBe(true);
    expect(frame.style.display).toBe('block');
    vi.advanceTimersByTime(1);
    expect(fallbackOf(a).hidden).toBe(false);
    expect(fallbackOf(a).innerHTML).toBe('<p>Call us at 555-0100</p>');
    expect(frame.style.display).toBe('none');
    // A slow phone: the wizard arrives after all, and takes the place back.
    post(frame, msg({ type: 'loc:ready', height: 500 }));
    expect(fallbackOf(a).hidden).toBe(true);
    expect(frame.style.display).toBe('block');
  });

  it('keeps the frame and the fallback hidden once loc:ready arrives in time', async () => {
    vi.useFakeTimers();
    await load('<div id="a" data-loc-wizard>fallback</div>');
    const a = document.getElementById('a')!;
    post(frameIn(a), msg({ type: 'loc:ready', height: 500 }));
    vi.advanceTimersByTime(60_000);
    expect(fallbackOf(a).hidden).toBe(true);
    expect(frameIn(a).style.display).toBe('block');
  });

  it('ignores a forged loc:ready from another origin', async () => {
    vi.useFakeTimers();
    await load('<div id="a" data-loc-wizard>fallback</div>');
    const a = document.getElementById('a')!;
    post(frameIn(a), msg({ type: 'loc:ready', height: 500 }), 'https://evil.example');
    vi.advanceTimersByTime(8000);
    expect(fallbackOf(a).hidden).toBe(false);
  });

  it.each([
    ['en', 'Open the level of care check in a new tab', {}],
    ['es', 'Abrir la evaluación en una pestaña nueva', { lang: 'es' }],
  ] as const)(
    '%s: an empty container falls back to a link that opens the whole check',
    async (_lang, text, params) => {
      vi.useFakeTimers();
      const lang = 'lang' in params ? ` data-lang="${params.lang}"` : '';
      await load(`<div id="a" data-loc-wizard${lang}></div>`);
      const a = document.getElementById('a')!;
      vi.advanceTimersByTime(8000);
      const link = fallbackOf(a).querySelector('a')!;
      expect(link.textContent).toBe(text);
      expect(link.target).toBe('_blank');
      const url = new URL(link.href);
      expect(url.origin + url.pathname).toBe(`${WIZARD}/care/`);
      expect(Object.fromEntries(url.searchParams)).toEqual(params);
    },
  );
});
