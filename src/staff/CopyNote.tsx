/**
 * Copies the intake note. "Copied" is announced only once the clipboard write has succeeded;
 * when the clipboard is refused, the note appears selected in a text area to copy by hand.
 */
import { useRef, useState } from 'react';
import { useFullText } from '../i18n/context';
import { useAnnounce } from '../app/announce';
import { copyText } from '../app/clipboard';

/**
 * `makeNote` runs at the click, so the note carries the time it was copied. It may wait for the
 * record language's words (../staff/record-words.ts), fetched ahead as the result shows.
 */
export function CopyNote({ makeNote }: { makeNote: () => string | Promise<string> }) {
  const s = useFullText().staff.ui;
  const announce = useAnnounce();
  const [state, setState] = useState<'idle' | 'copied' | 'manual'>('idle');
  const [note, setNote] = useState('');
  const area = useRef<HTMLTextAreaElement>(null);

  async function copy() {
    const text = await makeNote();
    setNote(text);
    try {
      await copyText(text);
      setState('copied');
      announce(s.copied);
    } catch {
      setState('manual');
      announce(s.copyFailed);
      requestAnimationFrame(() => {
        area.current?.focus();
        area.current?.select();
      });
    }
  }

  return (
    <section className="copy-note no-print" aria-labelledby="copy-note-title">
      <h2 id="copy-note-title">{s.noteHeading}</h2>
      <button type="button" className="button" onClick={() => void copy()}>
        {s.copyNote}
      </button>
      {state === 'copied' && <p className="copy-note__done">{s.copied}</p>}
      {state === 'manual' && (
        <>
          <p>{s.copyFailed}</p>
          <label htmlFor="intake-note" className="visually-hidden">
            {s.noteHeading}
          </label>
          <textarea
            id="intake-note"
            ref={area}
            className="copy-note__text"
            readOnly
            value={note}
            rows={16}
          />
        </>
      )}
    </section>
  );
}
