import { describe, expect, it } from 'vitest';
import {
  checkAccent,
  checkE164,
  checkOrigin,
  checkPlainText,
  firstProblem,
  type Checked,
} from '../../../src/config/checks';
import { accentSchema, e164Schema, plainTextSchema } from '../../../src/config/center-schema';

interface Parses {
  safeParse(
    value: string,
  ):
    | { success: true; data: string }
    | { success: false; error: { issues: readonly { message: string }[] } };
}

/** What a zod schema makes of `value`, in the shape of a run-time check. */
function viaSchema(schema: Parses, value: string): Checked<string> {
  const result = schema.safeParse(value);
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, reason: result.error.issues[0]?.message ?? 'invalid' };
}

const SAMPLES = [
  '',
  ' ',
  '   ',
  'Trust SoCal',
  '  Café Ñandú  ',
  '<img src=x onerror=alert(1)>',
  'x'.repeat(60),
  ` ${'x'.repeat(60)} `,
  'x'.repeat(61),
  `${'x'.repeat(61)}\u0000`,
  'a\u0000b',
  'a\tb',
  'a\n',
  '\n',
  'a\u0085b',
  'a\u2028b',
  'abc\u202Egnp.exe',
  'a\u2066b',
  '\ud800',
  '\ufeffa',
  '+19492808360',
  '+442079460958',
  '+12345678',
  '19492808360',
  '+09492808360',
  '+1234567',
  '+1234567890123456',
  '+1 949 280 8360',
  ' +19492808360',
  'tel:+19492808360',
  'javascript:alert(1)',
  '1f6feb',
  '1F6FEB',
  '0B5FFF',
  ' 1f6feb',
  '#1f6feb',
  'fff',
  'ffff00',
  'FFFF00',
  '767676',
  '777777',
  'gggggg',
  'red;background:url(x)',
];

describe('the run-time checks and the build-time schemas agree', () => {
  it.each(SAMPLES)('on %j', (value) => {
    expect(checkPlainText(value, 60)).toEqual(viaSchema(plainTextSchema(60), value));
    expect(checkE164(value)).toEqual(viaSchema(e164Schema, value));
    expect(checkAccent(value)).toEqual(viaSchema(accentSchema, value));
  });
});

describe('checks', () => {
  it('report the first rule broken', () => {
    const rules = [
      { test: (s: string) => s.length > 0, message: 'is empty' },
      { test: (s: string) => s === 'ok', message: 'is not ok' },
    ];
    expect(firstProblem('', rules)).toBe('is empty');
    expect(firstProblem('no', rules)).toBe('is not ok');
    expect(firstProblem('ok', rules)).toBeUndefined();
  });

  it('plain text: trims, then checks characters before length', () => {
    expect(checkPlainText('  Café  ', 60)).toEqual({ ok: true, value: 'Café' });
    expect(checkPlainText(`${'x'.repeat(61)}\u0000`, 60)).toEqual({
      ok: false,
      reason: 'contains control characters',
    });
    expect(checkPlainText('xyz', 2)).toEqual({ ok: false, reason: 'is longer than 2 characters' });
    expect(checkPlainText(' \n ', 60)).toEqual({ ok: false, reason: 'is empty' });
  });

  it('accent: lower-cases a usable colour, names what is wrong with the rest', () => {
    expect(checkAccent('0B5FFF')).toEqual({ ok: true, value: '0b5fff' });
    expect(checkAccent('#1f6feb')).toEqual({
      ok: false,
      reason: 'expected a 6-digit hex colour without #',
    });
    expect(checkAccent('FFFF00')).toEqual({
      ok: false,
      reason: 'white text on it has less than 4.5:1 contrast',
    });
  });

  it.each(['https://a.com', 'http://localhost:5173', 'https://partner.example:8443'])(
    'origin: accepts %s',
    (value) => {
      expect(checkOrigin(value)).toEqual({ ok: true, value });
    },
  );

  it.each(['*', 'null', 'https://a.com/', 'https://A.com', 'https://a.com:443', 'ftp://a.com'])(
    'origin: rejects %j',
    (value) => {
      expect(checkOrigin(value)).toEqual({
        ok: false,
        reason: 'expected an origin like https://partner.example',
      });
    },
  );
});
