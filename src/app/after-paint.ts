/**
 * Runs `run` just after the next frame has painted (a frame callback, then a task), and
 * returns a cancel. For work the person doesn't see (the tab title, a history entry, the saved
 * copy): Continue shows the next screen first, then does the bookkeeping.
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
