/**
 * recommend(answers): assessment contract v1 §2–3. Pure: no React, DOM or storage. It
 * validates first and never guesses; the clinical rules themselves live in rules.ts.
 */
import type { AnswerIssue } from '../questions/answers';
import { checkAnswerSet } from '../questions/answer-set';
import { resolveAnswers, type Resolved } from '../questions/resolve';
import {
  CONTRACT_VERSION,
  DIMENSIONS,
  moreIntensive,
  type AsamLevel,
  type CareLevel,
  type Dimensions,
  type Level,
  type NoteCode,
  type Severity,
  type Urgency,
  type WithdrawalManagement,
} from './levels';
import {
  ALTERNATIVE_RULES,
  ASAM_LEVEL,
  BASE_RULES,
  DIMENSION_RULES,
  EMERGENCY_RULES,
  FLOOR_RULES,
  NOTE_RULES,
  SEVERITY_RULES,
  URGENCY_RULES,
  WITHDRAWAL_RULES,
  type Facts,
  type PlacedFacts,
} from './rules';

export interface Recommendation {
  readonly contractVersion: typeof CONTRACT_VERSION;
  readonly level: Level;
  readonly asamLevel: AsamLevel | null;
  readonly withdrawal: WithdrawalManagement;
  readonly urgency: Urgency;
  readonly severity: Severity;
  readonly criteriaCount: number;
  readonly dimensions: Dimensions;
  readonly alternative: CareLevel | null;
  readonly reasons: readonly string[];
  readonly notes: readonly NoteCode[];
}

/** Thrown for an answer set the contract does not allow; `issues` names every bad field. */
export class InvalidAnswersError extends Error {
  override readonly name = 'InvalidAnswersError';
  constructor(readonly issues: readonly AnswerIssue[]) {
    super(`Invalid answers: ${issues.map((i) => i.message).join('; ')}`);
  }
}

/** Steps 1–2 from resolved answers: what every later step reads. */
export function deriveFacts(answers: Resolved): Facts {
  const criteria = answers['use.criteria'];
  const criteriaCount = criteria.includes('none') ? 0 : criteria.length;
  const severity = SEVERITY_RULES.find((r) => r.test(criteriaCount, answers))!.severity;
  const used = answers['use.substances'];
  const base = {
    answers,
    criteriaCount,
    severity,
    sedative: used.includes('alcohol') || used.includes('benzodiazepines'),
    opioids: used.includes('opioids'),
    recent: answers['use.lastUse'] === 'today' || answers['use.lastUse'] === 'days',
    asqPositive: (
      ['suicide.wishedDead', 'suicide.betterOff', 'suicide.thoughts', 'suicide.attempt'] as const
    ).some((id) => answers[id] === 'yes' || answers[id] === 'decline'),
  };
  const dimensions = Object.fromEntries(
    DIMENSIONS.map((d) => [
      d,
      DIMENSION_RULES.find((r) => r.dimension === d && r.test(base))?.rating ?? 0,
    ]),
  ) as Dimensions;
  return { ...base, dimensions };
}

const withdrawalOf = (f: Facts) => WITHDRAWAL_RULES.find((r) => r.test(f));

/** The decision procedure on answers already validated and resolved. */
export function decide(answers: Resolved): Recommendation {
  const f = deriveFacts(answers);
  const withdrawalRule = withdrawalOf(f);
  const common = {
    contractVersion: CONTRACT_VERSION,
    severity: f.severity,
    criteriaCount: f.criteriaCount,
    dimensions: f.dimensions,
    withdrawal: withdrawalRule?.withdrawal ?? 'none',
  } as const;

  const emergencies = EMERGENCY_RULES.filter((r) => r.test(f));
  if (emergencies.length > 0) {
    return {
      ...common,
      level: 'emergency',
      asamLevel: null,
      urgency: 'emergency',
      alternative: null,
      reasons: emergencies.map((r) => r.reason),
      notes: [],
    };
  }

  const base = BASE_RULES.find((r) => r.test(f))!;
  const floors = FLOOR_RULES.filter((r) => r.test(f));
  const level = floors.reduce<CareLevel>((l, r) => moreIntensive(l, r.level), base.level);
  const asamLevel: AsamLevel =
    level === 'residential'
      ? floors.some((r) => r.medicallyMonitored)
        ? '3.7'
        : '3.5'
      : ASAM_LEVEL[level];
  const placed: PlacedFacts = { ...f, level, asamLevel };
  const urgent = URGENCY_RULES.filter((r) => r.test(f));
  const alternative = ALTERNATIVE_RULES.find((r) => r.test(placed));

  const reasons = [
    base.reason,
    ...floors.map((r) => r.reason),
    ...(withdrawalRule?.reason ? [withdrawalRule.reason] : []),
    ...urgent.map((r) => r.reason),
    ...(alternative ? [alternative.reason] : []),
  ];
  return {
    ...common,
    level,
    asamLevel,
    urgency: urgent.length > 0 ? 'today' : 'soon',
    alternative: alternative?.alternative ?? null,
    reasons: [...new Set(reasons)],
    notes: NOTE_RULES.filter((r) => r.test(placed)).map((r) => r.note),
  };
}

/**
 * Validates `input` against the contract (unknown keys rejected, skip logic applied, a set cut
 * short by an emergency allowed) and returns the recommendation. Throws InvalidAnswersError.
 */
export function recommend(input: unknown): Recommendation {
  const walked = checkAnswerSet(input);
  if (walked.issues.length > 0) throw new InvalidAnswersError(walked.issues);
  return decide(resolveAnswers(walked));
}
