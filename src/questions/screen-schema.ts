/**
 * The check the forms use, one screen at a time: the screen's questions, with the skip logic
 * read from the earlier screens' answers plus this screen's own values (so a conditional
 * question is required exactly when it is shown). It is the same walk the engine runs (see
 * ./answers.ts), handed to react-hook-form as a resolver; issue messages are our issue codes,
 * which the UI words.
 */
import type { FieldErrors, Resolver } from 'react-hook-form';
import {
  isEmpty,
  questionById,
  readAnswer,
  walkAnswers,
  writeAnswer,
  type AnswerIssueCode,
  type Answers,
} from './answers';
import type { Question } from './bank';
import { SCREENS, type ScreenId } from './screens';

export function screenQuestions(screen: ScreenId): readonly Question[] {
  const def = SCREENS.find((s) => s.id === screen);
  if (!def) throw new Error(`Unknown screen: ${screen}`);
  return def.questions.map((id) => questionById.get(id)!);
}

/** Forms leave unanswered fields as null, '', false or []: all mean "no answer". */
function withoutEmpty(values: unknown, questions: readonly Question[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const q of questions) {
    const value = readAnswer(values, q.id);
    if (!isEmpty(value)) writeAnswer(out, q.id, value);
  }
  return out;
}

export interface ScreenCheck {
  /** The screen's valid answers, and nothing else. */
  readonly answers: Answers;
  /** What is missing or wrong, by dotted id. */
  readonly issues: readonly { readonly path: string; readonly code: AnswerIssueCode }[];
}

export function checkScreen(screen: ScreenId, earlier: Answers, values: unknown): ScreenCheck {
  const questions = screenQuestions(screen);
  const { answers, issues } = walkAnswers(withoutEmpty(values, questions), questions, earlier);
  return { answers, issues: issues.map(({ path, code }) => ({ path, code })) };
}

/** The screen's check as a react-hook-form resolver: errors nested by dotted id. */
export function screenResolver(
  screen: ScreenId,
  earlier: Answers,
): Resolver<Record<string, unknown>> {
  return (values) => {
    const { answers, issues } = checkScreen(screen, earlier, values);
    if (issues.length === 0) return { values: answers, errors: {} };
    const errors: Record<string, unknown> = {};
    for (const { path, code } of issues) writeAnswer(errors, path, { type: code, message: code });
    return { values: {}, errors: errors as FieldErrors<Record<string, unknown>> };
  };
}
