/**
 * afterNextPaint and whenIdleAfterPaint: the order of a frame, a task and an idle period,
 * driven by hand (stubbed requestAnimationFrame and requestIdleCallback).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint, whenIdleAfterPaint } from '../../../src/app/after-paint';

let frames: FrameRequestCallback[] = [];
let idles: Map<number, IdleRequestCallback>;
let idleOptions: (IdleRequestOptions | undefined)[];

function paintFrame() {
  const due = frames;
  frames = [];
  for (const callback of due) callback(performance.now());
}
function goIdle() {
  const due = [...idles.values()];
  idles.clear();
  for (const callback of due) callback({ didTimeout: false, timeRemaining: () => 50 });
}

beforeEach(() => {
  vi.useFakeTimers();
  frames = [];
  idles = new Map();
  idleOptions = [];
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
  vi.stubGlobal('cancelAnimationFrame', (id: number) => {
    frames = frames.filter((_, i) => i + 1 !== id);
  });
  let next = 0;
  vi.stubGlobal('requestIdleCallback', (cb: IdleRequestCallback, options?: IdleRequestOptions) => {
    idles.set(++next, cb);
    idleOptions.push(options);
    return next;
  });
  vi.stubGlobal('cancelIdleCallback', (id: number) => idles.delete(id));
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('afterNextPaint', () => {
  it('runs in a task after the next frame, not before', () => {
    const run = vi.fn();
    afterNextPaint(run);
    vi.runAllTimers();
    expect(run).not.toHaveBeenCalled();
    paintFrame();
    expect(run).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(run).toHaveBeenCalledOnce();
  });

  it('cancelled after the frame, never runs', () => {
    const run = vi.fn();
    const cancel = afterNextPaint(run);
    paintFrame();
    cancel();
    vi.runAllTimers();
    expect(run).not.toHaveBeenCalled();
  });
});

describe('whenIdleAfterPaint', () => {
  it('waits for the frame, then for an idle period, with a time limit', () => {
    const run = vi.fn();
    whenIdleAfterPaint(run);
    goIdle();
    vi.runAllTimers();
    expect(run).not.toHaveBeenCalled(); // idle before the frame doesn't count
    paintFrame();
    vi.runAllTimers();
    expect(run).not.toHaveBeenCalled(); // a task after the frame is not enough
    goIdle();
    expect(run).toHaveBeenCalledOnce();
    expect(idleOptions[0]?.timeout).toBeGreaterThan(0);
  });

  it('cancelled before the frame or while waiting to be idle, never runs', () => {
    const early = vi.fn();
    whenIdleAfterPaint(early)();
    const late = vi.fn();
    const cancelLate = whenIdleAfterPaint(late);
    paintFrame();
    cancelLate();
    goIdle();
    vi.runAllTimers();
    expect(early).not.toHaveBeenCalled();
    expect(late).not.toHaveBeenCalled();
  });

  it('without requestIdleCallback (Safari), runs in a task after the frame', () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    const run = vi.fn();
    whenIdleAfterPaint(run);
    vi.runAllTimers();
    expect(run).not.toHaveBeenCalled();
    paintFrame();
    vi.runAllTimers();
    expect(run).toHaveBeenCalledOnce();
  });
});
