/**
 * Staff mode's start (issue #15): the start screen's heading and Start, with "Caller has a
 * code?" between them, in a form of its own, so a caller who did the assessment reads out their
 * handoff code instead of answering everything again. A valid code walks the wizard to the
 * review (./walk-with-answers.ts); anything else shows what is wrong, and nothing changes.
 */
import { useState } from 'react';
import type { Actor } from 'xstate';
import type { wizardMachine } from '../machines/wizard/wizard.machine';
import { walkWithAnswers } from './walk-with-answers';
import { decodeHandoffCode, type HandoffCodeError } from '../questions/handoff-code';
import { useFullText } from '../i18n/context';
import { format } from '../i18n/format';
import type { Dictionary } from '../i18n/types';
import { ErrorSummary } from '../screens/ErrorSummary';
import { CenterCallLink } from '../ui/CenterCallLink';
import { useStepTitle } from '../screens/useStepTitle';

const FIELD = 'handoff-code';

function errorText(words: Dictionary['handoff']['errors'], error: HandoffCodeError): string {
  switch (error.kind) {
    case 'character':
      return format(words.character, { character: error.character });
    case 'too-short':
      return words.tooShort;
    case 'too-long':
      return words.tooLong;
    default:
      return words[error.kind];
  }
}

export function StaffStartScreen({ actor }: { actor: Actor<typeof wizardMachine> }) {
  const t = useFullText();
  const h = t.handoff;
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  useStepTitle(t.start.heading, error !== null);
  const describedBy = error ? `${FIELD}-hint ${FIELD}-error` : `${FIELD}-hint`;

  return (
    <div className="step step--start">
      {/* The start screen's words (../screens/StartScreen.tsx), kept here so that self mode's
          first download carries nothing for staff: a test holds the two equal. */}
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
        <li>{t.start.privacy}</li>
        <li>{t.start.notDiagnosis}</li>
      </ul>
      <form
        className="handoff-form"
        noValidate
        aria-labelledby="handoff-form-title"
        onSubmit={(e) => {
          e.preventDefault();
          const typed = new FormData(e.currentTarget).get('handoffCode');
          const read = decodeHandoffCode(typeof typed === 'string' ? typed : '');
          if (read.ok) walkWithAnswers(actor, read.answers);
          else {
            setError(errorText(h.errors, read.error));
            setAttempt((n) => n + 1);
          }
        }}
      >
        <ErrorSummary errors={error ? [{ target: FIELD, message: error }] : []} attempt={attempt} />
        <h2 id="handoff-form-title">{h.staffHeading}</h2>
        <div className={error ? 'field field--error' : 'field'}>
          <label className="handoff-form__label" htmlFor={FIELD}>
            {h.label}
          </label>
          <p id={`${FIELD}-hint`} className="hint">
            {h.staffHint}
          </p>
          {error && (
            <p id={`${FIELD}-error`} className="error-message">
              <span className="visually-hidden">{t.common.errorTitlePrefix}</span>
              {error}
            </p>
          )}
          <input
            id={FIELD}
            name="handoffCode"
            className="handoff-form__input"
            type="text"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            aria-describedby={describedBy}
            aria-invalid={error ? true : undefined}
          />
        </div>
        {/* <input>, not <button>: `main form button[type=submit]` stays the screen's Start. */}
        <input type="submit" className="button button--secondary" value={h.open} />
      </form>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          actor.send({ type: 'START' });
        }}
      >
        <button type="submit" className="button button--start">
          {t.start.begin}
        </button>
        <p className="start__call">
          <CenterCallLink template={t.app.callCenter} />
        </p>
      </form>
    </div>
  );
}
