/**
 * Staff mode: the six ASAM dimensions by name, and live ratings on a partial answer set.
 *
 * While admissions staff go through the wizard on a call, the panel shows the ratings so far.
 * Questions not reached yet count as the lowest risk they can carry (contract §1 "Partial
 * answers"), so the ratings can only show what has been said, never guess higher.
 */
import type { Dictionary } from '../i18n/types';
import { QUESTIONS, type Question } from '../questions/bank';
import {
  askedWhen,
  readAnswer,
  walkAnswers,
  writeAnswer,
  type Answers,
  type QuestionId,
} from '../questions/answers';
import { lowestRisk, resolveAnswers } from '../questions/resolve';
import type { Dimension } from '../results/levels';
import { decide, type Recommendation } from '../results/recommend';

/** A dimension's name in the dictionary's language, e.g. "Readiness to change". */
export function dimensionName(t: Dictionary, dimension: Dimension): string {
  return t.staff.dimensions[dimension];
}

export interface ProvisionalRatings extends Pick<
  Recommendation,
  'dimensions' | 'severity' | 'criteriaCount' | 'level' | 'asamLevel' | 'withdrawal'
> {
  /**
   * The questions asked so far (skip logic applied) that have no valid answer yet, in asking
   * order: each was rated as its lowest risk. Empty when the set is complete.
   */
  readonly unanswered: readonly QuestionId[];
}

/**
 * Ratings, severity, level and withdrawal management for a partial answer set, as the form
 * holds it mid-call. Walks the bank in asking order: a question asked and validly answered
 * counts as given; one asked but not (yet, or not validly) answered counts as its lowest-risk
 * value, which later skip logic then reads; one not asked counts as its "if not asked" value.
 * Never throws: whatever the form holds, invalid or stale answers are simply not read.
 */
export function provisionalRatings(answers: Answers): ProvisionalRatings {
  const valid = walkAnswers(answers).answers;
  const filled: Record<string, unknown> = {};
  const unanswered: QuestionId[] = [];
  for (const q of QUESTIONS as readonly Question[]) {
    if (!askedWhen(q, filled)) continue;
    const given = readAnswer(valid, q.id);
    if (given === undefined) unanswered.push(q.id as QuestionId);
    writeAnswer(filled, q.id, given ?? lowestRisk(q));
  }
  const result = decide(resolveAnswers({ answers: filled, unanswered }));
  return {
    dimensions: result.dimensions,
    severity: result.severity,
    criteriaCount: result.criteriaCount,
    level: result.level,
    asamLevel: result.asamLevel,
    withdrawal: result.withdrawal,
    unanswered,
  };
}
