import { describe, expect, it } from 'vitest';
import {
  centerConfig,
  parseCenterConfig,
  plainTextSchema,
  type CenterConfig,
} from '../../../src/config/center';
import { isUsableAccent } from '../../../src/config/contrast';

const valid: CenterConfig = {
  name: 'Trust SoCal',
  phone: '+19492808360',
  accent: '1f6feb',
  neutralPage: 'https://www.google.com/',
  crisis: { emergency: '911', lifeline: '988', lifelineText: '988' },
  stateInsuranceProgram: { en: 'Medi-Cal', es: 'Medi-Cal' },
};

describe('centerConfig', () => {
  it('is the shipped, valid configuration', () => {
    expect(centerConfig).toEqual(valid);
    expect(isUsableAccent(centerConfig.accent)).toBe(true);
  });

  it('cannot be changed at run time', () => {
    expect(Object.isFrozen(centerConfig)).toBe(true);
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
    ['stateInsuranceProgram', { stateInsuranceProgram: { en: 'Medi-Cal' } }],
    ['(config): unknown field extra', { extra: true }],
    ['crisis.lifeline: ', { crisis: { emergency: '911', lifeline: 988, lifelineText: '988' } }],
  ])('fails loudly on a bad %s', (field, change) => {
    expect(() => parseCenterConfig({ ...valid, ...change })).toThrow(
      /Invalid center configuration/,
    );
    expect(() => parseCenterConfig({ ...valid, ...change })).toThrow(`\n  ${field}`);
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
