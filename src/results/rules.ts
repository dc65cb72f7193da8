/**
 * The decision procedure of assessment contract v1 §2, declared as data. Each rule has a
 * unique name, a plain-words condition (`when`, for docs/decision-table.md), the predicate
 * (`test`), its effect and, where the contract asks for one, a reason or note code.
 * recommend.ts only evaluates these lists; it holds no clinical rule of its own.
 */
import { questionById, type EmergencyQuestionId } from '../questions/answers';
import type { SingleQuestion } from '../questions/bank';
import type { Resolved } from '../questions/resolve';
import type {
  AsamLevel,
  CareLevel,
  Dimension,
  Dimensions,
  NoteCode,
  Severity,
  WithdrawalManagement,
} from './levels';

/** What every rule may read: the resolved answers and what Steps 1–2 derived from them. */
export interface Facts {
  readonly answers: Resolved;
  readonly criteriaCount: number;
  readonly severity: Severity;
  /** Uses alcohol or benzodiazepines. */
  readonly sedative: boolean;
  readonly opioids: boolean;
  /** Last use today or 1–7 days ago. */
  readonly recent: boolean;
  /** Any of the first four ASQ items is yes or decline. */
  readonly asqPositive: boolean;
  readonly dimensions: Dimensions;
}

/** Facts once the level is known (Steps 5–7 read it). */
export interface PlacedFacts extends Facts {
  readonly level: CareLevel;
  readonly asamLevel: AsamLevel;
}

interface RuleBase<F> {
  readonly name: string;
  /** The condition in plain words, for the generated decision table. */
  readonly when: string;
  readonly test: (f: F) => boolean;
}

export interface SeverityRule {
  readonly severity: Severity;
  readonly when: string;
  readonly test: (criteriaCount: number, answers: Resolved) => boolean;
}
export interface DimensionRule extends RuleBase<Omit<Facts, 'dimensions'>> {
  readonly dimension: Dimension;
  readonly rating: number;
}
export interface EmergencyRule extends RuleBase<Facts> {
  readonly reason: string;
}
export interface LevelRule extends RuleBase<Facts> {
  readonly level: CareLevel;
  /** "Medically monitored" floors make a residential result 3.7 rather than 3.5. */
  readonly medicallyMonitored?: boolean;
  readonly reason: string;
}
export interface WithdrawalRule extends RuleBase<Facts> {
  readonly withdrawal: WithdrawalManagement;
  readonly reason?: string;
}
export interface UrgencyRule extends RuleBase<Facts> {
  readonly reason: string;
}
export interface AlternativeRule extends RuleBase<PlacedFacts> {
  readonly alternative: CareLevel;
  readonly reason: string;
}
export interface NoteRule extends RuleBase<PlacedFacts> {
  readonly note: NoteCode;
}

const SEVERITY_RANK: Record<Severity, number> = { none: 0, mild: 1, moderate: 2, severe: 3 };
export const atLeast = (s: Severity, min: Severity): boolean =>
  SEVERITY_RANK[s] >= SEVERITY_RANK[min];
const uses = (f: Facts, ...substances: string[]): boolean =>
  f.answers['use.substances'].some((s) => substances.includes(s));
const asqItem = (v: string): boolean => v === 'yes' || v === 'decline';
const dailyOrWeekly = (f: Omit<Facts, 'dimensions'>): boolean =>
  f.answers['use.frequency'] === 'daily' || f.answers['use.frequency'] === 'weekly';

/** Step 1. First match wins. */
export const SEVERITY_RULES: readonly SeverityRule[] = [
  {
    severity: 'none',
    when: 'no substance used in the past 12 months',
    test: (_, a) => a['use.substances'].includes('none'),
  },
  { severity: 'none', when: '0–1 criteria', test: (n) => n <= 1 },
  { severity: 'mild', when: '2–3 criteria', test: (n) => n <= 3 },
  { severity: 'moderate', when: '4–5 criteria', test: (n) => n <= 5 },
  { severity: 'severe', when: '6 or more criteria', test: () => true },
];

