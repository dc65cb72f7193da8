/**
 * The public acceptance cases (tests/fixtures/vignettes.json): every field named in a case's
 * `expect` must equal what recommend() returns; `notesInclude` lists notes that must be among
 * the result's notes.
 */
import { describe, expect, it } from 'vitest';
import vignettes from '../../fixtures/vignettes.json';
import { recommend, type Recommendation } from '../../../src/results/recommend';

interface Vignette {
  readonly id: string;
  readonly story: string;
  readonly answers: unknown;
  readonly expect: Readonly<Record<string, unknown>> & {
    readonly notesInclude?: readonly string[];
  };
}

const file = vignettes as { contractVersion: number; cases: readonly Vignette[] };
const ids = file.cases.map((c) => c.id);

describe('acceptance vignettes', () => {
  it('are for contract v1, with unique ids and something to check in each', () => {
    expect(file.contractVersion).toBe(1);
    expect(new Set(ids).size).toBe(ids.length);
    expect(file.cases.length).toBeGreaterThan(0);
    for (const c of file.cases) expect(Object.keys(c.expect).length).toBeGreaterThan(0);
  });

  it.each(file.cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const result: Recommendation = recommend(c.answers);
    const { notesInclude, ...fields } = c.expect;
    for (const [field, expected] of Object.entries(fields)) {
      expect(Object.keys(result), `unknown field ${field}`).toContain(field);
      expect(result[field as keyof Recommendation], `${c.id}: ${field}`).toEqual(expected);
    }
    if (notesInclude) expect(result.notes).toEqual(expect.arrayContaining([...notesInclude]));
  });
});
