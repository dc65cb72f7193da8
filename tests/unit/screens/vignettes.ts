/** The acceptance vignettes (tests/fixtures/vignettes.json), typed for the screen tests. */
import { vignette } from '../../fixtures/vignettes';
import type { Answers } from '../../../src/questions/answers';

export { VIGNETTES, vignette, type Vignette } from '../../fixtures/vignettes';

/** A deep copy of one vignette's answers, safe to modify. */
export function vignetteAnswers(id: string): Answers {
  return structuredClone(vignette(id).answers);
}