/** Step 2. Per dimension, the first matching rule sets the rating; none matching → 0. */
export const DIMENSION_RULES: readonly DimensionRule[] = [
  {
    name: 'd1-severe-withdrawal-now',
    dimension: 'd1',
    rating: 4,
    when: 'withdrawal now is severe',
    test: (f) => f.answers['withdrawal.current'] === 'severe',
  },
  {
    name: 'd1-complicated-sedative-withdrawal',
    dimension: 'd1',
    rating: 3,
    when:
      'a sedative (alcohol or benzodiazepines) used daily or weekly, last use within 7 days, and ' +
      '(past withdrawal seizures or DTs, or daily use at age 65 or over)',
    test: (f) =>
      f.sedative &&
      dailyOrWeekly(f) &&
      f.recent &&
      (f.answers['withdrawal.history'].some((h) => h === 'seizures' || h === 'dts') ||
        (f.answers['use.frequency'] === 'daily' && f.answers['about.age'] === '65-plus')),
  },
  {
    name: 'd1-withdrawal-needs-medical-support',
    dimension: 'd1',
    rating: 2,
    when:
      'mild withdrawal now, or (a sedative or opioids used, last use within 7 days, and daily ' +
      'use or a past medical detox)',
    test: (f) =>
      f.answers['withdrawal.current'] === 'mild' ||
      ((f.sedative || f.opioids) &&
        f.recent &&
        (f.answers['use.frequency'] === 'daily' ||
          f.answers['withdrawal.history'].includes('medical-detox'))),
  },
  {
    name: 'd1-withdrawal-possible',
    dimension: 'd1',
    rating: 1,
    when: 'a sedative or opioids used daily or weekly',
    test: (f) => (f.sedative || f.opioids) && dailyOrWeekly(f),
  },
  {
    name: 'd2-medical-unstable',
    dimension: 'd2',
    rating: 3,
    when: 'a medical condition that is not under control',
    test: (f) => f.answers['medical.condition'] === 'unstable',
  },
  {
    name: 'd2-pregnant',
    dimension: 'd2',
    rating: 2,
    when: 'pregnant',
    test: (f) => f.answers['medical.pregnant'] === 'yes',
  },
  {
    name: 'd2-medical-stable',
    dimension: 'd2',
    rating: 1,
    when: 'a medical condition under control',
    test: (f) => f.answers['medical.condition'] === 'stable',
  },
  {
    name: 'd3-severe',
    dimension: 'd3',
    rating: 3,
    when: 'severe mental health symptoms, or suicidal thoughts in the past week (yes or declined)',
    test: (f) =>
      f.answers['mental.symptoms'] === 'severe' || asqItem(f.answers['suicide.thoughts']),
  },
  {
    name: 'd3-interfering',
    dimension: 'd3',
    rating: 2,
    when: 'mental health symptoms that interfere with daily life, or ASQ positive',
    test: (f) => f.answers['mental.symptoms'] === 'interfering' || f.asqPositive,
  },
  {
    name: 'd3-mild',
    dimension: 'd3',
    rating: 1,
    when: 'mild mental health symptoms',
    test: (f) => f.answers['mental.symptoms'] === 'mild',
  },
  {
    name: 'd4-pressured',
    dimension: 'd4',
    rating: 2,
    when: 'others want the change more',
    test: (f) => f.answers['readiness.stage'] === 'pressured',
  },
  {
    name: 'd4-unsure',
    dimension: 'd4',
    rating: 1,
    when: 'unsure about change',
    test: (f) => f.answers['readiness.stage'] === 'unsure',
  },
  {
    name: 'd5-relapse-after-intensive-care',
    dimension: 'd5',
    rating: 3,
    when: 'returned to use after treatment that included IOP, PHP or residential',
    test: (f) =>
      f.answers['history.relapsedAfter'] === 'yes' &&
      f.answers['history.treatment'].some((t) => t === 'iop' || t === 'php' || t === 'residential'),
  },
  {
    name: 'd5-relapse-or-severe-daily-use',
    dimension: 'd5',
    rating: 2,
    when: 'returned to use after treatment, or severe use disorder with daily use',
    test: (f) =>
      f.answers['history.relapsedAfter'] === 'yes' ||
      (f.severity === 'severe' && f.answers['use.frequency'] === 'daily'),
  },
  {
    name: 'd5-moderate-or-severe',
    dimension: 'd5',
    rating: 1,
    when: 'moderate or severe use disorder',
    test: (f) => atLeast(f.severity, 'moderate'),
  },
  {
    name: 'd6-homeless-or-unsafe',
    dimension: 'd6',
    rating: 4,
    when: 'homeless, or does not feel safe at home',
    test: (f) => f.answers['living.situation'] === 'homeless' || f.answers['living.safe'] === 'no',
  },
  {
    name: 'd6-unstable',
    dimension: 'd6',
    rating: 3,
    when: 'unstable housing, or someone at home uses heavily and there is no support',
    test: (f) =>
      f.answers['living.situation'] === 'unstable' ||
      (f.answers['living.othersUse'] === 'yes' && f.answers['living.support'] === 'none'),
  },
  {
    name: 'd6-strained',
    dimension: 'd6',
    rating: 2,
    when: 'someone at home uses heavily, or no support',
    test: (f) => f.answers['living.othersUse'] === 'yes' || f.answers['living.support'] === 'none',
  },
  {
    name: 'd6-some-support',
    dimension: 'd6',
    rating: 1,
    when: 'some support',
    test: (f) => f.answers['living.support'] === 'some',
  },
];

