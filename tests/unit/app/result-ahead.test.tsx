/**
 * While the person reads the review, the app works out the result (after the review paints), so
 * "See the result" doesn't wait for the engine: the engine runs once for the two screens.
 */
import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createActor } from 'xstate';
import { App } from '../../../src/app/App';
import * as deferredCode from '../../../src/app/deferred';
import { wizardMachine } from '../../../src/machines/wizard/wizard.machine';
import { recommend as engine } from '../../../src/results/recommend';
import { remembered } from '../../../src/results/remember';
import { enCore } from '../../../src/i18n/en.core';
import { enLater } from '../../../src/i18n/en.later';
import { testSettings } from '../screens/render';
import { vignette } from '../screens/vignettes';

function reviewSnapshot(answers: unknown) {
  const actor = createActor(wizardMachine, { input: {} }).start();
  actor.send({ type: 'START' });
  for (let guard = 0; guard < 40; guard++) {
    const step = actor.getSnapshot().value;
    if (step === 'review') break;
    actor.send({ type: 'SUBMIT', screen: step as never, values: answers });
  }
  expect(actor.getSnapshot().value).toBe('review');
  return wizardMachine.resolveState({ value: 'review', context: actor.getSnapshot().context });
}

describe('the result is worked out during the review', () => {
  it('runs the engine once the review shows, and not again for "See the result"', async () => {
    const { answers, expect: expected } = vignette('moderate-stable-worker');
    const work = vi.fn(engine);
    const code = { ...deferredCode, recommend: remembered(work) };
    render(
      <App
        settings={testSettings()}
        dictionary={enCore}
        snapshot={reviewSnapshot(answers)}
        deferred={{ lang: 'en', code, words: enLater }}
      />,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(enLater.review.heading);
    await waitFor(() => expect(work).toHaveBeenCalledTimes(1));

    await userEvent.click(screen.getByRole('button', { name: enLater.review.submit }));
    const level = await waitFor(() => {
      const found = document.querySelector('[data-level]');
      expect(found).not.toBeNull();
      return found!.getAttribute('data-level');
    });
    expect(level).toBe(expected.level);
    expect(work).toHaveBeenCalledTimes(1);
  });
});
