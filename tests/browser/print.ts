/**
 * Print media in every engine: the page's own print stylesheet applied on screen, through the
 * CSSOM (WebDriver has no media emulation): each `@media print` block is made to apply and each
 * screen-only block not to, and back again. What the printed page hides or shows is then read
 * with checkVisibility, as on screen. The app's beforeprint handler is not run by this (the
 * stylesheet alone must show what print needs); tests that need it dispatch the event.
 */
import type { Surface } from './driver';

function media(s: Surface, as: 'print' | 'screen'): Promise<void> {
  return s.run((mode: string) => {
    type Saved = CSSMediaRule & { __was?: string };
    const rules = (list: CSSRuleList): CSSMediaRule[] =>
      [...list].flatMap((r) =>
        r instanceof CSSMediaRule
          ? [r, ...rules(r.cssRules)]
          : 'cssRules' in r
            ? rules((r as CSSGroupingRule).cssRules)
            : [],
      );
    for (const sheet of document.styleSheets)
      for (const rule of rules(sheet.cssRules) as Saved[]) {
        if (mode === 'screen') {
          if (rule.__was !== undefined) rule.media.mediaText = rule.__was;
          continue;
        }
        const text = rule.media.mediaText;
        if (!/\b(print|screen)\b/.test(text)) continue;
        rule.__was = text;
        // "print and (…)" → "all and (…)"; "screen …" → never; "not print" → never.
        rule.media.mediaText = /\bnot\s+print\b/.test(text)
          ? 'not all'
          : /\bprint\b/.test(text)
            ? text.replace(/\bprint\b/g, 'all')
            : 'not all';
      }
  }, as);
}

/** Applies the print stylesheet on screen. */
export const asPrinted = (s: Surface): Promise<void> => media(s, 'print');
/** Undoes asPrinted. */
export const asScreen = (s: Surface): Promise<void> => media(s, 'screen');

/** Whether the first element matching `selector` is drawn. */
export const visible = (s: Surface, selector: string): Promise<boolean> =>
  s.run(
    (sel: string) =>
      document.querySelector(sel)?.checkVisibility({ visibilityProperty: true }) ?? false,
    selector,
  );