/**
 * Step 0. Any match makes the result an emergency; each match names its trigger. Which answers
 * are triggers, the bank alone says (`emergencyWhen` in src/questions/bank.ts: the same values
 * that interrupt the wizard); here each trigger question only gets its rule's name (also its
 * reason code) and plain words. Every question with `emergencyWhen` must be listed, and nothing
 * else (the type says so); the order here is the order of an emergency's reasons.
 */
const EMERGENCY_TRIGGERS: { readonly [Id in EmergencyQuestionId]: { name: string; when: string } } =
  {
    'safety.emergencyNow': {
      name: 'emergency-danger-now',
      when: 'someone is in danger right now (overdose signs, seizure, chest pain, trouble breathing, cannot be woken)',
    },
    'suicide.now': {
      name: 'emergency-suicide-now',
      when: 'thoughts of suicide right now (yes or declined: ASQ acute positive)',
    },
    'withdrawal.current': {
      name: 'emergency-severe-withdrawal',
      when: 'severe withdrawal now (seizure, hallucinations, confusion, cannot keep fluids down)',
    },
  };

export const EMERGENCY_RULES: readonly EmergencyRule[] = Object.entries(EMERGENCY_TRIGGERS).map(
  ([id, { name, when }]) => {
    // The list isEmergencyAnswer reads for the walk (not the function itself: importing it would
    // add an export to the first load's chunk).
    const triggers = (questionById.get(id) as SingleQuestion).emergencyWhen!;
    return {
      name,
      reason: name,
      when,
      test: (f: Facts) => triggers.includes(f.answers[id as EmergencyQuestionId]),
    };
  },
);

/** Step 3, base. First match wins. */
export const BASE_RULES: readonly LevelRule[] = [
  {
    name: 'base-no-substance-use',
    level: 'early-intervention',
    reason: 'no-substance-use',
    when: 'no substance used in the past 12 months',
    test: (f) => f.answers['use.substances'].includes('none'),
  },
  {
    name: 'base-severity-none',
    level: 'early-intervention',
    reason: 'few-signs-of-use-disorder',
    when: 'severity none (0–1 criteria)',
    test: (f) => f.severity === 'none',
  },
  {
    name: 'base-not-recent',
    level: 'outpatient',
    reason: 'not-using-past-month',
    when: 'no use in the past 30 days (continuing care)',
    test: (f) => f.answers['use.frequency'] === 'not-recent',
  },
  {
    name: 'base-mild',
    level: 'outpatient',
    reason: 'mild-use-disorder',
    when: 'severity mild',
    test: (f) => f.severity === 'mild',
  },
  {
    name: 'base-moderate',
    level: 'iop',
    reason: 'moderate-use-disorder',
    when: 'severity moderate',
    test: (f) => f.severity === 'moderate',
  },
  {
    name: 'base-severe',
    level: 'php',
    reason: 'severe-use-disorder',
    when: 'severity severe',
    test: (f) => f.severity === 'severe',
  },
];

const mildOrWorse = (f: Facts): boolean => atLeast(f.severity, 'mild');

/**
 * Step 3, floors. Every floor that applies counts; the level is the most intensive of the base
 * and the floors. All but two apply only when severity is mild or worse.
 */
