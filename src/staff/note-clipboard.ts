/**
 * The intake note on the clipboard. It is health information about the caller, and the next
 * paste may be into the next caller's record: New caller takes it off the clipboard, but only
 * if this page put it there (anything copied since is overwritten too, a smaller harm).
 */
let onClipboard = false;

/** Writes the note; rejects when the browser refuses the clipboard. */
export async function copyNoteToClipboard(note: string): Promise<void> {
  await navigator.clipboard.writeText(note);
  onClipboard = true;
}

/** Empties the clipboard if the note was copied to it. Best effort: a refusal changes nothing. */
export function clearCopiedNote(): void {
  if (!onClipboard) return;
  onClipboard = false;
  void navigator.clipboard.writeText('').catch(() => undefined);
}
