/**
 * One question as a fieldset of radios (single) or checkboxes (multi). Inputs carry the
 * contract's dotted id as `name` and the answer value as `value` (integration contract).
 * For a multi-select, "None of these" stands apart and clears the other boxes, and the reverse.
 */
import { memo, type ReactNode } from 'react';
import { useController, type Control } from 'react-hook-form';
import type { Question } from '../questions/bank';
import type { OptionText } from '../i18n/types';
import { fieldId, STEP_COUNTER_ID } from './field-ids';

export interface ChoiceFieldProps {
  readonly question: Question;
  readonly control: Control<Record<string, unknown>>;
  /** The question's words: rendered in the legend. */
  readonly label: ReactNode;
  /** Alone on its screen, the question is the page's h1 (GOV.UK question pages). */
  readonly isPageHeading: boolean;
  readonly hint?: string;
  readonly error?: string;
  readonly errorPrefix: string;
  readonly options: Readonly<Record<string, OptionText>>;
}

/**
 * Memoised: the form's own re-renders (react-hook-form's set-up render, another field's answer)
 * pass the same props, and skipping the options' diff is much of what Continue costs.
 */
export const ChoiceField = memo(function ChoiceField(props: ChoiceFieldProps) {
  const { question, control, label, isPageHeading, hint, error, errorPrefix, options } = props;
  const { field } = useController({ name: question.id, control });
  const base = fieldId(question.id);
  const describedBy = [hint && `${base}-hint`, error && `${base}-error`].filter(Boolean).join(' ');
  const multi = question.kind === 'multi';
  const selected: readonly string[] = multi
    ? Array.isArray(field.value)
      ? (field.value as string[])
      : []
    : typeof field.value === 'string'
      ? [field.value]
      : [];

  function toggle(value: string, checked: boolean) {
    if (!multi) return field.onChange(value);
    const exclusive = question.kind === 'multi' ? question.exclusive : undefined;
    if (checked && value === exclusive) return field.onChange([value]);
    const others = selected.filter((v) => v !== value && v !== exclusive);
    field.onChange(checked ? [...others, value] : others);
  }

  return (
    <div className={error ? 'field field--error' : 'field'}>
      <fieldset className="fieldset" aria-describedby={describedBy || undefined}>
        <legend
          className={isPageHeading ? 'fieldset__legend fieldset__legend--page' : 'fieldset__legend'}
        >
          {isPageHeading ? (
            <h1
              className="page-heading"
              id="step-heading"
              tabIndex={-1}
              aria-describedby={STEP_COUNTER_ID}
            >
              {label}
            </h1>
          ) : (
            label
          )}
        </legend>
        {hint && (
          <div id={`${base}-hint`} className="hint">
            {hint}
          </div>
        )}
        {error && (
          <p id={`${base}-error`} className="error-message">
            <span className="visually-hidden">{errorPrefix}</span>
            {error}
          </p>
        )}
        <div className={multi ? 'choices choices--multi' : 'choices'}>
          {question.values.map((value, index) => {
            const id = index === 0 ? base : fieldId(question.id, value);
            const text = options[value];
            const isExclusive = question.kind === 'multi' && value === question.exclusive;
            return (
              <div key={value} className={isExclusive ? 'choice choice--exclusive' : 'choice'}>
                <input
                  className="choice__input"
                  type={multi ? 'checkbox' : 'radio'}
                  id={id}
                  name={question.id}
                  value={value}
                  checked={selected.includes(value)}
                  onChange={(e) => toggle(value, e.currentTarget.checked)}
                  ref={index === 0 ? field.ref : undefined}
                />
                <label className="choice__label" htmlFor={id}>
                  {text?.label ?? value}
                  {text?.hint && (
                    <span id={`${id}-hint`} className="choice__hint">
                      {text.hint}
                    </span>
                  )}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
});
