/**
 * GOV.UK error summary: "There is a problem" above the h1, focused when it appears, each
 * error a link that moves focus to its field.
 */
import { useEffect, useRef } from 'react';
import { useText } from '../i18n/context';
import { useSettings } from '../app/settings';

export interface FieldError {
  /** The id of the element to focus: the field's first input. */
  readonly target: string;
  readonly message: string;
}

export function ErrorSummary({
  errors,
  attempt,
}: {
  errors: readonly FieldError[];
  attempt: number;
}) {
  const t = useText();
  const { embed } = useSettings();
  const ref = useRef<HTMLDivElement>(null);
  // Inside a partner's page, focus never scrolls it (integration contract).
  useEffect(() => {
    if (errors.length > 0) ref.current?.focus({ preventScroll: embed });
    // Focus again on every failed Continue, not only the first.
  }, [attempt, errors.length, embed]);
  if (errors.length === 0) return null;
  return (
    <div
      className="error-summary"
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-title"
    >
      <h2 id="error-summary-title" className="error-summary__title">
        {t.common.errorSummaryTitle}
      </h2>
      <ul className="error-summary__list">
        {errors.map((e) => (
          <li key={e.target}>
            <a
              href={`#${e.target}`}
              onClick={(event) => {
                event.preventDefault();
                const el = document.getElementById(e.target);
                el?.focus({ preventScroll: embed });
                if (!embed) el?.scrollIntoView({ block: 'center' });
              }}
            >
              {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
