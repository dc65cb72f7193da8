/**
 * The later part (./load-deferred.ts) for the language in use. The first question gets the
 * network and the CPU to itself: the rest downloads once the person touches the page or after
 * a moment, while they read. A screen that needs it now (staff mode, a resumed later step, a
 * quick Continue) fetches it at once.
 */
import { useEffect, useState } from 'react';
import type { Lang } from '../i18n/types';
import { loadDeferred, type Deferred } from './load-deferred';

/** Long enough for the first question to paint on a slow phone; short next to reading it. */
const READING_MS = 1000;
// Not focusin: the app itself moves focus to each new screen's heading.
const TOUCH_EVENTS = ['pointerdown', 'keydown'] as const;

export interface DeferredPart {
  /** The part in the language in use, or null while it downloads. */
  readonly ready: Deferred | null;
  readonly failed: boolean;
  readonly retry: () => void;
  /** Takes a part fetched elsewhere (a language switch fetches both parts together). */
  readonly adopt: (part: Deferred) => void;
}

export function useDeferredPart(
  lang: Lang,
  initial: Deferred | null,
  { wanted, now }: { wanted: boolean; now: boolean },
): DeferredPart {
  const [part, setPart] = useState(initial);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const ready = part?.lang === lang ? part : null;

  useEffect(() => {
    if (!wanted || ready) return;
    let live = true;
    const load = () =>
      loadDeferred(lang).then(
        (loaded) => live && setPart(loaded),
        () => live && setFailed(true),
      );
    if (now) {
      void load();
      return () => {
        live = false;
      };
    }
    // Whichever comes first: a touch or key press, or the end of the reading moment.
    const start = () => {
      stopWaiting();
      void load();
    };
    const stopWaiting = () => {
      clearTimeout(timer);
      for (const type of TOUCH_EVENTS) document.removeEventListener(type, start, true);
    };
    const timer = setTimeout(start, READING_MS);
    for (const type of TOUCH_EVENTS) document.addEventListener(type, start, true);
    return () => {
      live = false;
      stopWaiting();
    };
  }, [wanted, now, ready, lang, attempt]);

  return {
    ready,
    failed,
    retry: () => {
      setFailed(false);
      setAttempt((n) => n + 1);
    },
    adopt: setPart,
  };
}
