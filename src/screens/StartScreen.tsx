import { useState, type ReactNode } from 'react';
import { useSettings } from '../app/settings';
import { useText } from '../i18n/context';
import { format } from '../i18n/format';
import { CenterCallLink } from '../ui/CenterCallLink';
import { DraftNotice } from '../ui/DraftNotice';
import { useStepTitle } from './useStepTitle';

/** The start screen's heading, intro and facts, for the person (staff mode has its own). */
export function StartIntro() {
  const t = useText();
  // "Nothing is sent" only where it is true: a partner the center allows is told the level.
  const { partner } = useSettings();
  return (
    <>
      <h1 className="page-heading" id="step-heading" tabIndex={-1}>
        {t.start.heading}
      </h1>
      {t.start.intro.map((line) => (
        <p key={line} className="lead">
          {line}
        </p>
      ))}
      <ul className="facts">
        <li>{t.start.time}</li>
        <li data-privacy>
          {partner ? format(t.start.privacyShared, { partner }) : t.start.privacy}
        </li>
        <li>{t.start.notDiagnosis}</li>
      </ul>
    </>
  );
}

/**
 * Self mode's "Have a code from before?" (issue 19), as App gives it: the form comes with the
 * later code (src/app/deferred.ts), fetched only once the person opens it, so the first load
 * carries neither the form nor the code's decoder.
 */
export interface CodeEntrySlot {
  /** Asks for the later code: called when the person opens the disclosure. */
  readonly onOpen: () => void;
  /** Draws the form once its code is here; null while it downloads. */
  readonly form: ((onErrorChange: (hasError: boolean) => void) => ReactNode) | null;
  readonly failed: boolean;
  readonly onRetry: () => void;
}

export function StartScreen({ onStart, code }: { onStart: () => void; code?: CodeEntrySlot }) {
  const t = useText();
  const [open, setOpen] = useState(false);
  const [codeError, setCodeError] = useState(false);
  useStepTitle({ startHeading: t.start.heading, hasErrors: open && codeError });
  return (
    <div className="step step--start">
      <StartIntro />
      <form
        className="step"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          onStart();
        }}
      >
        <button type="submit" className="button button--start">
          {t.start.begin}
        </button>
        <p className="start__call">
          <CenterCallLink template={t.app.callCenter} />
        </p>
      </form>
      <DraftNotice />
      {code && (
        <div>
          <button
            type="button"
            className="code-toggle"
            aria-expanded={open}
            aria-controls="code-entry"
            onClick={() => {
              // Closed, the form goes with what was typed in it and any error.
              if (open) setCodeError(false);
              else code.onOpen();
              setOpen(!open);
            }}
          >
            {t.start.haveCode}
          </button>
          <div id="code-entry" hidden={!open}>
            {open &&
              (code.form ? (
                code.form(setCodeError)
              ) : code.failed ? (
                <>
                  <p>{t.common.loadFailed}</p>
                  <button type="button" className="button button--secondary" onClick={code.onRetry}>
                    {t.common.retry}
                  </button>
                </>
              ) : (
                <p role="status">{t.common.loading}</p>
              ))}
          </div>
        </div>
      )}
    </div>
  );
}
