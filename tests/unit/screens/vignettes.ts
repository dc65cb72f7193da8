/** The acceptance vignettes (tests/fixtures/vignettes.json), typed for the screen tests. */
import data from '../../fixtures/vignettes.json';
import type { Answers } from '../../../src/questions/answers';

export interface Vignette {
  readonly id: string;
  readonly story: string;
  readonly answers: Answers;
  readonly expect: {
    readonly level: string;
    readonly asamLevel: string | null;
    readonly urgency: string;
    readonly alternative?: string | null;
    readonly withdrawal?: string;
  };
}

export const VIGNETTES = data.cases as unknown as readonly Vignette[];

/** A deep copy of one vignette's answers, safe to modify. */
export function vignetteAnswers(id: string): Answers {
  const found = VIGNETTES.find((v) => v.id === id);
  if (!found) throw new Error(`No vignette ${id}`);
  return structuredClone(found.answers);
}

export function vignette(id: string): Vignette {
  const found = VIGNETTES.find((v) => v.id === id);
  if (!found) throw new Error(`No vignette ${id}`);
  return found;
}
