import { useEffect, useLayoutEffect, useRef } from 'react';

/**
 * How long after a screen change the second click of a double click is still the old screen's:
 * longer than any system's double-click interval (the browser counts the clicks, `detail`).
 */
const AFTER_CHANGE_MS = 1000;

/**
 * A double click on Continue must not answer the next screen. Its first click shows the next
 * screen; its second lands on whatever is now under the pointer: an answer (one the person never
 * chose, an ASQ item among them) or the next Continue. A press that the browser counts as the
 * second (or later) click of a double click, soon after a screen change, is ignored: no focus
 * change, no answer, no submit. Double clicks within one screen behave as the browser makes them.
 */
export function useDoubleClickGuard(stepKey: string): void {
  const changedAt = useRef(-Infinity);
  // Before the browser can handle the next press (a layout effect runs before it yields).
  useLayoutEffect(() => {
    changedAt.current = performance.now();
  }, [stepKey]);
  useEffect(() => {
    const swallow = (event: MouseEvent) => {
      if (event.detail < 2 || performance.now() - changedAt.current > AFTER_CHANGE_MS) return;
      // Capture on the document runs before React's listeners on its root: none of them sees it.
      event.preventDefault();
      event.stopPropagation();
    };
    const types = ['mousedown', 'mouseup', 'click'] as const;
    for (const type of types) document.addEventListener(type, swallow, true);
    return () => {
      for (const type of types) document.removeEventListener(type, swallow, true);
    };
  }, []);
}
