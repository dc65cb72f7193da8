/**
 * In-page accessibility checks shared by the a11y and keyboard tests: axe (WCAG 2.2 AA tags),
 * target sizes, focus on step changes.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

import { WCAG_TAGS } from '../browser/a11y';

export { WCAG_TAGS };

/**
 * Waits until the screen is fully drawn: a long screen draws its top first and marks the part
 * still to come aria-busy (src/ui/useFirstFramePainted.ts).
 */
export async function drawn(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
}

/** axe's violations as short lines: "rule (impact): target, target". */
export async function axeViolations(page: Page): Promise<string[]> {
  await drawn(page);
  // Legacy mode runs in the page itself (no extra blank page per run); the app has no iframes.
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode(true).analyze();
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact ?? '?'}): ${v.nodes
        .map((n) => `${n.target.join(' ')} [${n.failureSummary?.replace(/\s+/g, ' ') ?? ''}]`)
        .join(', ')}`,
  );
}

export interface SmallTarget {
  readonly what: string;
  readonly width: number;
  readonly height: number;
}

export const MIN_TARGET = 44;

/**
 * Every visible interactive target (links, buttons, the labels of inputs) smaller than 44×44
 * CSS px. Excluded, as WCAG 2.5.5/2.5.8 do: links inline in a sentence (a link inside a
 * paragraph or list item that has other text). Visually hidden elements are not targets.
 */
export async function smallTargets(page: Page): Promise<SmallTarget[]> {
  return page.evaluate((min) => {
    const out: { what: string; width: number; height: number }[] = [];
    const targets = document.querySelectorAll<HTMLElement>('a[href], button, label');
    for (const el of targets) {
      if (el.closest('.visually-hidden')) continue;
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      const rect = el.getBoundingClientRect();
      if (rect.width <= 1 && rect.height <= 1) continue;
      if (el.tagName === 'LABEL' && !(el as HTMLLabelElement).control) continue;
      if (el.tagName === 'A') {
        const block = el.parentElement;
        const own = (el.textContent ?? '').trim();
        const around = (block?.textContent ?? '').trim();
        if (block && /^(P|LI|DD|TD|SPAN)$/.test(block.tagName) && around !== own) continue;
      }
      if (rect.width < min || rect.height < min) {
        const text = (el.innerText || el.getAttribute('aria-label') || '').trim().slice(0, 50);
        const cls = el.className ? `.${String(el.className).split(/\s+/).join('.')}` : '';
        out.push({
          what: `${el.tagName.toLowerCase()}${cls} "${text}"`,
          width: Math.round(rect.width * 10) / 10,
          height: Math.round(rect.height * 10) / 10,
        });
      }
    }
    return out;
  }, MIN_TARGET);
}

/** Is the focused element the step's h1? */
export function headingHasFocus(page: Page): Promise<boolean> {
  return page.evaluate(() => document.activeElement?.id === 'step-heading');
}

/** Waits (briefly) for focus to reach the h1; false if it never does. */
export async function waitForHeadingFocus(page: Page, timeout = 2000): Promise<boolean> {
  try {
    await page.waitForFunction(() => document.activeElement?.id === 'step-heading', undefined, {
      timeout,
    });
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
