/**
 * The one file a center edits to deploy its own copy. It is plain data, checked by the build
 * (vite.config.ts, with the schema in src/config/center-schema.ts) and by the tests, so a bad
 * edit fails them instead of shipping. Nothing tidies it when the app runs: write the accent in
 * lower case and text without spaces around it, or the build says what to change.
 */
import type { CenterConfig } from './center-schema';

export const centerConfig: CenterConfig = Object.freeze<CenterConfig>({
  /** Display name, plain text, 1–60 characters. */
  name: 'Trust SoCal',
  /** The admissions line, E.164. */
  phone: '+19492808360',
  /**
   * More numbers of the center's own, e.g. a tracking line per referral partner:
   * `{ label: 'County Health referrals', phone: '+1…' }`. A link's or embed's `phone` is used
   * only when it is `phone` or one of these; any other number is ignored (contract v1.3).
   */
  trackingNumbers: [],
  /**
   * When admissions answers `phone` and the tracking numbers: null says nothing (the seed gives
   * no hours); '24/7'; or `{ timeZone: 'America/Los_Angeles', hours: [{ days: ['mon', 'tue',
   * 'wed', 'thu', 'fri'], open: '08:00', close: '20:00' }] }` (docs/configuring.md).
   */
  admissions: null,
  /**
   * 'free' when the center brings in an interpreter at no cost: a screen in another language
   * than English then says so, and how to ask (docs/configuring.md); null says nothing.
   */
  interpreters: null,
  /** The language staff intake notes are written in, whatever the staff screen shows. */
  recordLanguage: 'en',
  /** A number that takes text messages, E.164, for "Prefer to text?"; null shows no text link. */
  textNumber: null,
  /**
   * Partner sites that may frame the check: `{ origin: 'https://partner.example', name:
   * 'Partner name' }`. The build puts each origin in frame-ancestors (dist/_headers). Add
   * `shareResult: 'level'` only where the center agrees that this partner is told the suggested
   * type of care at the end; the person is told so, with the partner named (docs/embedding.md).
   */
  partners: [],
  /** Button and link colour: 6-digit hex, lower case, no "#"; white text on it must reach 4.5:1. */
  accent: '1f6feb',
  /** What "Leave this site" opens: an ordinary, unremarkable https page. */
  neutralPage: 'https://www.google.com/',
  crisis: { emergency: '911', lifeline: '988', lifelineText: '988' },
  /** The state's Medicaid programme by name, per language, or null to say "Medicaid". */
  stateInsuranceProgram: { en: 'Medi-Cal', es: 'Medi-Cal' },
  /** 'free' when the center checks a person's coverage for free before treatment; else null. */
  insuranceVerification: 'free',
  /**
   * Who licenses treatment programs in the center's state, per language, named in "Questions to
   * ask any program" on the result; null to say "licensed by the state".
   */
  licensingBody: {
    en: 'California Department of Health Care Services',
    es: 'Departamento de Servicios de Atención Médica de California',
  },
  /**
   * The center's programs, shown on the result at the level that fits (docs/programs.md says
   * what each field does). These are example values from Trust SoCal's article: three
   * intensive outpatient tracks, 3 to 5 days a week as set at admission, so no days are given.
   * Replace them with your own, then look at the rendered result.
   */
  programs: [
    {
      id: 'morning-iop',
      level: 'iop',
      name: { en: 'Morning IOP', es: 'IOP de la mañana' },
      sessions: [{ start: '09:00', end: '12:00' }],
      format: 'in-person',
      location: { en: 'Fountain Valley, CA', es: 'Fountain Valley, CA' },
      ages: ['18-64', '65-plus'],
      insurance: ['commercial', 'medicaid', 'medicare'],
      languages: ['en'],
    },
    {
      id: 'afternoon-iop',
      level: 'iop',
      name: { en: 'Afternoon IOP', es: 'IOP de la tarde' },
      sessions: [{ start: '13:00', end: '16:00' }],
      format: 'in-person',
      location: { en: 'Fountain Valley, CA', es: 'Fountain Valley, CA' },
      ages: ['18-64', '65-plus'],
      insurance: ['commercial', 'medicaid', 'medicare'],
      languages: ['en'],
    },
    {
      id: 'evening-iop',
      level: 'iop',
      name: { en: 'Evening IOP', es: 'IOP de la tarde-noche' },
      sessions: [{ start: '18:00', end: '21:00' }],
      format: 'in-person',
      location: { en: 'Fountain Valley, CA', es: 'Fountain Valley, CA' },
      ages: ['18-64', '65-plus'],
      insurance: ['commercial', 'medicaid', 'medicare'],
      languages: ['en'],
    },
  ],
});
