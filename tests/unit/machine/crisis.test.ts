/**
 * The crisis interrupt (contract Step 0): the screen holding an emergency answer, once
 * submitted, leads straight to the crisis screen; the crisis screen offers a way back to change
 * that answer, never a way forward past it.
 */
import { describe, expect, it } from 'vitest';
import { createActor, transition } from 'xstate';
import {
  wizardMachine,
  type Step,
  type WizardEvent,
} from '../../../src/machines/wizard/wizard.machine';
import type { ScreenId } from '../../../src/questions/screens';
import { drinker, withAnswers } from './support/answers';
import { answerAll, backs, begin, step, submit, type Wizard } from './support/drive';
import { SCREEN_LIST, get, isScreen, refRoute, type Raw } from './support/reference';
import { SAMPLES } from './support/samples';

interface Trigger {
  readonly name: string;
  readonly screen: ScreenId;
  readonly id: string;
  readonly emergency: Raw;
  readonly safe: Raw;
  /** The answers before it, so that the screen is asked. */
  readonly base: Raw;
}

const asqPositive = withAnswers(drinker(), {
  suicide: { wishedDead: 'no', betterOff: 'no', thoughts: 'yes', attempt: 'no', now: 'no' },
});

const TRIGGERS: readonly Trigger[] = [
  {
    name: 'safety.emergencyNow = yes',
    screen: 'danger',
    id: 'safety.emergencyNow',
    emergency: { safety: { emergencyNow: 'yes' } },
    safe: { safety: { emergencyNow: 'no' } },
    base: drinker(),
  },
  {
    name: 'withdrawal.current = severe',
    screen: 'withdrawal',
    id: 'withdrawal.current',
    emergency: { withdrawal: { history: ['seizures'], current: 'severe' } },
    safe: { withdrawal: { history: ['seizures'], current: 'mild' } },
    base: drinker(),
  },
  {
    name: 'suicide.now = yes',
    screen: 'asq-now',
    id: 'suicide.now',
    emergency: { suicide: { now: 'yes' } },
    safe: { suicide: { now: 'no' } },
    base: asqPositive,
  },
  {
    name: 'suicide.now = decline',
    screen: 'asq-now',
    id: 'suicide.now',
    emergency: { suicide: { now: 'decline' } },
    safe: { suicide: { now: 'no' } },
    base: asqPositive,
  },
];

/** Answers from `base` up to the trigger's screen, then submits the emergency answer. */
function toCrisis(t: Trigger): Wizard {
  const actor = begin();
  answerAll(actor, t.base, t.screen);
  expect(step(actor)).toBe(t.screen);
  expect(submit(actor, t.screen, t.emergency)).toBe('crisis');
  return actor;
}

/** Every event the machine knows, with every sample value for every screen. */
const EVERY_EVENT: readonly WizardEvent[] = [
  { type: 'START' },
  { type: 'CONFIRM' },
  ...SCREEN_LIST.map((screen) => ({ type: 'CHANGE' as const, screen })),
  ...SCREEN_LIST.flatMap((screen) => [
    ...SAMPLES[screen].map((s) => ({ type: 'SUBMIT' as const, screen, values: s.values })),
    { type: 'SUBMIT' as const, screen, values: drinker() },
  ]),
];

/** What the UI does on Continue: submit the screen with what is kept, or confirm the review. */
function continueUntilDone(actor: Wizard): Step[] {
  const seen: Step[] = [];
  for (let i = 0; i < 60; i++) {
    const current = step(actor);
    seen.push(current);
    if (current === 'review') actor.send({ type: 'CONFIRM' });
    else if (isScreen(current)) submit(actor, current, actor.getSnapshot().context.answers);
    else return seen;
  }
  throw new Error(`no end: ${seen.join(' ')}`);
}

