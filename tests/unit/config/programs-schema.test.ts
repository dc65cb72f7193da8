/**
 * The programs part of the center configuration (center-programs.md §1): every bad value fails
 * validation with a message that names the field, as the build reports it.
 */
import { describe, expect, it } from 'vitest';
import { centerConfig } from '../../../src/config/center';
import { parseCenterConfig, type Program } from '../../../src/config/center-schema';
import { centerConfig as example } from '../../../examples/centers/full';

const program: Program = {
  id: 'evening-iop',
  level: 'iop',
  name: { en: 'Evening IOP', es: 'IOP de la tarde-noche' },
  sessions: [{ start: '18:00', end: '21:00' }],
  format: 'in-person',
  location: { en: 'Fountain Valley, CA', es: 'Fountain Valley, CA' },
  ages: ['18-64'],
  insurance: ['commercial'],
  languages: ['en'],
};

const withPrograms = (...programs: unknown[]) => ({ ...centerConfig, programs });
const withProgram = (change: Record<string, unknown>) => withPrograms({ ...program, ...change });

describe('programs in the center configuration', () => {
  it('accepts the default and the example configuration', () => {
    expect(parseCenterConfig(centerConfig).programs).toHaveLength(3);
    expect(parseCenterConfig(example).programs.length).toBeGreaterThan(5);
  });

  it('accepts an empty list, days, telehealth without a place, residential without sessions', () => {
    expect(() => parseCenterConfig(withPrograms())).not.toThrow();
    expect(() =>
      parseCenterConfig(
        withPrograms(
          { ...program, sessions: [{ start: '18:00', end: '21:00', days: ['mon', 'thu'] }] },
          { ...program, id: 'video', format: 'telehealth', location: null },
          { ...program, id: 'stay', level: 'residential', sessions: [] },
        ),
      ),
    ).not.toThrow();
  });

  it.each<[string, Record<string, unknown>, string]>([
    [
      'a time not on the 24-hour clock',
      { sessions: [{ start: '6pm', end: '21:00' }] },
      'programs "evening-iop" sessions #1 start is "6pm": expected a 24-hour time like 09:00 or 18:30',
    ],
    [
      'an hour past 23',
      { sessions: [{ start: '18:00', end: '24:00' }] },
      'programs "evening-iop" sessions #1 end is "24:00": expected a 24-hour time',
    ],
    [
      'start after end',
      { sessions: [{ start: '21:00', end: '18:00' }] },
      'programs "evening-iop" sessions #1 end is "18:00": must be after start (21:00)',
    ],
    [
      'start equal to end',
      { sessions: [{ start: '18:00', end: '18:00' }] },
      'programs "evening-iop" sessions #1 end is "18:00": must be after start (18:00)',
    ],
    [
      'an unknown level',
      { level: 'detox' },
      'programs "evening-iop" level: "detox" is not one of early-intervention, outpatient, iop, php, residential',
    ],
    [
      'the emergency level',
      { level: 'emergency' },
      'programs "evening-iop" level: "emergency" is not one of early-intervention, outpatient, iop, php, residential',
    ],
    [
      'residential with sessions',
      { level: 'residential' },
      'programs "evening-iop" sessions: must be empty for residential',
    ],
    [
      'no sessions at a session level',
      { sessions: [] },
      'programs "evening-iop" sessions: must not be empty for iop',
    ],
    [
      'a missing location in person',
      { location: null },
      'programs "evening-iop" location: is required for format in-person',
    ],
    [
      'a missing location for both',
      { format: 'both', location: null },
      'programs "evening-iop" location: is required for format both',
    ],
    ['empty ages', { ages: [] }, 'programs "evening-iop" ages: must not be empty'],
    ['empty languages', { languages: [] }, 'programs "evening-iop" languages: must not be empty'],
    [
      'an unknown age band',
      { ages: ['adults'] },
      'programs "evening-iop" ages #1: "adults" is not one of under-18, 18-64, 65-plus',
    ],
    [
      'an unknown insurance',
      { insurance: ['kaiser'] },
      'programs "evening-iop" insurance #1: "kaiser" is not one of commercial, medicaid, medicare, none',
    ],
    [
      'a language repeated',
      { languages: ['en', 'en'] },
      'programs "evening-iop" languages: lists a value twice',
    ],
    [
      'an unknown day',
      { sessions: [{ start: '18:00', end: '21:00', days: ['monday'] }] },
      'programs "evening-iop" sessions #1 days #1: "monday" is not one of mon, tue, wed, thu, fri, sat, sun',
    ],
    [
      'empty days',
      { sessions: [{ start: '18:00', end: '21:00', days: [] }] },
      'programs "evening-iop" sessions #1 days: must not be empty',
    ],
    [
      'an id not in kebab-case',
      { id: 'Evening IOP' },
      'programs "Evening IOP" id is "Evening IOP": expected kebab-case',
    ],
    [
      'a name too long',
      { name: { en: 'x'.repeat(61), es: 'x' } },
      `programs "evening-iop" name en is "${'x'.repeat(40)}…": is longer than 60 characters`,
    ],
    [
      'a name missing English (every other language may fall back to it)',
      { name: { es: 'IOP de noche' } },
      'programs "evening-iop" name en: missing (expected string)',
    ],
    [
      'a name in a language the app does not speak',
      { name: { en: 'Evening IOP', fr: 'IOP du soir' } },
      'programs "evening-iop" name: unknown field fr',
    ],
    [
      'an unknown format',
      { format: 'online' },
      'programs "evening-iop" format: "online" is not one of in-person, telehealth, both',
    ],
    ['an unknown field', { cost: 0 }, 'programs "evening-iop": unknown field cost'],
  ])('rejects %s, naming the field', (_, change, message) => {
    expect(() => parseCenterConfig(withProgram(change))).toThrow(message);
  });

  it('rejects a duplicate id, naming the second', () => {
    expect(() => parseCenterConfig(withPrograms(program, { ...program }))).toThrow(
      'programs #2 id is "evening-iop": duplicate id evening-iop',
    );
  });

  it('rejects a missing programs list or insurance verification, naming it', () => {
    const noPrograms: Record<string, unknown> = { ...centerConfig };
    delete noPrograms.programs;
    expect(() => parseCenterConfig(noPrograms)).toThrow(
      /\n {2}programs: missing \(expected array\)/,
    );
    expect(() => parseCenterConfig({ ...centerConfig, insuranceVerification: 'yes' })).toThrow(
      /\n {2}insuranceVerification: /,
    );
    expect(parseCenterConfig({ ...centerConfig, insuranceVerification: null })).toMatchObject({
      insuranceVerification: null,
    });
  });

  it('names the file it checked', () => {
    expect(() => parseCenterConfig(withProgram({ level: 'detox' }), 'examples/x.ts')).toThrow(
      /Invalid center configuration \(examples\/x\.ts\)/,
    );
  });
});
