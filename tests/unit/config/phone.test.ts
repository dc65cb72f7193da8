import { describe, expect, it } from 'vitest';
import { e164Schema } from '../../../src/config/center-schema';
import { formatPhone, smsHref, telHref } from '../../../src/config/phone';

describe('formatPhone', () => {
  it('formats a US number the familiar way', () => {
    expect(formatPhone('+19492808360')).toBe('(949) 280-8360');
  });

  it('shows other countries and short codes as they are', () => {
    expect(formatPhone('+442079460958')).toBe('+442079460958');
    expect(formatPhone('988')).toBe('988');
  });
});

describe('telHref and smsHref', () => {
  it('build dial links', () => {
    expect(telHref('+19492808360')).toBe('tel:+19492808360');
    expect(telHref('911')).toBe('tel:911');
    expect(smsHref('988')).toBe('sms:988');
  });

  it('carry only digits and a leading +, whatever they are given', () => {
    expect(telHref('javascript:alert(1)')).toBe('tel:1');
    expect(telHref('+1 (949) 280-8360')).toBe('tel:+19492808360');
    expect(smsHref('98+8"><script>')).toBe('sms:988');
  });
});

describe('e164Schema', () => {
  it.each(['+19492808360', '+442079460958', '+12345678'])('accepts %s', (value) => {
    expect(e164Schema.safeParse(value).success).toBe(true);
  });

  it.each([
    '19492808360',
    '+09492808360',
    '+1234567',
    '+1234567890123456',
    '+1 949 280 8360',
    'tel:+19492808360',
    'javascript:alert(1)',
    '',
  ])('rejects %j', (value) => {
    expect(e164Schema.safeParse(value).success).toBe(false);
  });
});
