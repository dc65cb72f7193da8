/**
 * What the browser tests share whatever drives the browser: the builds they serve, the
 * default center's facts, the public vignettes and answer sets built from them.
 */
import { fileURLToPath } from 'node:url';
import { vignette } from '../fixtures/vignettes';

/** Answers by dotted question id (integration contract): `{ section: { key: value } }`. */
export type AnswerSet = Record<string, unknown>;

export const DIST = fileURLToPath(new URL('../../dist', import.meta.url));
/** The example center's build (examples/centers/full.ts, `npm run build:example`). */
export const EXAMPLE_DIST = fileURLToPath(new URL('../../dist-example', import.meta.url));
export const DEFAULT_PHONE = '+19492808360';
export const DEFAULT_PHONE_TEXT = '(949) 280-8360';
export const DEFAULT_CENTER = 'Trust SoCal';
export const DEFAULT_ACCENT = 'rgb(31, 111, 235)'; // #1f6feb
export const NEUTRAL_PAGE = 'https://www.google.com/';

export { VIGNETTES, vignette, type Vignette } from '../fixtures/vignettes';

/** A deep copy of a vignette's answers with some dotted ids replaced. */
export function answersWith(
  base: AnswerSet,
  changes: Readonly<Record<string, unknown>>,
): AnswerSet {
  const copy = structuredClone(base) as Record<string, unknown>;
  for (const [id, value] of Object.entries(changes)) {
    const [section, key] = id.split('.') as [string, string | undefined];
    if (key === undefined) copy[section] = value;
    else ((copy[section] ??= {}) as Record<string, unknown>)[key] = value;
  }
  return copy;
}

/**
 * Answers that show every question screen and every conditional question: alcohol (so the
 * withdrawal screen), daily use used today, an ASQ-positive item (so "right now"), past
 * residential treatment (so relapse and recent-discharge questions), a stable home (so
 * "others use"). The result is urgent ('today') with the crisis-resources card.
 */
export const EVERY_SCREEN: AnswerSet = answersWith(vignette('moderate-stable-worker').answers, {
  'use.frequency': 'daily',
  'use.lastUse': 'today',
  'withdrawal.current': 'mild',
  'suicide.wishedDead': 'yes',
  'suicide.now': 'no',
  'history.treatment': ['residential'],
  'history.relapsedAfter': 'yes',
  'history.recentDischarge': 'no',
});
