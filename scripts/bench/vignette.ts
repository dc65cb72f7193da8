/**
 * The acceptance vignette whose path asks the most screens and ends on a result (not the
 * crisis screen): walking it loads and runs everything a whole assessment needs.
 */
import { askedScreens } from '../../src/machines/wizard/navigation';
import { VIGNETTES, type Vignette } from '../../tests/browser/fixtures';

export function longestVignette(): { vignette: Vignette; screens: number } {
  let best: { vignette: Vignette; screens: number } | undefined;
  for (const vignette of VIGNETTES) {
    if (vignette.expect.level === 'emergency') continue;
    const screens = askedScreens(vignette.answers).length;
    if (!best || screens > best.screens) best = { vignette, screens };
  }
  if (!best) throw new Error('No vignette ends on a result');
  return best;
}

/** The result screen (the crisis screen carries data-level="emergency"). */
export const RESULT = '[data-level]:not([data-level="emergency"])';
