/**
 * The handoff code's entry form, one for both places a code is typed (issue 19): staff mode's
 * "Caller has a code?" (`name="handoffCode"`) and self mode's "Have a code from before?"
 * (`name="resultCode"`). A form of its own, apart from Start's: a valid code is handed to
 * `onCode`; anything else shows the GOV.UK error summary (which takes focus) and the field's
 * error, keeps what was typed to correct, and changes nothing. Nothing is stored: the form and
 * its field keep autocomplete off, and the code is read once, on submit.
 *
 * Part of the later code (src/app/deferred.ts) with the decoder: the start screen's first load
 * carries neither.
 */
import { useState, type ReactNode } from 'react';
import type { Answers } from '../questions/answers';
import {
  decodeHandoffCode,
  type CodeLanguage,
  type HandoffCodeError,
} from '../questions/handoff-code';
import { useText } from '../i18n/context';
import { format } from '../i18n/format';
import type { Dictionary } from '../i18n/types';

/** The code's error words, staff's or the person's: `{character}` typed from the English. */
type HandoffErrorWords = Dictionary['handoff']['errors'] | Dictionary['handoff']['self']['errors'];
import { ErrorSummary } from './ErrorSummary';

export function codeErrorText(words: HandoffErrorWords, error: HandoffCodeError): string {
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

export interface CodeEntryWords {
  readonly label: string;
  readonly hint: string;
  readonly open: string;
  readonly errors: HandoffErrorWords;
}

export interface CodeEntryFormProps {
  /** The input's name: a DOM hook (`handoffCode` in staff mode, `resultCode` in self mode). */
  readonly name: 'handoffCode' | 'resultCode';
  /** The input's id, the target of the error summary's link. */
  readonly field: string;
  readonly words: CodeEntryWords;
  /** A heading above the field, naming the form (staff mode's "Caller has a code?"). */
  readonly heading?: ReactNode;
  /** The code's answers, and the language it names (null: a first-version code, not recorded). */
  readonly onCode: (answers: Answers, language: CodeLanguage | null) => void;
  /** Told whether the form shows an error, for the "Error: " in the tab's title. */
  readonly onErrorChange?: (hasError: boolean) => void;
}

export function CodeEntryForm({
  name,
  field,
  words,
  heading,
  onCode,
  onErrorChange,
}: CodeEntryFormProps) {
  const t = useText();
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const describedBy = error ? `${field}-hint ${field}-error` : `${field}-hint`;
  const titleId = `${field}-title`;

  return (
    <form
      className="handoff-form"
      noValidate
      autoComplete="off"
      aria-labelledby={heading ? titleId : undefined}
      onSubmit={(e) => {
        e.preventDefault();
        const typed = new FormData(e.currentTarget).get(name);
        const read = decodeHandoffCode(typeof typed === 'string' ? typed : '');
        if (read.ok) {
          onErrorChange?.(false);
          onCode(read.answers, read.language);
        } else {
          setError(codeErrorText(words.errors, read.error));
          setAttempt((n) => n + 1);
          onErrorChange?.(true);
        }
      }}
    >
      <ErrorSummary errors={error ? [{ target: field, message: error }] : []} attempt={attempt} />
      {heading && <h2 id={titleId}>{heading}</h2>}
      <div className={error ? 'field field--error' : 'field'}>
        <label className="handoff-form__label" htmlFor={field}>
          {words.label}
        </label>
        <p id={`${field}-hint`} className="hint">
          {words.hint}
        </p>
        {error && (
          <p id={`${field}-error`} className="error-message">
            <span className="visually-hidden">{t.common.errorTitlePrefix}</span>
            {error}
          </p>
        )}
        <input
          dir="ltr"
          id={field}
          name={name}
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
      <input type="submit" className="button button--secondary" value={words.open} />
    </form>
  );
}
