/**
 * Work that waits for the new screen to paint. Continue shows the next screen first; what the
 * person doesn't see waits longer still, for a moment when nothing else is waiting.
 */

/**
 * Runs `run` just after the next frame has painted (a frame callback, then a task), and
 * returns a cancel. For what the person will see next (the rest of a long screen) and the
 * history entry.
 */
export function afterNextPaint(run: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(run, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}

/**
 * The longest an idle wait may last: a page that is never idle still gets its bookkeeping done.
 */
const IDLE_TIMEOUT_MS = 500;

/**
 * Runs `run` once the next frame has painted and the page is idle (requestIdleCallback; where
 * a browser lacks it, a task after the frame), and returns a cancel. For what the person
 * doesn't see: the tab title, the saved copy, the result worked out ahead. Each costs the
 * browser a few milliseconds that the next screen, or the next tap, shouldn't wait for. (Not
 * the history entry: a Back pressed at once must find it.)
 */
export function whenIdleAfterPaint(run: () => void): () => void {
  if (typeof requestIdleCallback !== 'function') return afterNextPaint(run);
  let idle: number | undefined;
  const frame = requestAnimationFrame(() => {
    idle = requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
  });
  return () => {
    cancelAnimationFrame(frame);
    if (idle !== undefined) cancelIdleCallback(idle);
  };
}