describe.each(TRIGGERS.map((t) => [t.name, t] as const))('crisis interrupt: %s', (_name, t) => {
  it('submitting the screen goes straight to the crisis screen', () => {
    const actor = toCrisis(t);
    expect(actor.getSnapshot().context.history.at(-1)).toBe(t.screen);
    expect(actor.getSnapshot().hasTag('done')).toBe(true);
  });

  it('Back returns to that screen with the answer kept', () => {
    const actor = toCrisis(t);
    const before = actor.getSnapshot().context.answers;
    actor.send({ type: 'BACK' });
    expect(step(actor)).toBe(t.screen);
    expect(get(actor.getSnapshot().context.answers, t.id)).toBe(get(t.emergency, t.id));
    expect(actor.getSnapshot().context.answers).toEqual(before);
  });

  it('a non-emergency answer continues to the next screen', () => {
    const actor = toCrisis(t);
    actor.send({ type: 'BACK' });
    const route = refRoute(t.base);
    const next = route[route.indexOf(t.screen) + 1];
    expect(submit(actor, t.screen, t.safe)).toBe(next);
    // and the rest of the route is open again, to the result
    answerAll(actor, withAnswers(t.base, t.safe));
    expect(step(actor)).toBe('review');
  });

  it('no event moves from the crisis screen to a later question', () => {
    const crisis = toCrisis(t).getSnapshot();
    for (const event of EVERY_EVENT) {
      const [next] = transition(wizardMachine, crisis, event);
      expect(next.value, JSON.stringify(event)).toBe('crisis');
      expect(next.context).toEqual(crisis.context);
    }
    expect(transition(wizardMachine, crisis, { type: 'BACK' })[0].value).toBe(t.screen);
    expect(transition(wizardMachine, crisis, { type: 'RESTART' })[0].value).toBe('start');
  });

  it('submitting an earlier screen again does not skip past the standing answer', () => {
    const actor = toCrisis(t);
    const route = refRoute(t.base);
    const at = route.indexOf(t.screen);
    // Back to the screen before it (or as far as the first), and Continue again with the
    // answers kept: the screen comes back, then the crisis screen.
    const steps = Math.min(at, 3) + 1;
    const landed = backs(actor, steps);
    expect(landed).toEqual(route.slice(at - steps + 1, at + 1).reverse());
    const shown = continueUntilDone(actor);
    expect(shown.at(-1)).toBe('crisis');
    expect(shown.filter(isScreen).at(-1)).toBe(t.screen);
    expect(shown).not.toContain('review');
  });

  it('restored at a later screen, the next Continue goes to the crisis screen', () => {
    const answers = withAnswers(t.base, t.emergency);
    const route = refRoute(answers);
    const later = SCREEN_LIST[SCREEN_LIST.indexOf(t.screen) + 1]!;
    expect(route).toContain(later);
    const actor = createActor(wizardMachine, {
      input: {},
      snapshot: wizardMachine.resolveState({
        value: later,
        context: {
          answers,
          history: ['start', t.screen],
          returnToReview: false,
          askedAtChange: [],
        },
      }),
    }).start();
    expect(submit(actor, later, answers)).toBe('crisis');
  });
});

describe('crisis interrupt: stale answers', () => {
  it('an emergency answer that is no longer asked does not interrupt', () => {
    const actor = toCrisis(TRIGGERS[1]!); // withdrawal severe
    backs(actor, 4); // withdrawal, criteria, frequency, substances
    expect(step(actor)).toBe('substances');
    // Cannabis only: the withdrawal questions are not asked, so "severe" is stale.
    expect(submit(actor, 'substances', { use: { substances: ['cannabis'] } })).toBe('frequency');
    const shown = answerAll(actor, withAnswers(drinker(), { use: { substances: ['cannabis'] } }));
    expect(shown).not.toContain('withdrawal');
    expect(step(actor)).toBe('review');
    actor.send({ type: 'CONFIRM' });
    expect(step(actor)).toBe('result');
    expect(get(actor.getSnapshot().context.answers, 'withdrawal.current')).toBe('severe');
  });
});

// Found by these tests (see the report) and fixed in the machine: an emergency answer that
// stands must not be passed by the review's Continue.
describe('crisis interrupt: never passed from the review', () => {
  it('Back from a crisis raised by a Change, then Back to the review: Continue reaches the crisis screen, not the result', () => {
    const actor = begin();
    answerAll(actor, drinker());
    actor.send({ type: 'CHANGE', screen: 'withdrawal' });
    expect(submit(actor, 'withdrawal', TRIGGERS[1]!.emergency)).toBe('crisis');
    expect(backs(actor, 2)).toEqual(['withdrawal', 'review']);
    // withdrawal.current = severe still stands; the review's Continue must not pass it.
    const shown = continueUntilDone(actor);
    expect(shown.at(-1)).toBe('crisis');
  });

  it('a Change that brings back a kept emergency answer does not skip the crisis screen', () => {
    const actor = begin();
    answerAll(actor, drinker());
    actor.send({ type: 'CHANGE', screen: 'withdrawal' });
    submit(actor, 'withdrawal', TRIGGERS[1]!.emergency);
    backs(actor, 2); // the review
    // Cannabis only: "severe" is stale and the result is reachable — correctly.
    actor.send({ type: 'CHANGE', screen: 'substances' });
    expect(submit(actor, 'substances', { use: { substances: ['cannabis'] } })).toBe('review');
    // Alcohol again: the withdrawal questions are asked again and "severe" stands again.
    actor.send({ type: 'CHANGE', screen: 'substances' });
    submit(actor, 'substances', { use: { substances: ['alcohol'] } });
    const shown = continueUntilDone(actor);
    expect(shown.at(-1)).toBe('crisis');
  });
});
