/**
 * copyAnswers, the copy Continue makes of the answers: for any JSON-like data it equals
 * structuredClone's copy (own "__proto__" keys included) and shares no object with the original.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { copyAnswers } from '../../../src/questions/answers';

/** Every object and array inside `value`, the value itself included. */
function containers(value: unknown, out: object[] = []): object[] {
  if (typeof value === 'object' && value !== null) {
    out.push(value);
    for (const child of Object.values(value)) containers(child, out);
  }
  return out;
}

describe('copyAnswers', () => {
  it('equals structuredClone, and the copy shares no object or array with the original', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const copy = copyAnswers(value);
        expect(copy).toStrictEqual(structuredClone(value));
        const original = new Set(containers(value));
        for (const inner of containers(copy)) expect(original.has(inner)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps an own "__proto__" key as data, never as the prototype', () => {
    const value = JSON.parse('{"__proto__": {"polluted": "yes"}, "respondent": "self"}') as object;
    const copy = copyAnswers(value) as Record<string, unknown>;
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.keys(copy)).toEqual(['__proto__', 'respondent']);
    expect((copy as { polluted?: string }).polluted).toBeUndefined();
    expect(copy).toStrictEqual(structuredClone(value));
  });

  it('copies frozen answers into writable ones', () => {
    const frozen = Object.freeze({
      use: Object.freeze({ substances: Object.freeze(['alcohol']) }),
    });
    const copy = copyAnswers(frozen) as { use: { substances: string[] } };
    copy.use.substances.push('opioids');
    expect(frozen.use.substances).toEqual(['alcohol']);
  });
});
