/**
 * Check your answers (GOV.UK): only the questions actually asked, each with a Change button
 * whose hidden text names the answer.
 */
import { askedWhen, readAnswer, type Answers } from '../questions/answers';
import { screenQuestions } from '../questions/screen-schema';
import { askedAnswers, SCREEN_IDS } from '../machines/wizard/navigation';
import type { ScreenId } from '../questions/screens';
import { useFullText } from '../i18n/context';
import { format } from '../i18n/format';
import { questionText } from '../i18n/types';
import { BackButton } from './BackButton';
import { useStepTitle } from './useStepTitle';
import { answerText } from './answer-text';
import { useFirstFramePainted } from '../ui/useFirstFramePainted';
import { useSettings } from '../app/settings';

/** Rows drawn in the first frame: more than a phone or a laptop shows above the fold. */
const FIRST_ROWS = 8;

export interface ReviewScreenProps {
  readonly answers: Answers;
  readonly onChange: (screen: ScreenId) => void;
  readonly onConfirm: () => void;
  readonly onBack: () => void;
}

export function ReviewScreen({ answers, onChange, onConfirm, onBack }: ReviewScreenProps) {
  const t = useFullText();
  // Staff read the caller's answers back to them: staff words (issue 19).
  const words = useSettings().mode === 'staff' ? t.staff.review : t.review;
  const clean = askedAnswers(answers);
  useStepTitle();
  const rows = SCREEN_IDS.flatMap((screen) =>
    screenQuestions(screen)
      .filter((q) => askedWhen(q, clean) && readAnswer(clean, q.id) !== undefined)
      .map((q) => ({ screen, q })),
  );
  // The first frame draws the top rows; the rest, and See the result, follow a frame later.
  const complete = useFirstFramePainted();
  return (
    <form
      className="step"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onConfirm();
      }}
    >
      <BackButton onBack={onBack} />
      <h1 className="page-heading" id="step-heading" tabIndex={-1}>
        {words.heading}
      </h1>
      <p>{words.intro}</p>
      <dl className="summary-list" aria-busy={complete ? undefined : true}>
        {(complete ? rows : rows.slice(0, FIRST_ROWS)).map(({ screen, q }) => {
          const text = questionText(t, q.id);
          return (
            <div className="summary-list__row" key={q.id}>
              <dt className="summary-list__key">{text.short}</dt>
              <dd className="summary-list__value">{answerText(t, q, clean)}</dd>
              <dd className="summary-list__actions">
                <button type="button" className="link-button" onClick={() => onChange(screen)}>
                  {t.common.change}
                  <span className="visually-hidden">
                    {' '}
                    {format(t.review.changeHidden, { question: text.short })}
                  </span>
                </button>
              </dd>
            </div>
          );
        })}
      </dl>
      {complete && (
        <button type="submit" className="button">
          {t.review.submit}
        </button>
      )}
    </form>
  );
}
