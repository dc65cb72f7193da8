/**
 * The per-screen zod schema the forms use: the screen's questions, with the skip logic read
 * from the earlier screens' answers plus this screen's own values (so a conditional question
 * is required exactly when it is shown). Issue messages are our issue codes; the UI words them.
 */
import * as z from 'zod/mini';
import {
  isEmpty,
  questionById,
  readAnswer,
  walkAnswers,
  writeAnswer,
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

export function screenSchema(screen: ScreenId, earlier: Answers) {
  const questions = screenQuestions(screen);
  return z.pipe(
    z.unknown(),
    z.transform((raw: unknown, ctx): Answers => {
      const { answers, issues } = walkAnswers(withoutEmpty(raw, questions), questions, earlier);
      for (const issue of issues) {
        ctx.issues.push({
          code: 'custom',
          message: issue.code,
          path: issue.path.split('.'),
          input: raw,
        });
      }
      return answers;
    }),
  );
}