export const FLOOR_RULES: readonly LevelRule[] = [
  {
    name: 'floor-d1-high-withdrawal-risk',
    level: 'residential',
    medicallyMonitored: true,
    reason: 'withdrawal-can-be-dangerous',
    when: 'D1 ≥ 3 (applies at any severity)',
    test: (f) => f.dimensions.d1 >= 3,
  },
  {
    name: 'floor-d2-medical-unstable',
    level: 'residential',
    medicallyMonitored: true,
    reason: 'medical-needs-care',
    when: 'D2 = 3, severity mild or worse',
    test: (f) => mildOrWorse(f) && f.dimensions.d2 === 3,
  },
  {
    name: 'floor-d3-severe-with-severe-use',
    level: 'residential',
    medicallyMonitored: true,
    reason: 'mental-health-needs-close-care',
    when: 'D3 = 3 and severity severe',
    test: (f) => f.severity === 'severe' && f.dimensions.d3 === 3,
  },
  {
    name: 'floor-d3-severe',
    level: 'php',
    reason: 'mental-health-needs-close-care',
    when: 'D3 = 3, severity mild or moderate',
    test: (f) => mildOrWorse(f) && f.severity !== 'severe' && f.dimensions.d3 === 3,
  },
  {
    name: 'floor-d3-interfering',
    level: 'iop',
    reason: 'mental-health-needs-support',
    when: 'D3 = 2, severity mild or worse',
    test: (f) => mildOrWorse(f) && f.dimensions.d3 === 2,
  },
  {
    name: 'floor-d5-relapse-after-intensive-care',
    level: 'php',
    reason: 'returned-to-use-after-intensive-care',
    when: 'D5 = 3, severity mild or worse',
    test: (f) => mildOrWorse(f) && f.dimensions.d5 === 3,
  },
  {
    name: 'floor-d5-relapse-risk',
    level: 'iop',
    reason: 'high-chance-of-continued-use',
    when: 'D5 = 2, severity mild or worse',
    test: (f) => mildOrWorse(f) && f.dimensions.d5 === 2,
  },
  {
    name: 'floor-d6-4-moderate-or-severe',
    level: 'residential',
    reason: 'no-safe-place-to-live',
    when: 'D6 = 4, severity moderate or severe',
    test: (f) => atLeast(f.severity, 'moderate') && f.dimensions.d6 === 4,
  },
  {
    name: 'floor-d6-4-mild',
    level: 'iop',
    reason: 'no-safe-place-to-live',
    when: 'D6 = 4, severity mild',
    test: (f) => f.severity === 'mild' && f.dimensions.d6 === 4,
  },
  {
    name: 'floor-d6-3-severe',
    level: 'residential',
    reason: 'home-makes-recovery-hard',
    when: 'D6 = 3, severity severe',
    test: (f) => f.severity === 'severe' && f.dimensions.d6 === 3,
  },
  {
    name: 'floor-d6-3-moderate',
    level: 'php',
    reason: 'home-makes-recovery-hard',
    when: 'D6 = 3, severity moderate',
    test: (f) => f.severity === 'moderate' && f.dimensions.d6 === 3,
  },
  {
    name: 'floor-d6-3-mild',
    level: 'iop',
    reason: 'home-makes-recovery-hard',
    when: 'D6 = 3, severity mild',
    test: (f) => f.severity === 'mild' && f.dimensions.d6 === 3,
  },
  {
    name: 'floor-d6-2',
    level: 'iop',
    reason: 'home-needs-more-support',
    when: 'D6 = 2, severity mild or worse',
    test: (f) => mildOrWorse(f) && f.dimensions.d6 === 2,
  },
  {
    name: 'floor-step-down',
    level: 'iop',
    reason: 'recently-finished-intensive-care',
    when: 'finished residential or PHP in the past 30 days (step-down; applies at any severity)',
    test: (f) => f.answers['history.recentDischarge'] === 'yes',
  },
];

/** Step 4. First match wins; none matching → `none`, with no reason. */
export const WITHDRAWAL_RULES: readonly WithdrawalRule[] = [
  {
    name: 'withdrawal-inpatient',
    withdrawal: 'inpatient',
    reason: 'withdrawal-inpatient',
    when: 'D1 ≥ 3',
    test: (f) => f.dimensions.d1 >= 3,
  },
  {
    name: 'withdrawal-ambulatory',
    withdrawal: 'ambulatory',
    reason: 'withdrawal-ambulatory',
    when: 'D1 = 2',
    test: (f) => f.dimensions.d1 === 2,
  },
  {
    name: 'withdrawal-monitor',
    withdrawal: 'monitor',
    reason: 'withdrawal-monitor',
    when: 'D1 = 1',
    test: (f) => f.dimensions.d1 === 1,
  },
];

/** Step 5. Any match → `today` (each adds its reason); none → `soon`. */
export const URGENCY_RULES: readonly UrgencyRule[] = [
  {
    name: 'today-withdrawal',
    reason: 'call-today-withdrawal',
    when: 'D1 ≥ 2',
    test: (f) => f.dimensions.d1 >= 2,
  },
  {
    name: 'today-medical',
    reason: 'call-today-medical',
    when: 'D2 ≥ 2',
    test: (f) => f.dimensions.d2 >= 2,
  },
  {
    name: 'today-mental-health',
    reason: 'call-today-mental-health',
    when: 'D3 ≥ 3',
    test: (f) => f.dimensions.d3 >= 3,
  },
  {
    name: 'today-housing',
    reason: 'call-today-safe-place',
    when: 'D6 = 4',
    test: (f) => f.dimensions.d6 === 4,
  },
  {
    name: 'today-suicide-screen',
    reason: 'call-today-suicide-screen',
    when: 'ASQ positive',
    test: (f) => f.asqPositive,
  },
  {
    name: 'today-tolerance-loss',
    reason: 'call-today-tolerance-loss',
    when: 'the tolerance-loss note applies',
    test: (f) => toleranceLoss(f),
  },
];

