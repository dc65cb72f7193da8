/**
 * When Continue goes back to the review: only while a Change made from the review is under
 * way, and also after answering a screen the review sent the person to.
 */
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import type { Answers } from '../../../src/questions/answers';
import { wizardMachine } from '../../../src/machines/wizard/wizard.machine';
import { drinker } from './support/answers';
import { answerAll, backs, begin, step, submit } from './support/drive';

describe('returning to the review', () => {
  it('a Change abandoned with Back no longer steers Continue', () => {
    const actor = begin();
    answerAll(actor, drinker());
    expect(step(actor)).toBe('review');
    actor.send({ type: 'CHANGE', screen: 'medical' });
    expect(backs(actor, 1)).toEqual(['review']); // Back from the changed screen
    expect(actor.getSnapshot().context.returnToReview).toBe(false);
    backs(actor, 2); // review → insurance → schedule
    expect(step(actor)).toBe('schedule');
    // An ordinary Continue walks on through the screens, not back to the review.
    expect(submit(actor, 'schedule', drinker())).toBe('insurance');
  });

  it('a screen the review sends the person to (unanswered) returns to the review', () => {
    const answers: Answers = { ...drinker() };
    delete answers.medical; // left unanswered
    const review = wizardMachine.resolveState({
      value: 'review',
      context: { answers, history: ['start'], returnToReview: false, askedAtChange: [] },
    });
    const actor = createActor(wizardMachine, { input: {}, snapshot: review }).start();
    actor.send({ type: 'CONFIRM' });
    expect(step(actor)).toBe('medical');
    // Answered, Continue goes back to the review, not on through asq, mental, …
    expect(submit(actor, 'medical', drinker())).toBe('review');
  });
});
