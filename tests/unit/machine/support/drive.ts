/** Small helpers to drive the wizard machine as the UI does. */
import { createActor, type Actor } from 'xstate';
import {
  wizardMachine,
  type Step,
  type WizardInput,
} from '../../../../src/machines/wizard/wizard.machine';
import type { ScreenId } from '../../../../src/questions/screens';
import { isScreen, type Raw } from './reference';

export type Wizard = Actor<typeof wizardMachine>;

export const step = (actor: Wizard): Step => actor.getSnapshot().value;

/** A started actor, past the start page. */
export function begin(input?: WizardInput): Wizard {
  const actor = createActor(wizardMachine, { input: input ?? {} }).start();
  actor.send({ type: 'START' });
  return actor;
}

export function submit(actor: Wizard, screen: ScreenId, values: unknown): Step {
  actor.send({ type: 'SUBMIT', screen, values });
  return step(actor);
}

/**
 * Answers whatever screen is current from `answers` until a non-question step (or `until`)
 * is reached; returns the screens shown, in order. Throws if a screen does not move.
 */
export function answerAll(actor: Wizard, answers: Raw, until?: Step): ScreenId[] {
  const shown: ScreenId[] = [];
  for (let guard = 0; guard < 60; guard++) {
    const current = step(actor);
    if (!isScreen(current) || current === until) return shown;
    shown.push(current);
    if (submit(actor, current, answers) === current) {
      throw new Error(`stuck on ${current}`);
    }
  }
  throw new Error('too many steps');
}

/** Sends BACK `times` times and returns the steps landed on. */
export function backs(actor: Wizard, times: number): Step[] {
  const seen: Step[] = [];
  for (let i = 0; i < times; i++) {
    actor.send({ type: 'BACK' });
    seen.push(step(actor));
  }
  return seen;
}
