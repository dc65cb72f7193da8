/**
 * The question bank: every question of assessment contract v1 §1, declared once.
 *
 * This list is the one declaration of what a valid answer set is: the `Answers` type, the
 * checks (one screen, or the whole set: ./answers.ts, ./answer-set.ts), the emergency triggers
 * (the wizard's interrupt and the engine's Step 0), the form fields, the review page, the staff
 * note, the handoff code and the decision-table document are all derived from it. Ids and
 * values here are the contract's; a change to them is a contract change.
 *
 * Rows are in the order the wizard asks them (contract §1).
 */

/** Sections group questions; a screen never mixes sections. */
export const SECTIONS = [
  'respondent',
  'about',
  'safety',
  'use',
  'withdrawal',
  'medical',
  'suicide',
  'mental',
  'readiness',
  'history',
  'living',
  'obligations',
  'insurance',
] as const;
export type Section = (typeof SECTIONS)[number];

/**
 * A skip-logic condition on an earlier answer. `anyOf`: the answer is (or, for a multi-select,
 * includes) one of these values. `noneOf`: it is (includes) none of them. A condition on a
 * question that was not asked is false, which is how skip conditions chain.
 */
export interface Condition {
  readonly question: string;
  readonly anyOf?: readonly string[];
  readonly noneOf?: readonly string[];
}

/** Asked when every condition holds (`all`), or when at least one does (`any`). */
export type AskedWhen =
  { readonly all: readonly Condition[] } | { readonly any: readonly Condition[] };

interface QuestionBase<Id extends string, V extends string> {
  readonly id: Id;
  readonly section: Section;
  /** Every value, in the order the form shows them. */
  readonly values: readonly [V, ...V[]];
  /** When the question is asked; absent = always. */
  readonly askedWhen?: AskedWhen;
}

export interface SingleQuestion<
  Id extends string = string,
  V extends string = string,
> extends QuestionBase<Id, V> {
  readonly kind: 'single';
  /**
   * What the engine reads when the question is not asked (contract "if not asked"). May be a
   * value the form never offers (`use.lastUse` → `months`). Absent: the question has no such
   * value and the engine reads nothing.
   */
  readonly ifNotAsked?: string;
  /** Values from least to most risk, for partial answers and the monotonicity tests. */
  readonly riskOrder: readonly V[];
  /**
   * Values that mean danger now (contract Step 0): the wizard interrupts after its screen, and
   * the result is an emergency (src/results/rules.ts names each trigger's rule, nothing more).
   */
  readonly emergencyWhen?: readonly V[];
}

export interface MultiQuestion<
  Id extends string = string,
  V extends string = string,
> extends QuestionBase<Id, V> {
  readonly kind: 'multi';
  /** The value that must stand alone ("none of these"): an explicit choice, never implied. */
  readonly exclusive: V;
  /** Multi-selects not asked read as `[exclusive]`. Risk grows with the set (see tests). */
}

export type Question = SingleQuestion | MultiQuestion;

// The helpers keep each declaration's literal types (ids, values, "if not asked" values), so
// the answer types derived from the bank are exact.
const single = <const Q extends Omit<SingleQuestion, 'kind'>>(
  q: Q,
): Q & { readonly kind: 'single' } => ({ kind: 'single', ...q });

const multi = <const Q extends Omit<MultiQuestion, 'kind'>>(
  q: Q,
): Q & { readonly kind: 'multi' } => ({ kind: 'multi', ...q });

const usesSubstances: Condition = { question: 'use.substances', noneOf: ['none'] };
const usesDepressants: Condition = {
  question: 'use.substances',
  anyOf: ['alcohol', 'benzodiazepines', 'opioids'],
};

