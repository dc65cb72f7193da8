import { useState } from 'react';
import { useFullText } from '../i18n/context';

/**
 * "New caller": clears everything after a confirmation, so a slip can't lose a call's notes.
 * `onConfirm` forgets the call, the intake note on the clipboard included (App's forget).
 */
export function NewCaller({ onConfirm }: { onConfirm: () => void }) {
  const s = useFullText().staff.ui;
  const [asking, setAsking] = useState(false);
  if (!asking)
    return (
      <button type="button" className="button button--secondary" onClick={() => setAsking(true)}>
        {s.newCaller}
      </button>
    );
  return (
    <div className="new-caller" role="group" aria-labelledby="new-caller-q">
      <p id="new-caller-q">{s.newCallerConfirm}</p>
      <div className="button-group">
        <button type="button" className="button button--danger" onClick={onConfirm}>
          {s.newCallerYes}
        </button>
        <button type="button" className="button button--secondary" onClick={() => setAsking(false)}>
          {s.cancel}
        </button>
      </div>
    </div>
  );
}
