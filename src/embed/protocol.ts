/**
 * The pure half of embed.js (integration contract, "Embedding on a partner site"): which
 * `data-*` attributes become which URL parameters, which messages from the wizard are accepted,
 * and when a new screen should be scrolled into view. No DOM access here, so it is unit-tested
 * directly; embed.ts wires it to the page.
 */
import { LEVELS } from '../results/levels';

/**
 * The `data-*` attributes a partner may set, by their `dataset` name, which is also the URL
 * parameter's name (`data-share-result` → `dataset.shareResult` → `shareResult`). Any other
 * `data-*` is ignored; `embed` and `parentOrigin` are set by the script alone.
 */
export const PARAMS = ['phone', 'lang', 'center', 'accent', 'mode', 'shareResult'] as const;

/** The level ids of assessment contract v1: plain constants, so embed.js takes only the list. */
export { LEVELS };

export const TYPES = ['loc:ready', 'loc:resize', 'loc:step', 'loc:complete', 'loc:call'] as const;
export type EventType = (typeof TYPES)[number];

export interface EventDetails {
  'loc:ready': { height: number };
  'loc:resize': { height: number };
  // No index since contract v1.3: the step before the end told a partner which end it was.
  'loc:step': Record<string, never>;
  'loc:complete': { level?: (typeof LEVELS)[number] };
  'loc:call': Record<string, never>;
}

export type WizardEvent = {
  [K in EventType]: { type: K; detail: EventDetails[K] };
}[EventType];

/** The wizard's query string for one container: its allowed `data-*` values, then the embed pair. */
export function buildQuery(
  dataset: Readonly<Record<string, string | undefined>>,
  parentOrigin: string,
): string {
  const query = new URLSearchParams();
  for (const name of PARAMS) {
    const value = dataset[name];
    if (value != null) query.set(name, value);
  }
  query.set('embed', '1');
  query.set('parentOrigin', parentOrigin);
  return query.toString();
}

/**
 * A message's type and the payload to re-dispatch, or null when it is not one of the contract's
 * shapes. The detail is rebuilt from the known fields only, so nothing else can reach the page.
 */
export function readMessage(data: unknown): WizardEvent | null {
  if (typeof data !== 'object' || data === null) return null;
  const { source, version, type, height, level } = data as Record<string, unknown>;
  if (source !== 'loc-wizard' || version !== 1) return null;
  switch (type) {
    case 'loc:ready':
    case 'loc:resize':
      return typeof height === 'number' && isFinite(height) && height >= 0
        ? { type, detail: { height } }
        : null;
    case 'loc:complete':
      if (level === undefined) return { type, detail: {} };
      return LEVELS.includes(level as (typeof LEVELS)[number])
        ? { type, detail: { level: level as (typeof LEVELS)[number] } }
        : null;
    case 'loc:step':
    case 'loc:call':
      return { type, detail: {} };
    default:
      return null;
  }
}

/**
 * After a new screen, should the partner page scroll the frame into view? Yes when the frame's
 * top (where the new screen's heading is) has scrolled off above the viewport, or when less than
 * half of what could be seen of the frame is in view.
 */
export function shouldScroll(
  rect: { readonly top: number; readonly bottom: number; readonly height: number },
  viewportHeight: number,
): boolean {
  const visible = Math.min(rect.bottom, viewportHeight) - Math.max(rect.top, 0);
  return rect.top < 0 || visible < Math.min(rect.height, viewportHeight) / 2;
}