export const QUESTIONS = [
  single({
    id: 'respondent',
    section: 'respondent',
    values: ['self', 'other'],
    riskOrder: ['self', 'other'],
  }),
  single({
    id: 'about.age',
    section: 'about',
    values: ['under-18', '18-64', '65-plus'],
    riskOrder: ['under-18', '18-64', '65-plus'],
  }),
  single({
    id: 'safety.emergencyNow',
    section: 'safety',
    values: ['yes', 'no'],
    riskOrder: ['no', 'yes'],
    emergencyWhen: ['yes'],
  }),
  multi({
    id: 'use.substances',
    section: 'use',
    values: ['alcohol', 'opioids', 'benzodiazepines', 'stimulants', 'cannabis', 'other', 'none'],
    exclusive: 'none',
  }),
  single({
    id: 'use.frequency',
    section: 'use',
    values: ['daily', 'weekly', 'monthly', 'not-recent'],
    riskOrder: ['not-recent', 'monthly', 'weekly', 'daily'],
    askedWhen: { all: [usesSubstances] },
  }),
  single({
    id: 'use.lastUse',
    section: 'use',
    values: ['today', 'days', 'weeks'],
    riskOrder: ['weeks', 'days', 'today'],
    ifNotAsked: 'months',
    askedWhen: { all: [usesSubstances, { question: 'use.frequency', noneOf: ['not-recent'] }] },
  }),
  multi({
    id: 'use.criteria',
    section: 'use',
    values: [
      'larger-amounts',
      'cut-down',
      'time-spent',
      'craving',
      'role-failure',
      'social-problems',
      'activities-given-up',
      'hazardous-use',
      'physical-psych-problems',
      'tolerance',
      'withdrawal',
      'none',
    ],
    exclusive: 'none',
    askedWhen: { all: [usesSubstances] },
  }),
  multi({
    id: 'withdrawal.history',
    section: 'withdrawal',
    values: ['seizures', 'dts', 'medical-detox', 'none'],
    exclusive: 'none',
    askedWhen: { all: [usesDepressants] },
  }),
  single({
    id: 'withdrawal.current',
    section: 'withdrawal',
    values: ['none', 'mild', 'severe'],
    riskOrder: ['none', 'mild', 'severe'],
    ifNotAsked: 'none',
    emergencyWhen: ['severe'],
    askedWhen: { all: [usesDepressants] },
  }),
  single({
    id: 'medical.condition',
    section: 'medical',
    values: ['none', 'stable', 'unstable'],
    riskOrder: ['none', 'stable', 'unstable'],
  }),
  single({
    id: 'medical.pregnant',
    section: 'medical',
    values: ['yes', 'no', 'not-applicable', 'prefer-not'],
    riskOrder: ['no', 'not-applicable', 'prefer-not', 'yes'],
  }),
  single({
    id: 'suicide.wishedDead',
    section: 'suicide',
    values: ['yes', 'no', 'decline'],
    riskOrder: ['no', 'decline', 'yes'],
  }),
  single({
    id: 'suicide.betterOff',
    section: 'suicide',
    values: ['yes', 'no', 'decline'],
    riskOrder: ['no', 'decline', 'yes'],
  }),
  single({
    id: 'suicide.thoughts',
    section: 'suicide',
    values: ['yes', 'no', 'decline'],
    riskOrder: ['no', 'decline', 'yes'],
  }),
  single({
    id: 'suicide.attempt',
    section: 'suicide',
    values: ['yes', 'no', 'decline'],
    riskOrder: ['no', 'decline', 'yes'],
  }),
  single({
    id: 'suicide.now',
    section: 'suicide',
    values: ['yes', 'no', 'decline'],
    riskOrder: ['no', 'decline', 'yes'],
    ifNotAsked: 'no',
    emergencyWhen: ['yes', 'decline'],
    askedWhen: {
      // ASQ positive: any of the four items is yes or decline (a refusal counts as a yes).
      any: ['suicide.wishedDead', 'suicide.betterOff', 'suicide.thoughts', 'suicide.attempt'].map(
        (question) => ({ question, anyOf: ['yes', 'decline'] }),
      ),
    },
  }),
  single({
    id: 'mental.symptoms',
    section: 'mental',
    values: ['none', 'mild', 'interfering', 'severe'],
    riskOrder: ['none', 'mild', 'interfering', 'severe'],
  }),
  single({
    id: 'readiness.stage',
    section: 'readiness',
    values: ['ready', 'unsure', 'pressured'],
    riskOrder: ['ready', 'unsure', 'pressured'],
  }),
  multi({
    id: 'history.treatment',
    section: 'history',
    values: ['detox', 'outpatient', 'iop', 'php', 'residential', 'none'],
    exclusive: 'none',
    askedWhen: { all: [usesSubstances] },
  }),
  single({
    id: 'history.relapsedAfter',
    section: 'history',
    values: ['yes', 'no'],
    riskOrder: ['no', 'yes'],
    ifNotAsked: 'no',
    askedWhen: { all: [{ question: 'history.treatment', noneOf: ['none'] }] },
  }),
  single({
    id: 'history.recentDischarge',
    section: 'history',
    values: ['yes', 'no'],
    riskOrder: ['no', 'yes'],
    ifNotAsked: 'no',
    askedWhen: { all: [{ question: 'history.treatment', anyOf: ['php', 'residential'] }] },
  }),
  single({
    id: 'living.situation',
    section: 'living',
    values: ['stable', 'sober-living', 'unstable', 'homeless'],
    riskOrder: ['sober-living', 'stable', 'unstable', 'homeless'],
  }),
  single({
    id: 'living.othersUse',
    section: 'living',
    values: ['yes', 'no'],
    riskOrder: ['no', 'yes'],
    ifNotAsked: 'no',
    askedWhen: { all: [{ question: 'living.situation', anyOf: ['stable', 'unstable'] }] },
  }),
  single({
    id: 'living.safe',
    section: 'living',
    values: ['yes', 'no'],
    riskOrder: ['yes', 'no'],
  }),
  single({
    id: 'living.support',
    section: 'living',
    values: ['strong', 'some', 'none'],
    riskOrder: ['strong', 'some', 'none'],
  }),
  single({
    id: 'living.transport',
    section: 'living',
    values: ['yes', 'no'],
    riskOrder: ['yes', 'no'],
  }),
  multi({
    id: 'obligations.roles',
    section: 'obligations',
    values: ['work-full', 'work-part', 'school', 'children', 'caregiver', 'none'],
    exclusive: 'none',
  }),
  single({
    id: 'obligations.canStepAway',
    section: 'obligations',
    values: ['yes', 'daytime', 'no', 'unsure'],
    riskOrder: ['yes', 'daytime', 'no', 'unsure'],
  }),
  single({
    id: 'obligations.schedule',
    section: 'obligations',
    values: ['morning', 'afternoon', 'evening', 'any'],
    riskOrder: ['morning', 'afternoon', 'evening', 'any'],
  }),
  single({
    id: 'insurance.type',
    section: 'insurance',
    values: ['commercial', 'medicaid', 'medicare', 'none', 'unsure'],
    riskOrder: ['commercial', 'medicaid', 'medicare', 'none', 'unsure'],
  }),
] as const;
