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
  | { type: 'loc:step'; index: number }
  | { type: 'loc:complete'; level?: Level }
  | { type: 'loc:call' };

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
