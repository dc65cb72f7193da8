/**
 * Messages to the partner page (integration contract, "Embedding"): sent only inside the
 * embed, only to the exact `parentOrigin`, and never with an answer, question id or urgency.
 */
import { useCallback } from 'react';
import type { Level } from '../results/levels';
import { useSettings, type Settings } from './settings';

export type OutgoingMessage =
  | { type: 'loc:ready'; height: number }
  | { type: 'loc:resize'; height: number }
  | { type: 'loc:step' }
  | { type: 'loc:complete'; level?: Level }
  | { type: 'loc:call' };

/**
 * Heights leave the frame rounded up to this step (contract v1.3): exact heights told a partner
 * which screen was showing (the crisis screen's differs from a result's). Up to 199 px of blank
 * below the wizard is the cost; rounding up, the frame never cuts the content off.
 */
export const HEIGHT_STEP = 200;

// Whole pixels first: a sliver of a pixel (or a float error) still rounds up.
export const coarseHeight = (px: number): number =>
  Math.ceil(Math.ceil(px) / HEIGHT_STEP) * HEIGHT_STEP;

export function postToParent(
  settings: Pick<Settings, 'embed' | 'parentOrigin'>,
  message: OutgoingMessage,
): void {
  if (!settings.embed || !settings.parentOrigin || window.parent === window) return;
  window.parent.postMessage(
    { source: 'loc-wizard', version: 1, ...message },
    settings.parentOrigin,
  );
}

export function useCallReporter(): () => void {
  const settings = useSettings();
  return useCallback(() => postToParent(settings, { type: 'loc:call' }), [settings]);
}
