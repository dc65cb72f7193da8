/**
 * In-page accessibility checks in any engine. axe-core: its own axe.min.js, loaded from the
 * app's origin by a script element (so the app's CSP stays on), run with the WCAG 2.2 AA tags.
 */
import { waitUntil, type Surface } from './driver';
import { AXE_PATH } from './harness';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe's violations as short lines: "rule (impact): target, target". */
export async function axeViolations(s: Surface): Promise<string[]> {
  await waitUntil(s, 'the whole screen', () => !document.querySelector('[aria-busy="true"]'), []);
  return s.run(
    async (path: string, tags: string[]) => {
      type Axe = {
        run(
          context: Document,
          options: object,
        ): Promise<{
          violations: {
            id: string;
            impact?: string;
            nodes: { target: string[]; failureSummary?: string }[];
          }[];
        }>;
      };
      const w = window as unknown as { axe?: Axe };
      if (!w.axe)
        await new Promise((resolve, reject) => {
          const script = document.createElement('script');
          script.src = path;
          script.onload = resolve;
          script.onerror = reject;
          document.head.append(script);
        });
      const results = await w.axe!.run(document, { runOnly: { type: 'tag', values: tags } });
      return results.violations.map(
        (v) =>
          `${v.id} (${v.impact ?? '?'}): ${v.nodes
            .map((n) => `${n.target.join(' ')} [${(n.failureSummary ?? '').replace(/\s+/g, ' ')}]`)
            .join(', ')}`,
      );
    },
    AXE_PATH,
    WCAG_TAGS,
  );
}

/** Waits (briefly) for focus to reach the step's h1; false if it never does. */
export async function waitForHeadingFocus(s: Surface, timeout = 2000): Promise<boolean> {
  try {
    await waitUntil(
      s,
      'focus on the h1',
      () => document.activeElement?.id === 'step-heading',
      [],
      timeout,
    );
    return true;
  } catch {
    return false;
  }
}

/**
 * An init script recording, when the first screen's heading is rendered, whether a live region
 * was already in the page (window.__liveAtFirstRender).
 */
export const RECORD_LIVE_REGION_AT_FIRST_RENDER = `
  window.__liveAtFirstRender = null;
  new MutationObserver((_, observer) => {
    if (!document.getElementById('step-heading')) return;
    window.__liveAtFirstRender = document.querySelector('[aria-live]') !== null;
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
`;
