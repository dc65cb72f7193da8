/**
 * The first question is drawn once off the page while the start screen is read, so the first
 * Continue runs warm code. Off the page means it: nothing of it may reach the page the person
 * sees — no heading, no focus, no tab title — and it never runs once they have moved on.
 */
import { useEffect, useLayoutEffect, useRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from '@testing-library/react';
import { rehearseOffPage } from '../../../src/app/rehearse-off-page';
import { firstQuestion } from '../../../src/app/first-question';
import { enCore } from '../../../src/i18n/en.core';
import { testSettings } from '../screens/render';

let frames: FrameRequestCallback[];
let idles: Map<number, IdleRequestCallback>;

/** A frame paints, then the page goes idle: what the rehearsal waits for. */
function paintThenIdle() {
  const due = frames;
  frames = [];
  for (const callback of due) callback(performance.now());
  const idle = [...idles.values()];
  idles.clear();
  for (const callback of idle) callback({ didTimeout: false, timeRemaining: () => 50 });
}

beforeEach(() => {
  frames = [];
  idles = new Map();
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
  vi.stubGlobal('cancelAnimationFrame', (id: number) => {
    frames = frames.filter((_, i) => i + 1 !== id);
  });
  let next = 0;
  vi.stubGlobal('requestIdleCallback', (cb: IdleRequestCallback) => {
    idles.set(++next, cb);
    return next;
  });
  vi.stubGlobal('cancelIdleCallback', (id: number) => idles.delete(id));
});

afterEach(() => {
  vi.unstubAllGlobals();
});

/** Records whether it was drawn, whether in the page, and whether it was taken down. */
function probe() {
  const seen = { drawn: 0, inPage: [] as boolean[], removed: 0 };
  function Probe() {
    const ref = useRef<HTMLSpanElement>(null);
    useLayoutEffect(() => {
      seen.drawn += 1;
      seen.inPage.push(ref.current?.isConnected ?? true);
    }, []);
    useEffect(
      () => () => {
        seen.removed += 1;
      },
      [],
    );
    return <span ref={ref}>rehearsed</span>;
  }
  return { seen, Probe };
}

describe('rehearseOffPage', () => {
  it('draws once the page has painted and is idle, never in the page, and takes it down at once', () => {
    const { seen, Probe } = probe();
    rehearseOffPage(<Probe />);
    expect(seen.drawn).toBe(0);
    act(() => paintThenIdle());
    expect(seen).toEqual({ drawn: 1, inPage: [false], removed: 1 });
    expect(document.body.textContent).not.toContain('rehearsed');
  });

  it('cancelled before the page is idle, draws nothing', () => {
    const { seen, Probe } = probe();
    const cancel = rehearseOffPage(<Probe />);
    cancel();
    act(() => paintThenIdle());
    expect(seen.drawn).toBe(0);
  });

  it('leaves the page as it was after the first question is rehearsed: title, heading, focus', () => {
    document.title = 'Start – Find the right level of care';
    const { seen, Probe } = probe();
    rehearseOffPage(
      <>
        {firstQuestion(testSettings(), enCore)}
        <Probe />
      </>,
    );
    // Every frame and idle moment the rehearsal's own effects might have asked for.
    for (let i = 0; i < 3; i++) act(() => paintThenIdle());
    expect(seen.drawn).toBe(1);
    expect(document.title).toBe('Start – Find the right level of care');
    expect(document.getElementById('step-heading')).toBeNull();
    expect(document.activeElement).toBe(document.body);
  });
});
