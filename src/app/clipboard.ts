/**
 * The clipboard, when this page writes to it. What the wizard copies is health information (the
 * answers code, the staff intake note), and a clipboard outlives the page: anyone at the device
 * can paste it, and a code opens the answers in staff mode. So the page remembers that it put
 * something there, and takes it off again when the answers are forgotten (Leave, Start over,
 * New caller). Clearing writes an empty text: browsers have no "remove"; it is best effort, as a
 * browser may refuse a write when the page has no focus.
 */
let ours = false;

/** Copies `text`; rejects when the browser refuses the clipboard. */
export async function copyText(text: string): Promise<void> {
  await navigator.clipboard.writeText(text);
  ours = true;
}

/**
 * Empties the clipboard if this page put something there, or always with `always` (staff mode:
 * a note may have been copied by hand from the text box, or before a reload, which this page
 * cannot know; the next paste may be into the next caller's record).
 */
export function clearClipboard(always = false): void {
  if (!ours && !always) return;
  ours = false;
  try {
    void navigator.clipboard.writeText('').catch(() => undefined);
  } catch {
    // No clipboard API here (an insecure page, an old browser): nothing was copied by it either.
  }
}
