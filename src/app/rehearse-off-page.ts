/**
 * A screen drawn once where no one sees it, so the code that draws it is warm before it is
 * needed. A browser compiles JavaScript lazily and runs new code slowly at first: on a slow
 * phone the first Continue took about a quarter longer than later ones, most of it React,
 * react-hook-form and the field code running for the first time.
 */
import type { ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { whenIdleAfterPaint } from './after-paint';

/**
 * Once the page has painted and is idle, renders `element` into a node that is never in the
 * document, then unmounts it at once; returns a cancel. Rendered synchronously, as Continue's
 * own render is, and unmounted in the same task: what its effects schedule for later (the tab
 * title) is cancelled before it can run, and nothing of it reaches the page.
 */
export function rehearseOffPage(element: ReactElement): () => void {
  return whenIdleAfterPaint(() => {
    const root = createRoot(document.createElement('div'));
    try {
      flushSync(() => root.render(element));
    } finally {
      root.unmount();
    }
  });
}
