/**
 * "Question 5 of about 17" (src/machines/wizard/progress.ts): every vignette, answered screen
 * by screen through the machine, shows each screen's place on its path; the total never goes
 * up going forward and never falls below the screens the path really has; "about" goes only
 * once nothing is undecided, and the last question is "N of N". A property test does the same
 * for any complete answer set.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { progressAt, type Progress } from '../../../src/machines/wizard/progress';
import type { ScreenId } from '../../../src/questions/screens';
import type { Answers } from '../../../src/questions/answers';
import vignettes from '../../fixtures/vignettes.json';
import { answerSetArb } from '../../arbitraries';
import { begin, step, submit } from './support/drive';
import { isScreen, refRoute, type Raw } from './support/reference';

interface Vignette {
  readonly id: string;
  readonly answers: Raw;
  readonly expect: { readonly level: string };
}
const CASES = (vignettes as { cases: Vignette[] }).cases;

/** The count each screen shows on the way, answering it from `answers` as a person would. */
function countsOnTheWay(answers: Raw): { screen: ScreenId; progress: Progress }[] {
  const actor = begin();
  const seen: { screen: ScreenId; progress: Progress }[] = [];
  for (let guard = 0; guard < 60; guard++) {
    const current = step(actor);
    if (!isScreen(current)) return seen;
    seen.push({
      screen: current,
      progress: progressAt(current, actor.getSnapshot().context.answers),
    });
    if (submit(actor, current, answers) === current) throw new Error(`stuck on ${current}`);
  }
  throw new Error('too many steps');
}

function checkPath(answers: Raw, complete: boolean): void {
  const route = refRoute(answers);
  const seen = countsOnTheWay(answers);
  seen.forEach(({ screen, progress }, i) => {
    expect(screen).toBe(route[i]);
    // Its place on the path.
    expect(progress.n, screen).toBe(i + 1);
    // Never fewer screens than the path really has; exact only when it is the path's length.
    expect(progress.total, screen).toBeGreaterThanOrEqual(route.length);
    if (progress.exact) expect(progress.total, screen).toBe(route.length);
    // Going forward, the total never jumps up.
    if (i > 0) expect(progress.total, screen).toBeLessThanOrEqual(seen[i - 1]!.progress.total);
  });
  if (complete) {
    // The last question is "N of N".
    expect(seen.at(-1)!.progress).toEqual({ n: route.length, total: route.length, exact: true });
  }
}

describe('"Question N of about M" on every vignette\'s path', () => {
  it.each(CASES.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    checkPath(c.answers, c.expect.level !== 'emergency');
  });

  it('starts with every screen possible, and says "about"', () => {
    expect(progressAt('respondent', {})).toEqual({ n: 1, total: 19, exact: false });
  });

  it('no substances closes the screens that hang on them', () => {
    const before: Answers = {
      respondent: 'self',
      about: { age: '18-64' },
      safety: { emergencyNow: 'no' },
    };
    expect(progressAt('substances', before).total).toBe(19);
    const none: Answers = { ...before, use: { substances: ['none'] } };
    // frequency, criteria, withdrawal, treatment go; the suicide follow-up is still undecided.
    expect(progressAt('medical', none)).toEqual({ n: 5, total: 15, exact: false });
  });
});

describe('"Question N of about M": any complete answer set', () => {
  it('places each screen, never goes up, never undercounts, and ends "N of N"', () => {
    fc.assert(
      fc.property(answerSetArb('never'), (answers) => {
        checkPath(answers, true);
      }),
      { numRuns: 60 },
    );
  });
});
