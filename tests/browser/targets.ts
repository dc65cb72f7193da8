/**
 * Target size (WCAG 2.5.8 AA, and this project's 44 px): every visible interactive target (links,
 * buttons, the labels of inputs) smaller than 44×44 CSS px, in any engine. Excluded, as WCAG
 * does: links inline in a sentence (a link inside a paragraph or list item that has other text).
 * Visually hidden elements are not targets.
 */
import type { Surface } from './driver';

export interface SmallTarget {
  readonly what: string;
  readonly width: number;
  readonly height: number;
}

export const MIN_TARGET = 44;

export function smallTargets(s: Surface): Promise<SmallTarget[]> {
  return s.run((min: number) => {
    const out: { what: string; width: number; height: number }[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('a[href], button, label')) {
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
