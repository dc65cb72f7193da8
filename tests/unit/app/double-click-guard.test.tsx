/**
 * useDoubleClickGuard: the second click of a double click (the browser's `detail` count), just
 * after a screen change, reaches no handler and does nothing by default; other clicks do.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render } from '@testing-library/react';
import { useDoubleClickGuard } from '../../../src/app/useDoubleClickGuard';

function Screen({ step, onPress }: { step: string; onPress: () => void }) {
  useDoubleClickGuard(step);
  return (
    <button type="button" onClick={onPress}>
      {step}
    </button>
  );
}

let now = 0;
afterEach(() => {
  vi.restoreAllMocks();
});

function setup() {
  vi.spyOn(performance, 'now').mockImplementation(() => now);
  const onPress = vi.fn();
  now = 10_000;
  const view = render(<Screen step="a" onPress={onPress} />);
  const changeTo = (step: string) => view.rerender(<Screen step={step} onPress={onPress} />);
  const button = () => view.getByRole('button');
  return { onPress, changeTo, button };
}

describe('useDoubleClickGuard', () => {
  it('swallows a second click just after the screen changed, default action included', () => {
    const { onPress, changeTo, button } = setup();
    now = 20_000;
    changeTo('b');
    now += 150;
    const notCancelled = fireEvent.click(button(), { detail: 2 });
    expect(onPress).not.toHaveBeenCalled();
    expect(notCancelled).toBe(false);
    expect(fireEvent.mouseDown(button(), { detail: 2 })).toBe(false); // no focus move either
  });

  it('lets single clicks through, even right after a change', () => {
    const { onPress, changeTo, button } = setup();
    now = 20_000;
    changeTo('b');
    fireEvent.click(button(), { detail: 1 });
    expect(onPress).toHaveBeenCalledOnce();
  });

  it('lets double clicks through once the screen has been up a second', () => {
    const { onPress, changeTo, button } = setup();
    now = 20_000;
    changeTo('b');
    now += 1001;
    fireEvent.click(button(), { detail: 2 });
    expect(onPress).toHaveBeenCalledOnce();
  });

  it('stops listening when unmounted', () => {
    const remove = vi.spyOn(document, 'removeEventListener');
    const view = render(<Screen step="a" onPress={() => {}} />);
    view.unmount();
    expect(remove.mock.calls.map((c) => c[0]).sort()).toEqual(['click', 'mousedown', 'mouseup']);
  });
});
