/**
 * What this page put on the clipboard (the answers code, the staff intake note) leaves with the
 * answers (HAZ-24): Start over and Leave take it off in self mode, only when this page copied
 * it (the clipboard may hold the person's own words); staff mode's New caller, Leave and the
 * page going away always empty it (a note copied by hand, or before a reload, is invisible to
 * the page, and the next paste may be into the next caller's record).
 */
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createActor } from 'xstate';
import { App } from '../../../src/app/App';
import { clearClipboard } from '../../../src/app/clipboard';
import * as deferredCode from '../../../src/app/deferred';
import { wizardMachine, type Step } from '../../../src/machines/wizard/wizard.machine';
import { enCore } from '../../../src/i18n/en.core';
import { enLater } from '../../../src/i18n/en.later';
import { testSettings } from '../screens/render';
import { vignette } from '../screens/vignettes';
import type { Settings } from '../../../src/app/settings';

let writeText: MockInstance<(text: string) => Promise<void>>;
let user: ReturnType<typeof userEvent.setup>;

beforeEach(() => {
  // user-event puts its own clipboard on navigator when it is set up: watch that one.
  user = userEvent.setup();
  writeText = vi.spyOn(navigator.clipboard, 'writeText');
});
afterEach(() => {
  clearClipboard(); // the module remembers a copy: start each test without one
  vi.restoreAllMocks();
});

/** The app opened on `step`, reached by answering every screen from a vignette. */
function openOn(step: Step, id: string, settings: Partial<Settings> = {}) {
  const { answers } = vignette(id);
  const actor = createActor(wizardMachine, { input: {} }).start();
  actor.send({ type: 'START' });
  for (let guard = 0; guard < 40 && actor.getSnapshot().value !== step; guard++) {
    const now = actor.getSnapshot().value;
    if (now === 'review') actor.send({ type: 'CONFIRM' });
    else actor.send({ type: 'SUBMIT', screen: now as never, values: answers });
  }
  expect(actor.getSnapshot().value).toBe(step);
  render(
    <App
      settings={testSettings(settings)}
      dictionary={enCore}
      snapshot={wizardMachine.resolveState({ value: step, context: actor.getSnapshot().context })}
      deferred={{ lang: 'en', code: deferredCode, words: enLater }}
    />,
  );
}

const clicks = async (...names: string[]) => {
  for (const name of names) await user.click(await screen.findByRole('button', { name }));
};

describe('self mode: the answers code', () => {
  it('Start over empties the clipboard after "Copy the code"', async () => {
    openOn('result', 'moderate-stable-worker');
    await clicks(enLater.handoff.copy);
    await screen.findByText(enLater.handoff.copied, { selector: 'p' });
    const code = document.querySelector('[data-handoff-code]')!.textContent;
    expect(writeText.mock.calls).toEqual([[code]]);
    await clicks(enCore.common.startOver);
    expect(writeText.mock.calls).toEqual([[code], ['']]);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(enCore.start.heading);
  });

  it('Start over leaves the clipboard alone when nothing was copied', async () => {
    openOn('result', 'moderate-stable-worker');
    await clicks(enCore.common.startOver);
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(enCore.start.heading),
    );
    expect(writeText).not.toHaveBeenCalled();
  });

  it('leaves it alone when the copy was refused (the code was never on it)', async () => {
    openOn('result', 'moderate-stable-worker');
    writeText.mockImplementation(() => Promise.reject(new DOMException('denied')));
    await clicks(enLater.handoff.copy);
    await screen.findByText(enLater.handoff.copyFailed, { selector: 'p' });
    writeText.mockClear();
    await clicks(enCore.common.startOver);
    expect(writeText).not.toHaveBeenCalled();
  });

  it("a page going away leaves the person's copied code (they may paste it elsewhere)", async () => {
    openOn('result', 'moderate-stable-worker');
    await clicks(enLater.handoff.copy);
    await screen.findByText(enLater.handoff.copied, { selector: 'p' });
    writeText.mockClear();
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(writeText).not.toHaveBeenCalled();
  });
});

describe('staff mode: the intake note', () => {
  it('New caller empties the clipboard after the note was copied', async () => {
    openOn('result', 'moderate-stable-worker', { mode: 'staff' });
    await clicks(enLater.staff.ui.copyNote);
    await screen.findByText(enLater.staff.ui.copied, { selector: 'p' });
    expect(writeText).toHaveBeenCalledOnce();
    await clicks(enLater.staff.ui.newCaller, enLater.staff.ui.newCallerYes);
    expect(writeText.mock.lastCall).toEqual(['']);
  });

  it('New caller empties it even when this page copied nothing (by hand, or before a reload)', async () => {
    openOn('crisis', 'suicidal-now', { mode: 'staff' });
    await clicks(enLater.staff.ui.newCaller, enLater.staff.ui.newCallerYes);
    expect(writeText.mock.calls).toEqual([['']]);
  });

  it('the page going away empties it', () => {
    openOn('crisis', 'suicidal-now', { mode: 'staff' });
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(writeText.mock.calls).toEqual([['']]);
  });
});
