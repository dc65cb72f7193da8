/**
 * "Leave this site" in a tab of its own: the neutral page takes the wizard's place in the tab's
 * history. The wizard wrote entries as it went (./useBrowserHistory.ts); replacing only the
 * last would leave the others behind Back, so the tab first goes back to the wizard's first
 * entry, then replaces that one. Back from the neutral page then leads to whatever was open
 * before the wizard.
 */
import { entriesBehind } from './useBrowserHistory';

/** How long to wait for the browser's history walk before replacing the page anyway. */
const WALK_TIMEOUT_MS = 1000;

export function leaveTab(neutralPage: string, win: Window = window): void {
  const replace = () => win.location.replace(neutralPage);
  // Counted entries, not the wizard's depth: going back one too far would leave this tab on
  // the page before the wizard (a WebKit CI run ended on about:blank so).
  const entries = entriesBehind(win.history.state);
  if (entries <= 0) {
    replace();
    return;
  }
  let gone = false;
  const once = () => {
    if (gone) return;
    gone = true;
    win.clearTimeout(timer);
    replace();
  };
  win.addEventListener('popstate', once, { once: true });
  // A browser that never reports the walk still leaves.
  const timer = win.setTimeout(once, WALK_TIMEOUT_MS);
  win.history.go(-entries);
}
