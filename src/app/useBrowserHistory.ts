/**
 * One browser history entry per screen, so the browser's Back and Forward buttons work
 * (outside the embed only: inside, the partner's Back button stays the partner's). Entries
 * hold only two numbers: never an answer, never anything in the URL.
 */
import { useEffect, useRef } from 'react';
import { afterNextPaint } from './after-paint';

interface Options {
  readonly enabled: boolean;
  /** How many steps deep the wizard is (its history stack's length). */
  readonly depth: number;
  readonly onBack: () => void;
  readonly onForward: () => void;
}

const KEY = 'locWizardDepth';
/**
 * How many of the wizard's entries lie behind this one. Not the depth: two steps taken before
 * the browser paints (a fast keyboard, a busy phone) push one entry for both.
 */
const BEHIND = 'locWizardBehind';

const numberAt = (state: unknown, key: string): number | undefined => {
  const value = (state as Record<string, unknown> | null)?.[key];
  return typeof value === 'number' ? value : undefined;
};
/** The wizard's depth an entry was written for, or undefined for an entry that isn't ours. */
export const depthOf = (state: unknown): number | undefined => numberAt(state, KEY);
/** How many of the wizard's own entries are behind this one (0 on its first, or on another's). */
export const entriesBehind = (state: unknown): number =>
  depthOf(state) === undefined ? 0 : (numberAt(state, BEHIND) ?? 0);

export function useBrowserHistory({ enabled, depth, onBack, onForward }: Options): {
  back: () => void;
} {
  const depthRef = useRef(depth);
  const handlers = useRef({ onBack, onForward });
  handlers.current = { onBack, onForward };

  // Follow the wizard: a deeper step pushes an entry; a shallower one relabels the current.
  // The entry is written just after the new screen paints (pushState costs a few milliseconds),
  // not when the page is idle: a Back pressed before the entry exists would skip a screen's
  // entry and lose Forward.
  useEffect(() => {
    depthRef.current = depth;
    if (!enabled) return;
    return afterNextPaint(() => {
      const entry = depthOf(history.state);
      const behind = entriesBehind(history.state);
      if (entry === undefined || depth < entry)
        history.replaceState({ [KEY]: depth, [BEHIND]: behind }, '');
      else if (depth > entry) history.pushState({ [KEY]: depth, [BEHIND]: behind + 1 }, '');
    });
  }, [enabled, depth]);

  useEffect(() => {
    if (!enabled) return;
    const onPop = (event: PopStateEvent) => {
      const entry = depthOf(event.state);
      if (entry === undefined) return;
      if (entry < depthRef.current) handlers.current.onBack();
      else if (entry > depthRef.current) handlers.current.onForward();
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [enabled]);

  return {
    back: () => {
      // Our Back button walks the browser's history too, so the two never disagree.
      if (enabled && depthOf(history.state) === depthRef.current && depthRef.current > 0) {
        history.back();
      } else {
        handlers.current.onBack();
      }
    },
  };
}
