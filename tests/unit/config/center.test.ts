import { describe, expect, it } from 'vitest';
import { centerConfig } from '../../../src/config/center';
import {
  parseCenterConfig,
  plainTextSchema,
  verifyCenterConfig,
  type CenterConfig,
} from '../../../src/config/center-schema';
import { isUsableAccent } from '../../../src/config/contrast';

const valid: CenterConfig = {
  name: 'Trust SoCal',
  phone: '+19492808360',
  accent: '1f6feb',
  neutralPage: 'https://www.google.com/',
  crisis: { emergency: '911', lifeline: '988', lifelineText: '988' },
  stateInsuranceProgram: { en: 'Medi-Cal', es: 'Medi-Cal' },
  insuranceVerification: 'free',
  licensingBody: {
    en: 'California Department of Health Care Services',
    es: 'Departamento de Servicios de Atención Médica de California',
  },
  trackingNumbers: [],
  // The seed gives no hours and no text line (issue 19).
  admissions: null,
  textNumber: null,
  // No interpreter line by default; notes in English (issue 18).
  interpreters: null,
  recordLanguage: 'en' as const,
  partners: [],
  // center-programs.md §1 "Default config": three adult IOP tracks, in person, no days.
  programs: (
    [
      ['morning-iop', 'Morning IOP', 'IOP de la mañana', '09:00', '12:00'],
      ['afternoon-iop', 'Afternoon IOP', 'IOP de la tarde', '13:00', '16:00'],
      ['evening-iop', 'Evening IOP', 'IOP de la tarde-noche', '18:00', '21:00'],
    ] as const
  ).map(([id, en, es, start, end]) => ({
    id,
    level: 'iop' as const,
    name: { en, es },
    sessions: [{ start, end }],
    format: 'in-person' as const,
    location: { en: 'Fountain Valley, CA', es: 'Fountain Valley, CA' },
    ages: ['18-64' as const, '65-plus' as const],
    insurance: ['commercial' as const, 'medicaid' as const, 'medicare' as const],
    languages: ['en' as const],
  })),
};

describe('centerConfig', () => {
  it('is the shipped, valid configuration', () => {
    expect(centerConfig).toEqual(valid);
    expect(isUsableAccent(centerConfig.accent)).toBe(true);
  });

  it('cannot be changed at run time', () => {
    expect(Object.isFrozen(centerConfig)).toBe(true);
  });

  // Nothing checks or tidies it when the app runs: the build does (vite.config.ts), with this.
  it('passes the schema unchanged, as written', () => {
    expect(parseCenterConfig(centerConfig)).toStrictEqual({ ...centerConfig });
    expect(verifyCenterConfig(centerConfig)).toStrictEqual({ ...centerConfig });
  });
});

describe('verifyCenterConfig', () => {
  it.each<[string, Record<string, unknown>]>([
    ['accent: written "1F6FEB", must be "1f6feb"', { accent: '1F6FEB' }],
    ['name: written " Trust SoCal ", must be "Trust SoCal"', { name: ' Trust SoCal ' }],
    [
      'stateInsuranceProgram.es: written "Medi-Cal\\n", must be "Medi-Cal"',
      { stateInsuranceProgram: { en: 'Medi-Cal', es: 'Medi-Cal\n' } },
    ],
  ])('names a field not written in normal form: %s', (problem, change) => {
    expect(() => verifyCenterConfig({ ...valid, ...change })).toThrow(/not written in normal form/);
    expect(() => verifyCenterConfig({ ...valid, ...change })).toThrow(`\n  ${problem}`);
  });

  it('names every such field', () => {
    expect(() => verifyCenterConfig({ ...valid, name: 'Trust SoCal ', accent: '1F6FEB' })).toThrow(
      /\n {2}name: .*\n {2}accent: /,
    );
  });

  it('still rejects an invalid configuration first', () => {
    expect(() => verifyCenterConfig({ ...valid, accent: 'ffff00' })).toThrow(
      /Invalid center configuration[^]*\n {2}accent is "ffff00": white text on it has less than 4\.5:1/,
    );
  });

  it('accepts a valid configuration in normal form, with a null state programme', () => {
    expect(verifyCenterConfig({ ...valid, stateInsuranceProgram: null })).toStrictEqual({
      ...valid,
      stateInsuranceProgram: null,
    });
  });
});

describe('parseCenterConfig', () => {
  it('accepts a null state programme', () => {
    expect(parseCenterConfig({ ...valid, stateInsuranceProgram: null }).stateInsuranceProgram).toBe(
      null,
    );
  });

  it.each<[string, Record<string, unknown>]>([
    ['phone', { phone: '(949) 280-8360' }],
    ['phone', { phone: '+1949' }],
    ['name', { name: '' }],
    ['name', { name: 'x'.repeat(61) }],
    ['name', { name: 'Trust\nSoCal' }],
    ['accent', { accent: '#1f6feb' }],
    ['accent', { accent: 'ffff00' }],
    ['neutralPage', { neutralPage: 'http://www.google.com/' }],
    ['neutralPage', { neutralPage: 'javascript:alert(1)' }],
    ['neutralPage', { neutralPage: 'www.google.com' }],
    ['crisis', { crisis: { emergency: '911', lifeline: 'call us', lifelineText: '988' } }],
    // English is required (what shows in a language without its own: languages spec §3).
    ['stateInsuranceProgram', { stateInsuranceProgram: { es: 'Medi-Cal' } }],
    ['licensingBody', { licensingBody: { es: 'DHCS de California' } }],
    ['stateInsuranceProgram', { stateInsuranceProgram: { en: 'Medi-Cal', fr: 'Medi-Cal' } }],
    ['licensingBody', { licensingBody: 'California DHCS' }],
    ['licensingBody', { licensingBody: { en: 'x'.repeat(121), es: 'x' } }],
    ['(config): unknown field extra', { extra: true }],
    [
      'crisis lifeline: expected string, not 988',
      { crisis: { emergency: '911', lifeline: 988, lifelineText: '988' } },
    ],
  ])('fails loudly on a bad %s', (field, change) => {
    expect(() => parseCenterConfig({ ...valid, ...change })).toThrow(
      /Invalid center configuration/,
    );
    expect(() => parseCenterConfig({ ...valid, ...change })).toThrow(`\n  ${field}`);
  });
});

describe('licensingBody (issue 19)', () => {
  it('may be null or left out: the result then says "licensed by the state"', () => {
    expect(parseCenterConfig({ ...valid, licensingBody: null }).licensingBody).toBeNull();
    const without = Object.fromEntries(
      Object.entries(valid).filter(([key]) => key !== 'licensingBody'),
    );
    expect(parseCenterConfig(without).licensingBody).toBeUndefined();
  });
});

describe('plainTextSchema', () => {
  const schema = plainTextSchema(60);

  it('trims and keeps markup as plain text', () => {
    expect(schema.parse('  Café Ñandú  ')).toBe('Café Ñandú');
    expect(schema.parse('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
  });

  it('measures the trimmed length', () => {
    expect(schema.parse(`  ${'x'.repeat(60)}  `)).toHaveLength(60);
    expect(schema.safeParse('x'.repeat(61)).success).toBe(false);
  });

  it.each(['', '   ', 'a\u0000b', 'a\tb', 'a\u0085b', 'a\u2028b', 'abc\u202Egnp.exe', 'a\u2066b'])(
    'rejects %j',
    (value) => {
      expect(schema.safeParse(value).success).toBe(false);
    },
  );
});
