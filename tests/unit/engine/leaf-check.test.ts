/**
 * The wizard checks each answer without zod (src/questions/answers.ts, so the first screens
 * stay small); the zod schema in answers-schema.ts is the schema of record. They must agree on
 * every value, valid or not, and on which problem comes first.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QUESTIONS, type Question } from '../../../src/questions/bank';
import { leafIssueCode, type AnswerIssueCode } from '../../../src/questions/answers';
import { answerSchema } from '../../../src/questions/answers-schema';

/** The verdict of the zod schema, in the walk's issue codes (its first issue decides). */
function zodVerdict(q: Question, value: unknown): AnswerIssueCode | undefined {
  const result = answerSchema(q).safeParse(value);
  if (result.success) return undefined;
  const first = result.error.issues[0];
  if (first?.code === 'invalid_type') return 'wrong-type';
  if (first?.code === 'too_small') return 'empty';
  if (first?.code === 'custom') return first.params?.reason as AnswerIssueCode;
  return 'invalid-value';
}

const BANK = QUESTIONS as readonly Question[];

/** Values near the question's own: its options, other strings, other types, lists of them. */
function valueFor(q: Question): fc.Arbitrary<unknown> {
  const option = fc.constantFrom(...q.values);
  const element = fc.oneof(
    { weight: 6, arbitrary: option },
    { weight: 1, arbitrary: fc.string() },
    { weight: 1, arbitrary: fc.constantFrom(null, undefined, 0, 1, true, {}, [], 'NONE', ' ') },
  );
  return fc.oneof(
    element,
    fc.array(element, { maxLength: 6 }),
    fc.array(option, { maxLength: 4 }),
    fc.sparseArray(option, { maxLength: 4 }),
    fc.anything(),
  );
}

describe('the zod-free answer check agrees with the zod schema of record', () => {
  it.each(BANK.map((q) => [q.id, q] as const))('%s', (_id, q) => {
    fc.assert(
      fc.property(valueFor(q), (value) => {
        expect(leafIssueCode(q, value)).toBe(zodVerdict(q, value));
      }),
      { numRuns: 300 },
    );
  });

  it('catches each kind of problem (so the agreement above is not vacuous)', () => {
    const multi = BANK.find((q) => q.kind === 'multi')!;
    const single = BANK.find((q) => q.kind === 'single')!;
    const [a, b] = multi.values.filter((v) => v !== (multi.kind === 'multi' && multi.exclusive));
    const none = multi.kind === 'multi' ? multi.exclusive : '';
    const cases: [Question, unknown, AnswerIssueCode | undefined][] = [
      [single, single.values[0], undefined],
      [single, 'not-an-option', 'invalid-value'],
      [single, 1, 'invalid-value'],
      [multi, [a, b], undefined],
      [multi, a, 'wrong-type'],
      [multi, [], 'empty'],
      [multi, [a, 'not-an-option'], 'invalid-value'],
      [multi, [a, a], 'duplicate'],
      [multi, [a, none], 'exclusive'],
    ];
    for (const [q, value, code] of cases) {
      expect(leafIssueCode(q, value)).toBe(code);
      expect(zodVerdict(q, value)).toBe(code);
    }
  });
});
