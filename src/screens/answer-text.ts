import { readAnswer, type Answers } from '../questions/answers';
import type { Question } from '../questions/bank';
import { questionText, type Dictionary } from '../i18n/types';

/** An answer in words: option labels, joined for a multi-select. */
export function answerText(t: Dictionary, q: Question, answers: Answers): string {
  const value = readAnswer(answers, q.id);
  const list = Array.isArray(value)
    ? (value as string[])
    : value === undefined
      ? []
      : [value as string];
  const options = questionText(t, q.id).options;
  return list.map((v) => options[v]?.label ?? v).join(', ');
}
