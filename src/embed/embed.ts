/**
 * embed.js: the partner's two-line snippet (integration contract, "Embedding on a partner site").
 * A classic script, built apart from the app (vite.embed.config.ts) into dist/embed.js. For every
 * `[data-loc-wizard]` element it creates one iframe of the wizard from the same place embed.js
 * was loaded from, sizes it from the wizard's messages, and re-dispatches them on the element.
 */
import { buildQuery, readMessage, shouldScroll } from './protocol';
import type { Lang } from '../i18n/types';

/** The fallback link's words, by the registry's tags (src/i18n/languages.ts); English for the rest. */
const OPEN_IN_TAB: { readonly [L in Lang]?: string } = {
  en: 'Open the level of care check in a new tab',
  es: 'Abrir la evaluación en una pestaña nueva',
};

export interface LocWizard {
  /**
   * Mounts the wizard in `element`, once; later calls do nothing. The element's own content is
   * its fallback: hidden while the wizard loads, shown again (instead of the frame) if the wizard
   * has not said loc:ready within FALLBACK_MS, e.g. when the host's frame-ancestors blocks it.
   */
  readonly mount: (element: HTMLElement) => void;
}

declare global {
  interface Window {
    locWizard?: LocWizard;
  }
}

interface Mounted {
  readonly container: HTMLElement;
  readonly frame: HTMLIFrameElement;
  /** The partner's own content (or our link to the check), hidden while the frame works. */
  readonly fallback: HTMLElement;
  readonly timer: number;
}

const TITLE = 'Level of care check';
/** Long enough for a slow phone to load the start screen; a loc:ready after it still wins. */
const FALLBACK_MS = 8000;

/** Shows the frame or, while it has not said loc:ready, the fallback: never neither. */
function showFrame(m: Pick<Mounted, 'frame' | 'fallback'>, ready: boolean): void {
  m.fallback.hidden = ready;
  m.frame.style.display = ready ? 'block' : 'none';
}

function scan(mount: LocWizard['mount']): void {
  document.querySelectorAll<HTMLElement>('[data-loc-wizard]').forEach((el) => mount(el));
}

function start(): void {
  // Included twice: the first copy keeps its registry; this one only mounts what is new.
  const existing = window.locWizard;
  if (existing) {
    scan(existing.mount);
    return;
  }

  // Only known while this script runs for the first time: where it was loaded from.
  const script = (document.currentScript ??
    document.querySelector('script[src*="embed.js"]')) as HTMLScriptElement | null;
  if (!script?.src) return;
  const base = new URL('./', script.src);
  const wizardOrigin = base.origin;
  const mountedSet = new WeakSet<HTMLElement>();
  const mounted: Mounted[] = [];

  function mount(container: HTMLElement): void {
    if (!(container instanceof HTMLElement) || mountedSet.has(container)) return;
    mountedSet.add(container);
    const frame = document.createElement('iframe');
    const query = buildQuery(container.dataset, location.origin);
    frame.src = `${base.href}?${query}`;
    frame.title = TITLE;
    frame.setAttribute('scrolling', 'no');
    frame.setAttribute('allow', container.dataset.mode === 'staff' ? 'clipboard-write' : '');
    frame.referrerPolicy = 'no-referrer';
    // A first height until loc:ready: no jump from 150 px, and a crisis screen is never a sliver.
    frame.style.cssText = 'display:block;width:100%;height:640px;border:0;overflow:hidden';
    // Keep the partner's fallback content; an empty container gets a link to the whole check.
    const fallback = document.createElement('div');
    fallback.append(...Array.from(container.childNodes));
    if (!fallback.childNodes.length) {
      const link = document.createElement('a');
      link.href = `${base.href}?${query.replace(/&?embed=1&parentOrigin=[^&]*$/, '')}`;
      link.target = '_blank';
      // In `data-lang` when embed.js has words for it (it must stay tiny: no word chunks here),
      // else in English, marked as such.
      const lang = (container.dataset.lang ?? '') as Lang;
      const own = Object.prototype.hasOwnProperty.call(OPEN_IN_TAB, lang) ? lang : 'en';
      link.lang = own;
      link.textContent = OPEN_IN_TAB[own] ?? '';
      fallback.appendChild(link);
    }
    fallback.hidden = true;
    container.append(fallback, frame);
    const entry: Mounted = {
      container,
      frame,
      fallback,
      timer: window.setTimeout(() => showFrame(entry, false), FALLBACK_MS),
    };
    mounted.push(entry);
  }

  window.addEventListener('message', (event: MessageEvent) => {
    if (event.origin !== wizardOrigin || !event.source) return;
    const target = mounted.find((m) => m.frame.contentWindow === event.source);
    const message = target && readMessage(event.data);
    if (!target || !message) return;
    const { container, frame } = target;
    if (message.type === 'loc:ready') {
      clearTimeout(target.timer);
      showFrame(target, true);
    }
    if ('height' in message.detail) frame.style.height = `${message.detail.height}px`;
    if (message.type === 'loc:step')
      // After this frame's layout, so a resize sent with the step is already applied.
      requestAnimationFrame(() => {
        if (shouldScroll(frame.getBoundingClientRect(), window.innerHeight))
          frame.scrollIntoView({ block: 'start' });
      });
    container.dispatchEvent(
      new CustomEvent(message.type, { detail: message.detail, bubbles: true }),
    );
  });

  window.locWizard = { mount };
  scan(mount);
  if (document.readyState === 'loading')
    document.addEventListener('DOMContentLoaded', () => scan(mount));
}

start();
