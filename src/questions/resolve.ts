/**
 * What the engine reads: every question's value after the skip logic — the answer when the
 * question was asked, its "if not asked" value when it was not, and its lowest-risk value when
 * it was asked but left unanswered after an emergency (contract §1 "Partial answers").
 */
import { QUESTIONS, type Question } from './bank';
import { readAnswer, type QuestionId, type QuestionOf, type WalkResult } from './answers';

type Resolve<Q> = Q extends { kind: 'multi'; values: readonly (infer V)[] }
  ? readonly V[]
  : Q extends { values: readonly (infer V)[]; ifNotAsked: infer D }
    ? V | D
    : Q extends { values: readonly (infer V)[] }
      ? V
      : never;

/** Flat, by dotted id. `use.frequency` is undefined when no substance is used (never asked). */
export type Resolved = { readonly [Id in QuestionId]: Resolve<QuestionOf<Id>> } & {
  readonly 'use.frequency': Resolve<QuestionOf<'use.frequency'>> | undefined;
};

export function lowestRisk(q: Question): string | readonly string[] {
  return q.kind === 'multi' ? [q.exclusive] : (q.riskOrder[0] as string);
}

export function resolveAnswers({
  answers,
  unanswered,
}: Pick<WalkResult, 'answers' | 'unanswered'>): Resolved {
  const out: Record<string, unknown> = {};
  for (const q of QUESTIONS as readonly Question[]) {
    const given = readAnswer(answers, q.id);
    if (given !== undefined) out[q.id] = given;
    else if ((unanswered as readonly string[]).includes(q.id)) out[q.id] = lowestRisk(q);
    else if (q.kind === 'multi') out[q.id] = [q.exclusive];
    else out[q.id] = q.ifNotAsked;
  }
  return out as Resolved;
}
