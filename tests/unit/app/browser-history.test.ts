/**
 * useBrowserHistory writes one entry per painted step, and counts the entries it wrote apart
 * from the depth: two steps taken before a paint push one entry, and "Leave this site"
 * (src/app/leave-tab.ts) must walk back exactly as many as there are.
 */
import { renderHook } from '@testing-library/react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { depthOf, entriesBehind, useBrowserHistory } from '../../../src/app/useBrowserHistory';

let frames: FrameRequestCallback[] = [];
function paint() {
  const due = frames;
  frames = [];
  for (const callback of due) callback(performance.now());
  vi.runOnlyPendingTimers();
}

beforeEach(() => {
  vi.useFakeTimers();
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
  vi.stubGlobal('cancelAnimationFrame', (id: number) => {
    frames = frames.map((f, i) => (i + 1 === id ? () => undefined : f));
  });
  history.replaceState(null, '');
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const handlers = { enabled: true, onBack: () => undefined, onForward: () => undefined };

it('one entry per painted step; two steps before a paint push one entry, counted as one', () => {
  const start = history.length;
  const { rerender } = renderHook((depth: number) => useBrowserHistory({ ...handlers, depth }), {
    initialProps: 0,
  });
  paint();
  expect([depthOf(history.state), entriesBehind(history.state)]).toEqual([0, 0]);
  rerender(1);
  paint();
  expect([depthOf(history.state), entriesBehind(history.state)]).toEqual([1, 1]);
  // Two steps before the browser paints: one entry, for the deeper step.
  rerender(2);
  rerender(3);
  paint();
  expect([depthOf(history.state), entriesBehind(history.state)]).toEqual([3, 2]);
  expect(history.length - start).toBe(2);
  // Back to a shallower step relabels the entry and keeps its count.
  rerender(1);
  paint();
  expect([depthOf(history.state), entriesBehind(history.state)]).toEqual([1, 2]);
  expect(history.length - start).toBe(2);
});

it("an entry that isn't the wizard's has none of its entries behind it", () => {
  expect(entriesBehind(null)).toBe(0);
  expect(entriesBehind({ locWizardBehind: 4 })).toBe(0);
  expect(entriesBehind({ locWizardDepth: 4 })).toBe(0);
});
