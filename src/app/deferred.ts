/**
 * Code the first screens don't need: the review, the engine and the result, and staff mode's
 * tools. One chunk, fetched with the later words once the first question shows (see
 * ./load-deferred.ts), so the first question appears sooner on a slow phone. The crisis screen
 * is not here: danger now must never wait for a download.
 */
export { ReviewScreen } from '../screens/ReviewScreen';
export { ResultScreen } from '../screens/ResultScreen';
import { recommend as recommendNow } from '../results/recommend';
import { remembered } from '../results/remember';
/** The engine, remembered per (frozen) answers object: see ../results/remember.ts. */
export const recommend = remembered(recommendNow);
export { StaffPanel } from '../staff/StaffPanel';
export { StaffShortcuts } from '../staff/StaffShortcuts';
export { StaffCrisisProtocol } from '../staff/StaffCrisisProtocol';
export { NewCaller } from '../staff/NewCaller';
export { StaffStartScreen } from '../staff/StaffStartScreen';
export { SelfCodeEntry } from '../screens/SelfCodeEntry';
export { Interpreter } from '../screens/Interpreter';
import '../styles/deferred.css';

// Try again after a failed download imports this chunk under a new URL (./fresh-import.ts), past
// Vite's preload helper, which never asks again for a stylesheet that failed: asked again here.
// A failed one has no rules: Firefox and WebKit give it no sheet, Chromium one whose rules throw.
for (const link of document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]'))
  if (!hasRules(link.sheet)) link.href = `${link.href.split('?')[0]}?retry`;

function hasRules(sheet: CSSStyleSheet | null): boolean {
  try {
    return !!sheet?.cssRules.length;
  } catch {
    return false;
  }
}
