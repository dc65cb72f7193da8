/**
 * The app rehearses the first question (./rehearse-off-page.ts) only while its start screen
 * shows, and with the screen the person's Continue will open, in their language.
 */
import type { ReactElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createActor } from 'xstate';
import { App } from '../../../src/app/App';
import { enCore } from '../../../src/i18n/en.core';
import { esCore } from '../../../src/i18n/es.core';
import { wizardMachine } from '../../../src/machines/wizard/wizard.machine';
import { testSettings } from '../screens/render';

const calls: { element: ReactElement; cancel: ReturnType<typeof vi.fn> }[] = [];
vi.mock('../../../src/app/rehearse-off-page', () => ({
  rehearseOffPage: (element: ReactElement) => {
    const cancel = vi.fn();
    calls.push({ element, cancel });
    return cancel;
  },
}));

afterEach(() => {
  calls.length = 0;
});

describe('the first question rehearsed off the page', () => {
  it.each([
    ['en', enCore],
    ['es', esCore],
  ] as const)(
    'is the first question, in the words in use (%s), and stops once Start is pressed',
    async (lang, words) => {
      render(<App settings={testSettings({ lang })} dictionary={words} />);
      expect(calls).toHaveLength(1);
      const start = screen.getByRole('button', { name: words.start.begin });

      // Drawn on its own, the rehearsed element is the screen Start opens.
      const { container, unmount } = render(calls[0]!.element);
      expect(container.querySelector('h1')?.textContent).toBe(words.questions.respondent.label.you);
      expect(container.querySelectorAll('input[name="respondent"]')).toHaveLength(2);
      unmount();

      await userEvent.click(start);
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
        words.questions.respondent.label.you,
      );
      expect(calls[0]!.cancel).toHaveBeenCalled();
      expect(calls).toHaveLength(1);
    },
  );

  it('is not drawn when the app opens on a later step', () => {
    const actor = createActor(wizardMachine, { input: {} }).start();
    actor.send({ type: 'START' });
    const snapshot = actor.getSnapshot();
    render(<App settings={testSettings()} dictionary={enCore} snapshot={snapshot} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      enCore.questions.respondent.label.you,
    );
    expect(calls).toHaveLength(0);
  });
});
