/**
 * A fuller example configuration: a made-up center with a program at most levels, so every
 * branch of the programs part shows (docs/programs.md). Build it with
 * `npm run build:example` (CENTER_CONFIG=examples/centers/full.ts, into dist-example/); the
 * browser tests do. Nothing here is a real program: it is an example to copy from.
 */
import type { CenterConfig } from '../../src/config/center-schema';

const ADULTS = ['18-64', '65-plus'] as const;
const SANTA_ANA = { en: 'Santa Ana, CA', es: 'Santa Ana, CA' };

export const centerConfig: CenterConfig = Object.freeze<CenterConfig>({
  name: 'Harbor Recovery Example',
  phone: '+17145550123',
  // A county partner's referral line, so the center can tell where calls come from.
  trackingNumbers: [{ label: 'County Health Example referrals', phone: '+17145550188' }],
  // Admissions answers on weekdays and Saturday mornings, Pacific time (the call card says
  // when it is open, or when it opens next, and who answers in the meantime).
  admissions: {
    timeZone: 'America/Los_Angeles',
    hours: [
      { days: ['mon', 'tue', 'wed', 'thu', 'fri'], open: '08:00', close: '20:00' },
      { days: ['sat'], open: '09:00', close: '13:00' },
    ],
  },
  // The center brings in an interpreter at no cost: a screen in another language than English
  // says so, and how to ask (issue 18). Intake notes are written in English.
  interpreters: 'free',
  recordLanguage: 'en',
  // A line that takes text messages ("Prefer to text?").
  textNumber: '+17145550124',
  // The county may be told the suggested level (the person is told so); the clinic may only
  // frame the check. The browser tests serve the county's page at this origin.
  partners: [
    { origin: 'https://county.example', name: 'County Health Example', shareResult: 'level' },
    { origin: 'https://clinic.example', name: 'Clinic Example' },
  ],
  accent: '1f6feb',
  neutralPage: 'https://www.google.com/',
  crisis: { emergency: '911', lifeline: '988', lifelineText: '988' },
  stateInsuranceProgram: { en: 'Medi-Cal', es: 'Medi-Cal' },
  insuranceVerification: 'free',
  licensingBody: {
    en: 'California Department of Health Care Services',
    es: 'Departamento de Servicios de Atención Médica de California',
  },
  programs: [
    {
      id: 'day-php',
      level: 'php',
      name: { en: 'Day program (PHP)', es: 'Programa de día (PHP)' },
      sessions: [{ start: '09:00', end: '15:00', days: ['mon', 'tue', 'wed', 'thu', 'fri'] }],
      format: 'in-person',
      location: SANTA_ANA,
      ages: [...ADULTS],
      insurance: ['commercial', 'medicaid'],
      languages: ['en', 'es'],
    },
    {
      id: 'morning-iop',
      level: 'iop',
      name: { en: 'Morning IOP', es: 'IOP de la mañana' },
      sessions: [{ start: '09:00', end: '12:00', days: ['mon', 'wed', 'fri'] }],
      format: 'in-person',
      location: SANTA_ANA,
      ages: [...ADULTS],
      insurance: ['commercial', 'medicare'],
      languages: ['en'],
    },
    {
      id: 'evening-iop',
      level: 'iop',
      name: { en: 'Evening IOP', es: 'IOP de la tarde-noche' },
      sessions: [{ start: '17:30', end: '20:30', days: ['mon', 'tue', 'thu'] }],
      format: 'in-person',
      location: SANTA_ANA,
      ages: [...ADULTS],
      insurance: ['commercial', 'medicaid'],
      languages: ['en', 'es'],
    },
    {
      id: 'evening-iop-video',
      level: 'iop',
      name: { en: 'Evening IOP by video', es: 'IOP de la tarde-noche por video' },
      sessions: [{ start: '18:00', end: '21:00', days: ['mon', 'tue', 'wed', 'thu'] }],
      format: 'telehealth',
      location: null,
      ages: [...ADULTS],
      insurance: ['commercial', 'medicaid', 'none'],
      languages: ['en', 'es'],
    },
    {
      id: 'teen-iop',
      level: 'iop',
      name: { en: 'Teen IOP, after school', es: 'IOP para jóvenes, después de clases' },
      sessions: [{ start: '15:30', end: '18:30', days: ['mon', 'wed', 'thu'] }],
      format: 'both',
      location: { en: 'Tustin, CA', es: 'Tustin, CA' },
      ages: ['under-18'],
      insurance: ['commercial', 'medicaid'],
      languages: ['en', 'es'],
    },
    {
      id: 'weekly-outpatient',
      level: 'outpatient',
      name: { en: 'Weekly counseling', es: 'Consejería semanal' },
      sessions: [
        { start: '10:00', end: '11:00', days: ['sat'] },
        { start: '18:00', end: '19:30', days: ['wed'] },
      ],
      format: 'both',
      location: SANTA_ANA,
      ages: ['under-18', '18-64', '65-plus'],
      insurance: [],
      languages: ['en', 'es'],
    },
    {
      id: 'residential',
      level: 'residential',
      name: { en: 'Residential care', es: 'Atención residencial' },
      sessions: [],
      format: 'in-person',
      location: { en: 'Costa Mesa, CA', es: 'Costa Mesa, CA' },
      ages: [...ADULTS],
      insurance: ['commercial'],
      languages: ['en'],
    },
  ],
});
