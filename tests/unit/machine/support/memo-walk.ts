/**
 * A transparent memo for `walkAnswers`, for the files that drive the machine many times.
 *
 * A SUBMIT evaluates up to ~20 `submitLeadsTo` guards, each walking the whole answer set about
 * twenty times, and a walk costs ~1 ms (answerSchema builds its zod schemas on every call), so
 * a transition costs 5–10 ms. The whole-set walk is pure, so it is memoized: by object, then by
 * content. Inputs and results are frozen, so a caller that mutated either would throw instead
 * of reading a stale entry. Behaviour is unchanged; only repeated work is skipped. The walk
 * itself is tested unmocked (navigation.test.ts, screen-schema.test.ts, tests/unit/engine).
 *
 * Use: vi.mock('…/src/questions/answers', async (orig) =>
 *   (await import('./support/memo-walk')).memoizeWalk(await orig()));
 */
import type * as AnswersModule from '../../../../src/questions/answers';

type Module = typeof AnswersModule;

function deepFreeze<T>(o: T): T {
  if (typeof o === 'object' && o !== null && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o)) deepFreeze(v);
  }
  return o;
}

export function memoizeWalk(actual: Module): Module {
  if (process.env.NO_MEMO) return actual;
  type Walk = ReturnType<Module['walkAnswers']>;
  const byObject = new WeakMap<object, Walk>();
  const byContent = new Map<string, Walk>();
  const walkAnswers: Module['walkAnswers'] = (raw, ...rest) => {
    if (rest.length > 0 || typeof raw !== 'object' || raw === null) {
      return actual.walkAnswers(raw, ...rest);
    }
    let hit = byObject.get(raw);
    if (!hit) {
      const key = JSON.stringify(raw);
      hit = byContent.get(key);
      if (!hit) {
        hit = deepFreeze(actual.walkAnswers(raw));
        byContent.set(key, hit);
      }
      byObject.set(deepFreeze(raw), hit);
    }
    return hit;
  };
  return { ...actual, walkAnswers };
}
