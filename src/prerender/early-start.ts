/**
 * A Begin pressed on the prerendered start screen before the app's JavaScript arrived: the
 * inline script (./inline-scripts.ts) kept it as an attribute; the app takes it once, and
 * starts.
 */
export const EARLY_START_ATTRIBUTE = 'data-start-early';

export function takeEarlyStart(): boolean {
  const html = document.documentElement;
  if (!html.hasAttribute(EARLY_START_ATTRIBUTE)) return false;
  html.removeAttribute(EARLY_START_ATTRIBUTE);
  return true;
}
