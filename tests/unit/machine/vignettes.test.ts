/**
 * Every acceptance vignette, answered screen by screen as a person would: SUBMIT with the
 * vignette's answers for whatever screen is current. Complete sets end on the review and, after
 * CONFIRM, the result; emergency sets end on the crisis screen, and no screen after the one that
 * raised it is ever shown.
 */
import { describe, expect, it } from 'vitest';
import { askedAnswers } from '../../../src/machines/wizard/navigation';
import vignettes from '../../fixtures/vignettes.json';
import { answerAll, begin, step } from './support/drive';
import { refRoute, refWalk, screenOf, type Raw } from './support/reference';

interface Vignette {
  readonly id: string;
  readonly answers: Raw;
  readonly expect: { readonly level: string };
}
const CASES = (vignettes as { cases: Vignette[] }).cases;
const EMERGENCY = CASES.filter((c) => c.expect.level === 'emergency');
const COMPLETE = CASES.filter((c) => c.expect.level !== 'emergency');

describe('vignettes, answered screen by screen', () => {
  it('has both kinds of vignette', () => {
    expect(EMERGENCY.length).toBeGreaterThanOrEqual(3);
    expect(COMPLETE.length).toBeGreaterThanOrEqual(10);
  });

  it.each(COMPLETE.map((c) => [c.id, c] as const))('%s ends in the result', (_id, c) => {
    const actor = begin();
    const shown = answerAll(actor, c.answers);
    expect(step(actor)).toBe('review');
    // Exactly the screens the contract asks, in order.
    expect(shown).toEqual(refRoute(c.answers));
    actor.send({ type: 'CONFIRM' });
    expect(step(actor)).toBe('result');
    const { answers, history } = actor.getSnapshot().context;
    expect(askedAnswers(answers)).toEqual(c.answers);
    expect(history).toEqual(['start', ...shown, 'review']);
  });

  it.each(EMERGENCY.map((c) => [c.id, c] as const))('%s stops at the crisis screen', (_id, c) => {
    const trigger = refWalk(c.answers).emergencyAt!;
    const raisedOn = screenOf(trigger);
    const actor = begin();
    const shown = answerAll(actor, c.answers);
    expect(step(actor)).toBe('crisis');
    // The route up to the screen that raised it, and nothing after it.
    const route = refRoute(c.answers);
    expect(shown).toEqual(route.slice(0, route.indexOf(raisedOn) + 1));
    expect(shown.at(-1)).toBe(raisedOn);
    // Nothing moves it forward: not a CONFIRM, not a SUBMIT for any later screen.
    actor.send({ type: 'CONFIRM' });
    for (const screen of route.slice(route.indexOf(raisedOn))) {
      actor.send({ type: 'SUBMIT', screen, values: c.answers });
    }
    expect(step(actor)).toBe('crisis');
  });
});
