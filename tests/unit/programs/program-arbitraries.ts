/** Generated program lists for the programs property tests: valid per the config schema. */
import fc from 'fast-check';
import {
  AGE_BANDS,
  PROGRAM_FORMATS,
  PROGRAM_INSURANCE,
  SESSION_LANGUAGES,
  WEEKDAYS,
  type Program,
} from '../../../src/config/center-schema';
import { LEVEL_ORDER } from '../../../src/results/levels';

const pad = (n: number) => String(n).padStart(2, '0');
const clock = (minutes: number) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;

const sessionArb = fc
  .record({
    start: fc.integer({ min: 0, max: 23 * 60 + 58 }),
    length: fc.integer({ min: 1, max: 8 * 60 }),
    days: fc.option(fc.uniqueArray(fc.constantFrom(...WEEKDAYS), { minLength: 1 }), {
      nil: undefined,
    }),
  })
  .map(({ start, length, days }) => ({
    start: clock(start),
    end: clock(Math.min(start + length, 23 * 60 + 59)),
    ...(days ? { days } : {}),
  }));

const text = { en: 'Program', es: 'Programa' };

export const programArb: fc.Arbitrary<Program> = fc
  .record({
    level: fc.constantFrom(...LEVEL_ORDER),
    sessions: fc.array(sessionArb, { minLength: 1, maxLength: 3 }),
    format: fc.constantFrom(...PROGRAM_FORMATS),
    ages: fc.uniqueArray(fc.constantFrom(...AGE_BANDS), { minLength: 1 }),
    insurance: fc.uniqueArray(fc.constantFrom(...PROGRAM_INSURANCE)),
    languages: fc.uniqueArray(fc.constantFrom(...SESSION_LANGUAGES), { minLength: 1 }),
  })
  .map((p) => ({
    id: 'p',
    name: text,
    location: p.format === 'telehealth' ? null : text,
    ...p,
    sessions: p.level === 'residential' ? [] : p.sessions,
  }));

/** 0–8 programs with unique ids (their position), as a center might list them. */
export const programsArb: fc.Arbitrary<Program[]> = fc
  .array(programArb, { maxLength: 8 })
  .map((list) => list.map((p, i) => ({ ...p, id: `program-${i}` })));
