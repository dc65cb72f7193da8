import { describe, expect, it } from 'vitest';
import { accentSchema } from '../../../src/config/center-schema';
import { contrastWithWhite, isUsableAccent, relativeLuminance } from '../../../src/config/contrast';

describe('contrastWithWhite', () => {
  it.each([
    ['1f6feb', 4.63],
    ['767676', 4.54],
    ['ffff00', 1.07],
    ['000000', 21],
    ['ffffff', 1],
  ])('white on #%s ≈ %s:1', (hex, expected) => {
    expect(contrastWithWhite(hex)).toBeCloseTo(expected, 2);
  });

  it('is case-insensitive', () => {
    expect(contrastWithWhite('1F6FEB')).toBe(contrastWithWhite('1f6feb'));
  });

  it.each(['', '#1f6feb', 'fff', '1f6fe', '1f6febb', 'gggggg', 'red'])('is NaN for %j', (hex) => {
    expect(relativeLuminance(hex)).toBeNaN();
    expect(contrastWithWhite(hex)).toBeNaN();
  });
});

describe('isUsableAccent', () => {
  it('accepts colours at or above 4.5:1 and rejects the rest', () => {
    expect(isUsableAccent('1f6feb')).toBe(true);
    expect(isUsableAccent('767676')).toBe(true); // 4.54, just above
    expect(isUsableAccent('777777')).toBe(false); // 4.48, just below
    expect(isUsableAccent('ffff00')).toBe(false);
    expect(isUsableAccent('not-hex')).toBe(false);
  });
});

describe('accentSchema', () => {
  it('lower-cases a usable colour', () => {
    expect(accentSchema.parse('1F6FEB')).toBe('1f6feb');
  });

  it.each(['ffff00', 'red;background:url(x)', '#1f6feb', ' 1f6feb'])('rejects %j', (value) => {
    expect(accentSchema.safeParse(value).success).toBe(false);
  });
});
