/** Complete answer sets to drive the machine with, built from the acceptance vignettes. */
import vignettes from '../../../fixtures/vignettes.json';
import type { Raw } from './reference';

const byId = (id: string): Raw => {
  const found = (vignettes as { cases: { id: string; answers: Raw }[] }).cases.find(
    (c) => c.id === id,
  );
  if (!found) throw new Error(`no vignette ${id}`);
  return structuredClone(found.answers);
};

/** Alcohol, weekly, withdrawal asked, ASQ negative, treatment none, stable home. */
export const drinker = (): Raw => byId('mild-weekend-drinker');

/** No substances: frequency, criteria, withdrawal and treatment are not asked. */
export const abstainer = (): Raw => byId('no-substances');

/** A copy of `answers` with `patch` deep-merged in (sections merged key by key). */
export function withAnswers(answers: Raw, patch: Raw): Raw {
  const out = structuredClone(answers);
  for (const [key, value] of Object.entries(patch)) {
    const current = out[key];
    out[key] =
      typeof value === 'object' &&
      value !== null &&
      !Array.isArray(value) &&
      typeof current === 'object' &&
      current !== null
        ? { ...(current as Raw), ...(value as Raw) }
        : value;
  }
  return out;
}
