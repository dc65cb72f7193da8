/**
 * The one file a center edits to deploy its own copy. It is plain data, checked by the build
 * (vite.config.ts, with the schema in src/config/center-schema.ts) and by the tests, so a bad
 * edit fails them instead of shipping. Nothing tidies it when the app runs: write the accent in
 * lower case and text without spaces around it, or the build says what to change.
 */
import type { CenterConfig } from './center-schema';

export const centerConfig: CenterConfig = Object.freeze({
  /** Display name, plain text, 1–60 characters. */
  name: 'Trust SoCal',
  /** The admissions line, E.164. */
  phone: '+19492808360',
  /** Button and link colour: 6-digit hex, lower case, no "#"; white text on it must reach 4.5:1. */
  accent: '1f6feb',
  /** What "Leave this site" opens: an ordinary, unremarkable https page. */
  neutralPage: 'https://www.google.com/',
  crisis: { emergency: '911', lifeline: '988', lifelineText: '988' },
  /** The state's Medicaid programme by name, per language, or null to say "Medicaid". */
  stateInsuranceProgram: { en: 'Medi-Cal', es: 'Medi-Cal' },
});
