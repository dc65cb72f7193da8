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
import { StartIntro } from '../screens/StartScreen';
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
  useStepTitle({ startHeading: t.start.heading, hasErrors: error !== null });
  const describedBy = error ? `${FIELD}-hint ${FIELD}-error` : `${FIELD}-hint`;

  return (
    <div className="step step--start">
      <StartIntro />
      <form
        className="handoff-form"
        noValidate
        autoComplete="off"
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
