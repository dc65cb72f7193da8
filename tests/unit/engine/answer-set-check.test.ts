/**
 * The engine checks a whole answer set's shape without zod (src/questions/answer-set.ts, so the
 * result screen is quick and zod stays off the full path); the zod shape in answers-schema.ts
 * is the record. They must report the same problems, in the same order, for any input.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QUESTIONS } from '../../../src/questions/bank';
import { checkAnswerSet, ownData, structuralIssues } from '../../../src/questions/answer-set';
import { unknownKeys } from '../../../src/questions/answers-schema';
import { splitId } from '../../../src/questions/answers';

const sections = [...new Set(QUESTIONS.map((q) => splitId(q.id)[0]))];
const keysOf = (section: string) =>
  QUESTIONS.map((q) => splitId(q.id)).flatMap(([s, k]) => (s === section && k ? [k] : []));

/** Any value, weighted towards what an answer or a section could be. */
const leaf = fc.oneof(
  fc.constantFrom('daily', 'none', 'self', ['none'], [], null, undefined, 0, true),
  fc.anything(),
);
const strangeKey = fc.oneof(
  fc.string(),
  fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'use.frequency'),
);

/** A section: an object of known and unknown keys, or not an object at all. */
function sectionValue(section: string): fc.Arbitrary<unknown> {
  const keys = keysOf(section);
  const known = keys.length ? fc.dictionary(fc.constantFrom(...keys), leaf) : fc.constant({});
  return fc.oneof(
    { weight: 5, arbitrary: known },
    {
      weight: 2,
      arbitrary: fc
        .tuple(known, fc.dictionary(strangeKey, leaf, { maxKeys: 3 }))
        .map(([a, b]) => ({ ...b, ...a })),
    },
    { weight: 1, arbitrary: fc.constantFrom(null, undefined, [], 'use', 3, true, [{}]) },
  );
}

/** A whole set: sections and `respondent`, some unknown top-level keys, or not an object. */
const answerSet: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .tuple(
        fc.record(
          Object.fromEntries(
            sections.map((s) => [s, keysOf(s).length ? sectionValue(s) : leaf]),
          ) as Record<string, fc.Arbitrary<unknown>>,
          { requiredKeys: [] },
        ),
        fc.dictionary(strangeKey, leaf, { maxKeys: 3 }),
      )
      .map(([known, extra]) => ({ ...extra, ...known })),
  },
  { weight: 1, arbitrary: fc.anything() },
  // JSON keeps an own "__proto__" key, as a tampered saved copy could.
  {
    weight: 1,
    arbitrary: fc.constant(JSON.parse('{"__proto__": {"x": 1}, "use": {"__proto__": 1}}')),
  },
);

describe('the zod-free shape check agrees with the zod shape of record', () => {
  it('reports the same problems in the same order', () => {
    fc.assert(
      fc.property(answerSet, (input) => {
        const raw = ownData(input);
        expect(structuralIssues(raw)).toEqual(unknownKeys(raw));
      }),
      { numRuns: 2000 },
    );
  });

  it('catches each kind of problem (so the agreement above is not vacuous)', () => {
    expect(structuralIssues(null).map((i) => i.code)).toEqual(['wrong-type']);
    expect(structuralIssues([]).map((i) => i.path)).toEqual(['(answers)']);
    expect(structuralIssues({ use: null }).map((i) => [i.path, i.code])).toEqual([
      ['use', 'wrong-type'],
    ]);
    expect(structuralIssues({ use: { colour: 'red' }, foo: 1 }).map((i) => i.path)).toEqual([
      'use.colour',
      'foo',
    ]);
    expect(structuralIssues({ respondent: 'self', use: { frequency: 'daily' } })).toEqual([]);
    // A leaf's own problem is the walk's to report, not the shape's.
    expect(structuralIssues({ respondent: 42 })).toEqual([]);
    expect(checkAnswerSet({ respondent: 42 }).issues.map((i) => i.path)).toContain('respondent');
  });
});
