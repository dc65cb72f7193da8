/** The pure navigation rules the machine's guards wrap (src/machines/wizard/navigation.ts). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  SCREEN_IDS,
  answersBefore,
  askedAnswers,
  askedScreens,
  backStep,
  destinationAfterSubmit,
  emergencyScreen,
  firstIncompleteScreen,
  isEmpty,
  isScreenAsked,
  mergeScreen,
  missingOnScreen,
  nextScreenAfter,
  questionsBefore,
  raisesEmergency,
  type Step,
} from '../../../src/machines/wizard/navigation';
import type { Answers } from '../../../src/questions/answers';
import { QUESTIONS } from '../../../src/questions/bank';
import { SCREENS, type ScreenId } from '../../../src/questions/screens';
import { abstainer, drinker, withAnswers } from './support/answers';
import {
  REF_QUESTIONS,
  SCREEN_LIST,
  get,
  questionsOf,
  refRoute,
  type Raw,
} from './support/reference';

const A = (raw: Raw) => raw as Answers;
const severe = () =>
  withAnswers(drinker(), { withdrawal: { history: ['none'], current: 'severe' } });
const asqPositive = (now?: string) =>
  withAnswers(drinker(), {
    suicide: { wishedDead: 'yes', betterOff: 'no', thoughts: 'no', attempt: 'no', now },
  });

describe('screens (contract §1 "Screens")', () => {
  it('SCREEN_IDS lists the screens in order', () => {
    expect(SCREEN_IDS).toEqual(SCREENS.map((s) => s.id));
  });

  it('hold every question of the contract exactly once, in asking order', () => {
    expect(SCREENS.flatMap((s) => s.questions)).toEqual(REF_QUESTIONS.map((q) => q.id));
    expect(QUESTIONS.map((q) => q.id)).toEqual(REF_QUESTIONS.map((q) => q.id));
    for (const q of REF_QUESTIONS) {
      const bank = QUESTIONS.find((b) => b.id === q.id)!;
      expect([...bank.values].sort(), q.id).toEqual([...q.values].sort());
    }
  });

  it('never mix sections; safety.emergencyNow and suicide.now stand alone; the ASQ four share', () => {
    for (const s of SCREENS) {
      expect(new Set(s.questions.map((id) => id.split('.')[0])).size, s.id).toBe(1);
    }
    const holding = (id: string) =>
      SCREENS.find((s) => (s.questions as readonly string[]).includes(id))!;
    expect(holding('safety.emergencyNow').questions).toEqual(['safety.emergencyNow']);
    expect(holding('suicide.now').questions).toEqual(['suicide.now']);
    expect(holding('suicide.wishedDead').questions).toEqual([
      'suicide.wishedDead',
      'suicide.betterOff',
      'suicide.thoughts',
      'suicide.attempt',
    ]);
  });
});

describe('isEmpty', () => {
  it.each([undefined, null, '', false, []])('%j is empty', (v) => {
    expect(isEmpty(v)).toBe(true);
  });
  it.each(['no', 'none', ['none'], 0, true, {}])('%j is not', (v) => {
    expect(isEmpty(v)).toBe(false);
  });
});

describe('mergeScreen', () => {
  it("takes only that screen's question ids: forged fields are not copied", () => {
    const forged = {
      respondent: 'other',
      about: { age: '65-plus', extra: 'x' },
      safety: { emergencyNow: 'yes' },
      suicide: { now: 'yes' },
    };
    expect(mergeScreen(A({}), 'age', forged)).toEqual({ about: { age: '65-plus' } });
    const merged = mergeScreen(A(drinker()), 'danger', forged);
    expect(merged).toEqual(withAnswers(drinker(), { safety: { emergencyNow: 'yes' } }));
    expect(get(merged, 'respondent')).toBe('self');
    expect(get(merged, 'suicide.now')).toBeUndefined();
  });

  it("keeps the rest of the section and the other screens' answers", () => {
    const merged = mergeScreen(A(drinker()), 'home', { living: { situation: 'homeless' } });
    expect(get(merged, 'living.situation')).toBe('homeless');
    expect(get(merged, 'living.safe')).toBe('yes');
    expect(get(merged, 'living.support')).toBe('strong');
    // othersUse is on the home screen: left empty, it is removed (stale, not asked anyway).
    expect(get(merged, 'living.othersUse')).toBeUndefined();
    expect(get(merged, 'use.substances')).toEqual(['alcohol']);
  });

  it.each([null, '', false, []])('an empty value (%j) removes the answer', (empty) => {
    const merged = mergeScreen(A(drinker()), 'substances', { use: { substances: empty } });
    expect(get(merged, 'use.substances')).toBeUndefined();
    expect(get(merged, 'use.frequency')).toBe('weekly');
  });

  it('does not change its input, and copies arrays', () => {
    const answers = drinker();
    const frozen = structuredClone(answers);
    const list = ['opioids'];
    const merged = mergeScreen(A(answers), 'substances', { use: { substances: list } });
    expect(answers).toEqual(frozen);
    list.push('alcohol');
    expect(get(merged, 'use.substances')).toEqual(['opioids']);
  });

  it('reads own properties only', () => {
    const values: unknown = JSON.parse(
      '{"about":{"__proto__":{"age":"65-plus"}},"__proto__":{"x":1}}',
    );
    const merged = mergeScreen(A({}), 'age', values);
    expect(get(merged, 'about.age')).toBeUndefined();
    expect(({} as Raw).x).toBeUndefined();
  });

  it('never writes outside the screen (property)', () => {
    const ids = REF_QUESTIONS.map((q) => q.id);
    const anyValue = fc.oneof(
      fc.constantFrom<unknown>(null, '', false, [], 'yes', 'none', 'bogus', ['alcohol'], 7),
      fc.string(),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...SCREEN_LIST),
        fc.dictionary(fc.constantFrom(...ids), anyValue),
        (screen, flat) => {
          const values: Raw = {};
          for (const [id, v] of Object.entries(flat)) {
            const [section, key] = id.split('.');
            if (key === undefined) values[section!] = v;
            else ((values[section!] ??= {}) as Raw)[key] = v;
          }
          const before = drinker();
          const merged = mergeScreen(A(before), screen, values);
          const own = questionsOf(screen);
          for (const id of ids) {
            if (own.includes(id)) {
              const v = get(values, id);
              if (isEmpty(v)) expect(get(merged, id)).toBeUndefined();
              else expect(get(merged, id)).toEqual(v);
            } else {
              expect(get(merged, id)).toEqual(get(before, id));
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('askedAnswers, isScreenAsked, missingOnScreen', () => {
  it('walks each answers object once, and its clean answers cannot be changed', () => {
    const answers = A(drinker());
    const first = askedAnswers(answers);
    expect(askedAnswers(answers)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first.use)).toBe(true);
    expect(() => {
      (first as Record<string, unknown>).respondent = 'other';
    }).toThrow(TypeError);
    // A change makes a new object, which gets its own walk.
    const changed = mergeScreen(answers, 'respondent', { respondent: 'other' });
    expect(askedAnswers(changed)).not.toBe(first);
    expect(askedAnswers(changed).respondent).toBe('other');
  });

  it('askedAnswers drops stale and invalid answers', () => {
    const answers = withAnswers(drinker(), {
      use: { substances: ['none'], frequency: 'daily' },
      living: { situation: 'sober-living', othersUse: 'yes', safe: 'maybe' },
    });
    const asked = askedAnswers(A(answers));
    expect(get(asked, 'use.frequency')).toBeUndefined();
    expect(get(asked, 'withdrawal.current')).toBeUndefined();
    expect(get(asked, 'history.treatment')).toBeUndefined();
    expect(get(asked, 'living.othersUse')).toBeUndefined();
    expect(get(asked, 'living.safe')).toBeUndefined();
    expect(get(asked, 'living.situation')).toBe('sober-living');
  });

  it('a screen is asked when any of its questions is', () => {
    expect(isScreenAsked('frequency', A(abstainer()))).toBe(false);
    expect(isScreenAsked('frequency', A(drinker()))).toBe(true);
    const cannabis = withAnswers(drinker(), { use: { substances: ['cannabis'] } });
    expect(isScreenAsked('withdrawal', A(cannabis))).toBe(false);
    expect(isScreenAsked('treatment', A(cannabis))).toBe(true);
    expect(isScreenAsked('asq-now', A(drinker()))).toBe(false);
    expect(isScreenAsked('asq-now', A(asqPositive()))).toBe(true);
  });

  it('lists the asked questions of a screen that have no valid answer', () => {
    const php = withAnswers(drinker(), { history: { treatment: ['php'] } });
    expect(missingOnScreen('treatment', A(php)).map((q) => q.id)).toEqual([
      'history.relapsedAfter',
      'history.recentDischarge',
    ]);
    const detox = withAnswers(drinker(), { history: { treatment: ['detox'] } });
    expect(missingOnScreen('treatment', A(detox)).map((q) => q.id)).toEqual([
      'history.relapsedAfter',
    ]);
    const bad = withAnswers(drinker(), { use: { frequency: 'sometimes', lastUse: 'days' } });
    expect(missingOnScreen('frequency', A(bad)).map((q) => q.id)).toEqual(['use.frequency']);
    expect(missingOnScreen('frequency', A(abstainer()))).toEqual([]);
  });
});

describe('nextScreenAfter', () => {
  it.each<[string, ScreenId | 'start', Raw, ScreenId | undefined]>([
    ['the first screen from the start', 'start', {}, 'respondent'],
    ['substances none skips to medical', 'substances', abstainer(), 'medical'],
    ['substances alcohol → frequency', 'substances', drinker(), 'frequency'],
    [
      'cannabis skips the withdrawal screen',
      'criteria',
      withAnswers(drinker(), { use: { substances: ['cannabis'] } }),
      'medical',
    ],
    [
      'opioids ask about withdrawal',
      'criteria',
      withAnswers(drinker(), { use: { substances: ['opioids'] } }),
      'withdrawal',
    ],
    ['a negative ASQ skips suicide.now', 'asq', drinker(), 'mental'],
    ['a positive ASQ asks suicide.now', 'asq', asqPositive(), 'asq-now'],
    ['no substances skips treatment', 'readiness', abstainer(), 'home'],
    ['any substance asks treatment', 'readiness', drinker(), 'treatment'],
    ['the last screen → the review', 'insurance', drinker(), undefined],
  ])('%s', (_label, from, answers, next) => {
    expect(nextScreenAfter(from, A(answers))).toBe(next);
  });
});

describe('firstIncompleteScreen', () => {
  it('is the first asked screen with a missing or invalid answer', () => {
    expect(firstIncompleteScreen(A({}))).toBe('respondent');
    expect(firstIncompleteScreen(A(drinker()))).toBeUndefined();
    expect(firstIncompleteScreen(A(abstainer()))).toBeUndefined();
    const noCriteria = drinker();
    delete (noCriteria.use as Raw).criteria;
    expect(firstIncompleteScreen(A(noCriteria))).toBe('criteria');
    const opened = withAnswers(abstainer(), { use: { substances: ['alcohol'] } });
    expect(firstIncompleteScreen(A(opened))).toBe('frequency');
    expect(firstIncompleteScreen(A(asqPositive()))).toBe('asq-now');
    const invalid = withAnswers(drinker(), { insurance: { type: 'cash' } });
    expect(firstIncompleteScreen(A(invalid))).toBe('insurance');
  });

  it('ignores stale answers and questions no longer asked', () => {
    const closed = withAnswers(drinker(), { use: { substances: ['none'], frequency: 'bogus' } });
    expect(firstIncompleteScreen(A(closed))).toBeUndefined();
  });
});

describe('emergencyScreen and raisesEmergency', () => {
  it.each<[string, Raw, ScreenId | undefined]>([
    ['none', drinker(), undefined],
    ['danger now', withAnswers(drinker(), { safety: { emergencyNow: 'yes' } }), 'danger'],
    ['severe withdrawal', severe(), 'withdrawal'],
    ['suicide.now yes', asqPositive('yes'), 'asq-now'],
    ['suicide.now decline', asqPositive('decline'), 'asq-now'],
    ['suicide.now no', asqPositive('no'), undefined],
    ['the first of two', withAnswers(severe(), { safety: { emergencyNow: 'yes' } }), 'danger'],
    [
      'severe withdrawal no longer asked (cannabis)',
      withAnswers(severe(), { use: { substances: ['cannabis'] } }),
      undefined,
    ],
    [
      'suicide.now yes with a negative ASQ (not asked)',
      withAnswers(drinker(), { suicide: { now: 'yes' } }),
      undefined,
    ],
  ])('%s', (_label, answers, screen) => {
    expect(emergencyScreen(A(answers))).toBe(screen);
  });

  it('is raised on the screen holding the answer and every screen after it', () => {
    const answers = A(severe());
    const at = SCREEN_LIST.indexOf('withdrawal');
    SCREEN_LIST.forEach((screen, i) => {
      expect(raisesEmergency(screen, answers), screen).toBe(i >= at);
    });
    for (const screen of SCREEN_LIST) expect(raisesEmergency(screen, A(drinker()))).toBe(false);
  });
});

describe('destinationAfterSubmit', () => {
  /** After a Change from the review that showed the screens asked with `answers`. */
  const fromReview = (answers: Raw) => ({ askedAtChange: refRoute(answers) });

  it('stays (undefined) while the screen is incomplete', () => {
    const php = withAnswers(drinker(), { history: { treatment: ['php'], relapsedAfter: 'no' } });
    expect(destinationAfterSubmit(A(php), 'treatment', null)).toBeUndefined();
    expect(destinationAfterSubmit(A(php), 'treatment', fromReview(drinker()))).toBeUndefined();
  });

  it('goes to the crisis screen when an emergency stands on or before the screen', () => {
    expect(destinationAfterSubmit(A(severe()), 'withdrawal', null)).toBe('crisis');
    expect(destinationAfterSubmit(A(severe()), 'withdrawal', fromReview(drinker()))).toBe('crisis');
    expect(destinationAfterSubmit(A(severe()), 'home', fromReview(drinker()))).toBe('crisis');
    expect(destinationAfterSubmit(A(severe()), 'criteria', null)).toBe('withdrawal');
  });

  it('after a change from the review: the review, unless the change opened a screen', () => {
    expect(destinationAfterSubmit(A(drinker()), 'age', fromReview(drinker()))).toBe('review');
    const opened = withAnswers(abstainer(), { use: { substances: ['alcohol'] } });
    expect(destinationAfterSubmit(A(opened), 'substances', fromReview(abstainer()))).toBe(
      'frequency',
    );
    expect(destinationAfterSubmit(A(asqPositive('no')), 'asq', fromReview(drinker()))).toBe(
      'asq-now',
    );
    // Closing screens opens nothing.
    expect(destinationAfterSubmit(A(abstainer()), 'substances', fromReview(drinker()))).toBe(
      'review',
    );
  });

  it('a re-opened screen comes first even when its old answers are kept', () => {
    // The review showed the abstainer's screens; the kept answers to the drinker's screens
    // come back with alcohol, and must be seen again.
    expect(destinationAfterSubmit(A(drinker()), 'substances', fromReview(abstainer()))).toBe(
      'frequency',
    );
    // …then, with frequency seen again, criteria (still not on that review) is next.
    expect(destinationAfterSubmit(A(drinker()), 'frequency', fromReview(abstainer()))).toBe(
      'criteria',
    );
    expect(destinationAfterSubmit(A(drinker()), 'treatment', fromReview(abstainer()))).toBe(
      'review',
    );
  });

  it('otherwise the next asked screen, and the review after the last', () => {
    expect(destinationAfterSubmit(A(drinker()), 'age', null)).toBe('danger');
    expect(destinationAfterSubmit(A(abstainer()), 'substances', null)).toBe('medical');
    expect(destinationAfterSubmit(A(drinker()), 'insurance', null)).toBe('review');
  });
});

