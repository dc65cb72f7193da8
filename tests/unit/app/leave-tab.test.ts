/**
 * "Leave this site" in a tab (src/app/leave-tab.ts): back to the wizard's first history entry,
 * then that entry replaced by the neutral page, so Back from there never reaches a screen.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { leaveTab } from '../../../src/app/leave-tab';

const NEUTRAL = 'https://neutral.example/';

/**
 * A window on one of the wizard's history entries, with `behind` of its entries behind it
 * (and at depth `depth`, which may be more: two steps before a paint push one entry).
 */
function fakeWindow(behind: number | null, depth = behind) {
  const listeners: (() => void)[] = [];
  const win = {
    history: {
      state: behind === null ? null : { locWizardDepth: depth, locWizardBehind: behind },
      go: vi.fn(),
    },
    location: { replace: vi.fn() },
    addEventListener: vi.fn((type: string, fn: () => void) => {
      if (type === 'popstate') listeners.push(fn);
    }),
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
    clearTimeout: (id: number) => clearTimeout(id),
  };
  const popstate = () => listeners.splice(0).forEach((fn) => fn());
  return { win: win as unknown as Window, raw: win, popstate };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('leaveTab', () => {
  it('on the first entry, replaces the page at once', () => {
    const { win, raw } = fakeWindow(0);
    leaveTab(NEUTRAL, win);
    expect(raw.history.go).not.toHaveBeenCalled();
    expect(raw.location.replace).toHaveBeenCalledWith(NEUTRAL);
  });

  it("on an entry that is not the wizard's, replaces the page at once", () => {
    const { win, raw } = fakeWindow(null);
    leaveTab(NEUTRAL, win);
    expect(raw.location.replace).toHaveBeenCalledWith(NEUTRAL);
  });

  it('deeper, walks back to the first entry, then replaces it, once', () => {
    vi.useFakeTimers();
    const { win, raw, popstate } = fakeWindow(6);
    leaveTab(NEUTRAL, win);
    expect(raw.history.go).toHaveBeenCalledWith(-6);
    expect(raw.location.replace).not.toHaveBeenCalled();
    popstate();
    expect(raw.location.replace).toHaveBeenCalledExactlyOnceWith(NEUTRAL);
    vi.runAllTimers(); // the fallback finds it done
    expect(raw.location.replace).toHaveBeenCalledOnce();
  });

  it('walks back as many entries as were written, not as deep as the wizard is', () => {
    vi.useFakeTimers();
    const { win, raw, popstate } = fakeWindow(4, 6);
    leaveTab(NEUTRAL, win);
    expect(raw.history.go).toHaveBeenCalledWith(-4);
    popstate();
    expect(raw.location.replace).toHaveBeenCalledExactlyOnceWith(NEUTRAL);
  });

  it('still leaves when the browser never reports the walk', () => {
    vi.useFakeTimers();
    const { win, raw } = fakeWindow(3);
    leaveTab(NEUTRAL, win);
    expect(raw.location.replace).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1000);
    expect(raw.location.replace).toHaveBeenCalledExactlyOnceWith(NEUTRAL);
  });
});
