/**
 * recommend(), remembered per answers object. The wizard's clean answers are frozen, one object
 * per set of answers (src/machines/wizard/navigation.ts), so the same object always gives the
 * same result: the app can work it out while the person reads the review, and "See the result"
 * finds it ready. A call that throws is not remembered.
 */
export function remembered<A extends object, R>(work: (answers: A) => R): (answers: A) => R {
  const results = new WeakMap<A, R>();
  return (answers) => {
    if (results.has(answers)) return results.get(answers) as R;
    const result = work(answers);
    results.set(answers, result);
    return result;
  };
}