describe('askedScreens and backStep', () => {
  it('askedScreens: the screens asked, in order (the review rows)', () => {
    expect(askedScreens(A(drinker()))).toEqual(refRoute(drinker()));
    expect(askedScreens(A(abstainer()))).not.toContain('frequency');
    expect(askedScreens(A(asqPositive()))).toContain('asq-now');
  });

  it('backStep: the latest step still on the path, skipping screens no longer asked', () => {
    const history: Step[] = ['start', 'respondent', 'substances', 'frequency', 'criteria'];
    expect(backStep(history, A(drinker()))).toEqual({ step: 'criteria', index: 4 });
    expect(backStep(history, A(abstainer()))).toEqual({ step: 'substances', index: 2 });
    expect(backStep(['start', 'review', 'treatment'], A(abstainer()))).toEqual({
      step: 'review',
      index: 1,
    });
    expect(backStep([], A(drinker()))).toBeUndefined();
    // Never the step Back is pressed on: from the review, past it to the screen before.
    expect(
      backStep(['start', 'insurance', 'review', 'treatment'], A(abstainer()), 'review'),
    ).toEqual({ step: 'insurance', index: 1 });
  });
});

describe('questionsBefore and answersBefore', () => {
  it('are the questions and validated answers of the earlier screens', () => {
    expect(questionsBefore('frequency').map((q) => q.id)).toEqual([
      'respondent',
      'about.age',
      'safety.emergencyNow',
      'use.substances',
    ]);
    expect(questionsBefore('respondent')).toEqual([]);
    const stale = withAnswers(abstainer(), { use: { substances: ['none'], frequency: 'daily' } });
    const before = answersBefore('criteria', A(stale));
    expect(get(before, 'use.frequency')).toBeUndefined();
    expect(get(before, 'use.substances')).toEqual(['none']);
    expect(get(before, 'medical.condition')).toBeUndefined();
  });
});
