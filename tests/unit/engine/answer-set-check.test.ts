/**
 * The shape check of a whole answer set (src/questions/answer-set.ts): keys that are not
 * questions of the bank, and sections (or the set) that are not objects, in a fixed order (each
 * section's problems in the bank's order, then the set's unknown keys); a leaf's own problem is
 * the walk's to report. The engine's errors list these first (tests/unit/engine/validation.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { checkAnswerSet, structuralIssues } from '../../../src/questions/answer-set';

describe('the shape check of a whole answer set', () => {
  it('catches each kind of problem, in order', () => {
    expect(structuralIssues(null).map((i) => i.code)).toEqual(['wrong-type']);
    expect(structuralIssues([]).map((i) => i.path)).toEqual(['(answers)']);
    expect(structuralIssues({ use: null }).map((i) => [i.path, i.code])).toEqual([
      ['use', 'wrong-type'],
    ]);
    expect(structuralIssues({ use: { colour: 'red' }, foo: 1 }).map((i) => i.path)).toEqual([
      'use.colour',
      'foo',
    ]);
    expect(
      structuralIssues({ foo: 1, living: { x: 1 }, about: 3, use: { y: 1 } }).map((i) => i.path),
    ).toEqual(['about', 'use.y', 'living.x', 'foo']);
    expect(structuralIssues({ respondent: 'self', use: { frequency: 'daily' } })).toEqual([]);
    // A leaf's own problem is the walk's to report, not the shape's.
    expect(structuralIssues({ respondent: 42 })).toEqual([]);
    expect(checkAnswerSet({ respondent: 42 }).issues.map((i) => i.path)).toContain('respondent');
  });
});
