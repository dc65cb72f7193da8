import { readAnswer, type Answers } from '../questions/answers';
import type { Question } from '../questions/bank';
import type { QuestionScreenWords } from '../i18n/types';
import { optionTexts } from './option-labels';

/** An answer in words: option labels, joined for a multi-select. */
export function answerText(
  t: QuestionScreenWords,
  q: Question,
  answers: Answers,
  separator = ', ',
): string {
  const value = readAnswer(answers, q.id);
  const list = Array.isArray(value)
    ? (value as string[])
    : value === undefined
      ? []
      : [value as string];
  const options = optionTexts(t, q.id);
  return list.map((v) => options[v]?.label ?? v).join(separator);
}
