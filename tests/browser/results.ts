/**
 * The way to a result shared by the result tests (call card, folds, programs): a fresh session
 * on a build, walked through the UI to the result (answers live in memory only: the person's
 * own way is the only way there), the whole result drawn.
 */
import { waitUntil, type EngineSession, type Surface, type Viewport, PHONE } from './driver';
import { openApp, type AppServer } from './harness';
import { completeWith, outcome, submit } from './walk';
import type { Engine } from './driver';
import type { AnswerSet } from './fixtures';

export interface ResultOptions {
  readonly lang?: 'en' | 'es';
  readonly viewport?: Viewport;
  /** More of the query string (e.g. "mode=staff"). */
  readonly query?: string;
  readonly initScripts?: readonly string[];
}

/** Waits until the screen is whole: a long screen marks the part still to come aria-busy. */
export function drawn(s: Surface): Promise<boolean> {
  return waitUntil(s, 'the whole screen', () => !document.querySelector('[aria-busy="true"]'), []);
}

export async function openResult(
  engine: Engine,
  server: AppServer,
  answers: AnswerSet,
  { lang = 'en', viewport = PHONE, query = '', initScripts = [] }: ResultOptions = {},
): Promise<EngineSession> {
  const q = [lang === 'es' ? 'lang=es' : '', query].filter(Boolean).join('&');
  const s = await openApp(engine, server, viewport, { query: q, initScripts });
  try {
    await submit(s);
    await completeWith(s, answers);
    await outcome(s);
    await drawn(s);
    return s;
  } catch (error) {
    await s.close();
    throw error;
  }
}

/** Whitespace folded, ends trimmed. */
export const squash = (s: string | null | undefined): string =>
  (s ?? '').replace(/\s+/g, ' ').trim();

/** The text of the first element matching `selector`, squashed ('' when there is none). */
export const textOf = (s: Surface, selector: string): Promise<string> =>
  s.run((sel: string) => document.querySelector(sel)?.textContent ?? '', selector).then(squash);

export const countOf = (s: Surface, selector: string): Promise<number> =>
  s.run((sel: string) => document.querySelectorAll(sel).length, selector);

export const attrOf = (s: Surface, selector: string, name: string): Promise<string | null> =>
  s.run(
    (sel: string, n: string) => document.querySelector(sel)?.getAttribute(n) ?? null,
    selector,
    name,
  );

/** Nothing is wider than the screen. */
export const pageWidth = (s: Surface): Promise<number> =>
  s.run(() => document.documentElement.scrollWidth);

/** The crisis lines and the SAMHSA helpline of a referral: never the center's number. */
export const CRISIS_LINKS: readonly string[] = [
  'tel:911',
  'tel:988',
  'sms:988',
  'tel:+18006624357',
];
