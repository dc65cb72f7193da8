/**
 * "Leave this site" inside a partner's frame (integration contract, Privacy). Forgetting the
 * answers is the caller's job; this is where the person goes.
 */
import { centerConfig } from '../config/center';

/**
 * Replaces the partner's whole page (the top one, history entry included) with the neutral page
 * (outside a frame, the top page is this one). Chromium, Firefox and WebKit allow it during a
 * click for a frame without a sandbox. Where the browser refuses (it throws: e.g. a sandbox
 * without top navigation), the frame alone goes to a static page that says to close the tab
 * (public/left.html), so the words on screen stay true; false then.
 */
export function leaveFromFrame(neutralPage: string = centerConfig.neutralPage): boolean {
  try {
    window.top!.location.replace(neutralPage);
    return true;
  } catch {
    location.replace('./left.html');
    return false;
  }
}
