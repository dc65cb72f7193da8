/**
 * New caller takes the intake note off the clipboard, only when this page put it there: the
 * next paste may be into the next caller's record.
 */
import { afterEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { CopyNote } from '../../../src/staff/CopyNote';
import { NewCaller } from '../../../src/staff/NewCaller';
import { clearCopiedNote } from '../../../src/staff/note-clipboard';
import { en } from '../../../src/i18n/en';
import { renderScreen } from '../screens/render';

const NOTE = 'Intake screening note: test';
let writeText: MockInstance<(text: string) => Promise<void>>;

afterEach(() => {
  clearCopiedNote(); // the module remembers a copy: start each test without one
  vi.restoreAllMocks();
});

function renderStaffActions(onConfirm = vi.fn()) {
  const rendered = renderScreen(
    <>
      <CopyNote makeNote={() => NOTE} />
      <NewCaller onConfirm={onConfirm} />
    </>,
    { settings: { mode: 'staff' } },
  );
  // user-event puts its own clipboard on navigator when it is set up: watch that one.
  writeText = vi.spyOn(navigator.clipboard, 'writeText');
  return { ...rendered, onConfirm };
}

async function newCaller(user: ReturnType<typeof renderStaffActions>['user']) {
  await user.click(document.querySelector('button.button--secondary')!);
  await user.click(document.querySelector('button.button--danger')!);
}

describe('the intake note on the clipboard', () => {
  it('New caller empties the clipboard after the note was copied', async () => {
    const { user, onConfirm, getByRole, findByText } = renderStaffActions();
    await user.click(getByRole('button', { name: en.staff.ui.copyNote }));
    await findByText(en.staff.ui.copied);
    expect(writeText.mock.calls).toEqual([[NOTE]]);
    await newCaller(user);
    expect(writeText.mock.calls).toEqual([[NOTE], ['']]);
    expect(onConfirm).toHaveBeenCalledOnce();
  });

  it('leaves the clipboard alone when the note was never copied', async () => {
    const { user, onConfirm } = renderStaffActions();
    await newCaller(user);
    expect(writeText).not.toHaveBeenCalled();
    expect(onConfirm).toHaveBeenCalledOnce();
  });

  it('leaves it alone when the copy was refused (the note was never on it)', async () => {
    const { user, getByRole, findByText } = renderStaffActions();
    writeText.mockImplementation(() => Promise.reject(new DOMException('denied')));
    await user.click(getByRole('button', { name: en.staff.ui.copyNote }));
    await findByText(en.staff.ui.copyFailed);
    writeText.mockClear();
    await newCaller(user);
    expect(writeText).not.toHaveBeenCalled();
  });

  it('empties it once: a second New caller in the next call does not write again', async () => {
    const first = renderStaffActions();
    await first.user.click(first.getByRole('button', { name: en.staff.ui.copyNote }));
    await first.findByText(en.staff.ui.copied);
    await newCaller(first.user);
    expect(writeText.mock.calls).toEqual([[NOTE], ['']]);
    first.unmount();
    const second = renderStaffActions();
    const before = writeText.mock.calls.length;
    await newCaller(second.user);
    expect(writeText.mock.calls.length).toBe(before);
  });
});