/** Step 6. First match wins; none → no alternative. */
export const ALTERNATIVE_RULES: readonly AlternativeRule[] = [
  {
    name: 'alternative-residential-daytime',
    alternative: 'php',
    reason: 'alternative-day-program',
    when: 'residential at 3.5 and can attend a full-day program but not stay overnight',
    test: (f) => f.asamLevel === '3.5' && f.answers['obligations.canStepAway'] === 'daytime',
  },
  {
    name: 'alternative-residential-cannot-step-away',
    alternative: 'iop',
    reason: 'alternative-fits-around-life',
    when: 'residential at 3.5 and cannot step away from work, school or caregiving',
    test: (f) => f.asamLevel === '3.5' && f.answers['obligations.canStepAway'] === 'no',
  },
  {
    name: 'alternative-php-cannot-step-away',
    alternative: 'iop',
    reason: 'alternative-fits-around-life',
    when: 'PHP and cannot step away from work, school or caregiving',
    test: (f) => f.level === 'php' && f.answers['obligations.canStepAway'] === 'no',
  },
];

function toleranceLoss(f: Facts): boolean {
  const a = f.answers;
  return (
    f.opioids &&
    (a['use.lastUse'] === 'weeks' ||
      a['use.lastUse'] === 'months' ||
      a['history.recentDischarge'] === 'yes' ||
      a['history.treatment'].includes('detox'))
  );
}

/** Step 7. Every match adds its note, in this order. Emergencies have no notes. */
export const NOTE_RULES: readonly NoteRule[] = [
  {
    name: 'note-crisis-resources',
    note: 'crisis-resources',
    when: 'ASQ positive',
    test: (f) => f.asqPositive,
  },
  {
    name: 'note-tolerance-loss',
    note: 'tolerance-loss',
    when:
      'opioids used and (last use over a week ago, or finished residential or PHP in the past ' +
      '30 days, or a past detox)',
    test: toleranceLoss,
  },
  {
    name: 'note-naloxone',
    note: 'naloxone',
    when: 'opioids, stimulants or other drugs used',
    test: (f) => uses(f, 'opioids', 'stimulants', 'other'),
  },
  {
    name: 'note-pregnancy',
    note: 'pregnancy',
    when: 'pregnant',
    test: (f) => f.answers['medical.pregnant'] === 'yes',
  },
  {
    name: 'note-mental-health-referral',
    note: 'mental-health-referral',
    when: 'severity none and D3 ≥ 2',
    test: (f) => f.severity === 'none' && f.dimensions.d3 >= 2,
  },
  {
    name: 'note-moud',
    note: 'moud',
    when: 'opioids used and severity mild or worse',
    test: (f) => f.opioids && atLeast(f.severity, 'mild'),
  },
  {
    name: 'note-aud-meds',
    note: 'aud-meds',
    when: 'alcohol used and severity mild or worse',
    test: (f) => uses(f, 'alcohol') && atLeast(f.severity, 'mild'),
  },
  {
    name: 'note-adolescent',
    note: 'adolescent',
    when: 'under 18',
    test: (f) => f.answers['about.age'] === 'under-18',
  },
  {
    name: 'note-readiness',
    note: 'readiness',
    when: 'D4 ≥ 1',
    test: (f) => f.dimensions.d4 >= 1,
  },
  {
    name: 'note-transport',
    note: 'transport',
    when: 'no reliable transport and the level is IOP or PHP',
    test: (f) => f.answers['living.transport'] === 'no' && (f.level === 'iop' || f.level === 'php'),
  },
  {
    name: 'note-schedule',
    note: 'schedule',
    when: 'the level is IOP or outpatient',
    test: (f) => f.level === 'iop' || f.level === 'outpatient',
  },
  {
    name: 'note-insurance',
    note: 'insurance',
    when: 'always (worded by insurance type)',
    test: () => true,
  },
];

/** Step 3, ASAM numbers. */
export const ASAM_LEVEL: Record<Exclude<CareLevel, 'residential'>, AsamLevel> = {
  php: '2.5',
  iop: '2.1',
  outpatient: '1',
  'early-intervention': '0.5',
};
