/**
 * A question screen: react-hook-form owns its fields and validation (the bank's walk as a
 * resolver, src/questions/screen-schema.ts, on Continue only); the machine owns the flow. A
 * conditional question appears as soon as its condition holds.
 */
import { useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { askedWhen, readAnswer, writeAnswer, type Answers } from '../questions/answers';
import { screenQuestions, screenResolver } from '../questions/screen-schema';
import type { Question } from '../questions/bank';
import type { ScreenId } from '../questions/screens';
import { answersBefore, mergeScreen } from '../machines/wizard/navigation';
import { progressAt } from '../machines/wizard/progress';
import { useQuestionScreenText, useStaffText } from '../i18n/context';
import { format, voice } from '../i18n/format';
import { questionText, type QuestionScreenWords } from '../i18n/types';
import { ChoiceField } from './ChoiceField';
import { ErrorSummary, type FieldError } from './ErrorSummary';
import { BackButton } from './BackButton';
import { useStepTitle } from './useStepTitle';
import { fieldId, STEP_COUNTER_ID } from './field-ids';
import { useSettings } from '../app/settings';
import { optionTexts } from './option-labels';

export interface QuestionScreenProps {
  readonly screen: ScreenId;
  /** The answers the machine holds: they place the screen ("Question 5 of about 17"). */
  readonly answers: Answers;
  readonly onSubmit: (screen: ScreenId, values: unknown) => void;
  readonly onBack: () => void;
}

function errorText(t: QuestionScreenWords, q: Question, code: string | undefined): string {
  if (code === 'exclusive') return t.errors.exclusive;
  return q.kind === 'multi' ? t.errors.requiredMulti : t.errors.requiredSingle;
}

/** A screen's heading (screens of several questions): among the later words. */
function screenHeading(t: QuestionScreenWords, screen: ScreenId) {
  if (!t.screens) throw new Error(`No words for screen ${screen} (not loaded yet?)`);
  return t.screens[screen];
}

function defaultsFor(questions: readonly Question[], answers: Answers): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  // Unanswered: [] for checkboxes, null for radios (react-hook-form's own empty values).
  for (const q of questions)
    writeAnswer(out, q.id, readAnswer(answers, q.id) ?? (q.kind === 'multi' ? [] : null));
  return out;
}

export function QuestionScreen({ screen, answers, onSubmit, onBack }: QuestionScreenProps) {
  const t = useQuestionScreenText();
  const questions = screenQuestions(screen);
  const earlier = useMemo(() => answersBefore(screen, answers), [screen, answers]);
  const respondent = answers.respondent;
  const { mode } = useSettings();
  const staffText = useStaffText();
  // Staff read each question out to the caller (staff mode fetches its words before it starts).
  const ask = (text: string) =>
    mode === 'staff' && staffText ? `${staffText.ui.ask} ${text}` : text;
  const [attempt, setAttempt] = useState(0);
  const { control, handleSubmit, formState } = useForm<Record<string, unknown>>({
    defaultValues: defaultsFor(questions, answers),
    resolver: screenResolver(screen, earlier),
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
  });
  const values = useWatch({ control });
  // Which questions show (skip logic within the screen): recomputed only when a value changes.
  const shown = useMemo(() => {
    const context = mergeScreen(earlier, screen, values);
    return questions.filter((q) => askedWhen(q, context));
  }, [earlier, screen, values, questions]);

  // With several questions on a screen, each message names its question (GOV.UK: specific).
  const errors: FieldError[] = shown.flatMap((q) => {
    const error = readAnswer(formState.errors, q.id) as { message?: string } | undefined;
    if (!error) return [];
    const text = errorText(t, q, error.message);
    const message = questions.length > 1 ? `${questionText(t, q.id).short}: ${text}` : text;
    return [{ target: fieldId(q.id), message }];
  });

  const single = questions.length === 1;
  const heading = single
    ? ask(voice(questionText(t, questions[0]!.id).label, respondent))
    : voice(screenHeading(t, screen), respondent);
  // The tab title names the step, never the question: titles outlive the tab in the browser's
  // history, where anyone using the device can read them (HAZ-08).
  const { n, total, exact } = useMemo(() => progressAt(screen, answers), [screen, answers]);
  const counter = format(exact ? t.common.questionOfTotal : t.common.questionOfAbout, { n, total });
  useStepTitle({ hasErrors: errors.length > 0 });

  return (
    // autocomplete="off": browsers then keep no copy of the checked answers for form
    // restoration, which Chromium writes to its session files on disk.
    <form
      className="step"
      noValidate
      autoComplete="off"
      onSubmit={(event) =>
        void handleSubmit(
          (valid) => onSubmit(screen, valid),
          () => setAttempt((n) => n + 1),
        )(event)
      }
    >
      <BackButton onBack={onBack} />
      <ErrorSummary errors={errors} attempt={attempt} />
      {/* Read with the heading when focus moves there (aria-describedby), once. */}
      <p className="step__counter" id={STEP_COUNTER_ID}>
        {counter}
      </p>
      {!single && (
        <h1
          className="page-heading"
          id="step-heading"
          tabIndex={-1}
          aria-describedby={STEP_COUNTER_ID}
        >
          {heading}
        </h1>
      )}
      {shown.map((q) => {
        const text = questionText(t, q.id);
        const label = single ? heading : ask(voice(text.label, respondent));
        const error = errors.find((e) => e.target === fieldId(q.id));
        return (
          <ChoiceField
            key={q.id}
            question={q}
            control={control}
            label={label}
            isPageHeading={single}
            hint={text.hint ? voice(text.hint, respondent) : undefined}
            error={error?.message}
            errorPrefix={t.common.errorTitlePrefix}
            options={optionTexts(t, q.id)}
          />
        );
      })}
      <button type="submit" className="button">
        {t.common.continue}
      </button>
    </form>
  );
}
