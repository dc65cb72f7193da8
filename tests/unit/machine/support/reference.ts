/**
 * An independent reference of assessment contract v1 §1 for the machine tests: the questions,
 * values and "asked when" column copied by hand from the contract's table (not read from
 * src/questions/bank.ts), and the navigation rules of the contract and the design notes
 * (skip logic, crisis interrupt, return to the review) written out plainly. The machine is
 * checked against this, so a change to the bank, the screens or navigation.ts that breaks the
 * contract shows up as a disagreement. Only the grouping into screens (a UI choice) is read from
 * src/questions/screens.ts.
 */
import { SCREENS, type ScreenId } from '../../../../src/questions/screens';
import type { Step } from '../../../../src/machines/wizard/navigation';

export type Raw = Record<string, unknown>;

interface RefQuestion {
  readonly id: string;
  readonly values: readonly string[];
  readonly multi?: true;
  /** Contract "asked when", read from the answers already validated (a missing answer: false). */
  readonly asked?: (clean: Raw) => boolean;
  /** Contract Step 0 triggers. */
  readonly emergency?: readonly string[];
}

export function get(o: unknown, id: string): unknown {
  let cur: unknown = o;
  for (const part of id.split('.')) {
    if (typeof cur !== 'object' || cur === null || !Object.hasOwn(cur, part)) return undefined;
    cur = (cur as Raw)[part];
  }
  return cur;
}

function set(o: Raw, id: string, value: unknown): void {
  const parts = id.split('.');
  const last = parts.pop()!;
  let cur = o;
  for (const part of parts) cur = (cur[part] ??= {}) as Raw;
  cur[last] = value;
}

function unset(o: Raw, id: string): void {
  const parts = id.split('.');
  const last = parts.pop()!;
  let cur: unknown = o;
  for (const part of parts) cur = (cur as Raw | undefined)?.[part];
  if (typeof cur === 'object' && cur !== null) delete (cur as Raw)[last];
}

const list = (clean: Raw, id: string): readonly string[] | undefined =>
  get(clean, id) as readonly string[] | undefined;
const substancesOtherThanNone = (a: Raw) => {
  const s = list(a, 'use.substances');
  return s !== undefined && !s.includes('none');
};
const depressants = (a: Raw) =>
  ['alcohol', 'benzodiazepines', 'opioids'].some((v) => list(a, 'use.substances')?.includes(v));
const yesOrDecline = (a: Raw, id: string) => ['yes', 'decline'].includes(get(a, id) as string);
const YND = ['yes', 'no', 'decline'] as const;

/** Contract v1 §1, row by row, in asking order. */
export const REF_QUESTIONS: readonly RefQuestion[] = [
  { id: 'respondent', values: ['self', 'other'] },
  { id: 'about.age', values: ['under-18', '18-64', '65-plus'] },
  { id: 'safety.emergencyNow', values: ['yes', 'no'], emergency: ['yes'] },
  {
    id: 'use.substances',
    multi: true,
    values: ['alcohol', 'opioids', 'benzodiazepines', 'stimulants', 'cannabis', 'other', 'none'],
  },
  {
    id: 'use.frequency',
    values: ['daily', 'weekly', 'monthly', 'not-recent'],
    asked: substancesOtherThanNone,
  },
  {
    id: 'use.lastUse',
    values: ['today', 'days', 'weeks'],
    asked: (a) =>
      substancesOtherThanNone(a) &&
      get(a, 'use.frequency') !== undefined &&
      get(a, 'use.frequency') !== 'not-recent',
  },
  {
    id: 'use.criteria',
    multi: true,
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
    asked: substancesOtherThanNone,
  },
  {
    id: 'withdrawal.history',
    multi: true,
    values: ['seizures', 'dts', 'medical-detox', 'none'],
    asked: depressants,
  },
  {
    id: 'withdrawal.current',
    values: ['none', 'mild', 'severe'],
    asked: depressants,
    emergency: ['severe'],
  },
  { id: 'medical.condition', values: ['none', 'stable', 'unstable'] },
  { id: 'medical.pregnant', values: ['yes', 'no', 'not-applicable', 'prefer-not'] },
  { id: 'suicide.wishedDead', values: YND },
  { id: 'suicide.betterOff', values: YND },
  { id: 'suicide.thoughts', values: YND },
  { id: 'suicide.attempt', values: YND },
  {
    id: 'suicide.now',
    values: YND,
    asked: (a) =>
      ['suicide.wishedDead', 'suicide.betterOff', 'suicide.thoughts', 'suicide.attempt'].some(
        (id) => yesOrDecline(a, id),
      ),
    emergency: ['yes', 'decline'],
  },
  { id: 'mental.symptoms', values: ['none', 'mild', 'interfering', 'severe'] },
  { id: 'readiness.stage', values: ['ready', 'unsure', 'pressured'] },
  {
    id: 'history.treatment',
    multi: true,
    values: ['detox', 'outpatient', 'iop', 'php', 'residential', 'none'],
    asked: substancesOtherThanNone,
  },
  {
    id: 'history.relapsedAfter',
    values: ['yes', 'no'],
    asked: (a) => {
      const t = list(a, 'history.treatment');
      return t !== undefined && !t.includes('none');
    },
  },
  {
    id: 'history.recentDischarge',
    values: ['yes', 'no'],
    asked: (a) => ['php', 'residential'].some((v) => list(a, 'history.treatment')?.includes(v)),
  },
  { id: 'living.situation', values: ['stable', 'sober-living', 'unstable', 'homeless'] },
  {
    id: 'living.othersUse',
    values: ['yes', 'no'],
    asked: (a) => ['stable', 'unstable'].includes(get(a, 'living.situation') as string),
  },
  { id: 'living.safe', values: ['yes', 'no'] },
  { id: 'living.support', values: ['strong', 'some', 'none'] },
  { id: 'living.transport', values: ['yes', 'no'] },
  {
    id: 'obligations.roles',
    multi: true,
    values: ['work-full', 'work-part', 'school', 'children', 'caregiver', 'none'],
  },
  { id: 'obligations.canStepAway', values: ['yes', 'daytime', 'no', 'unsure'] },
  { id: 'obligations.schedule', values: ['morning', 'afternoon', 'evening', 'any'] },
  { id: 'insurance.type', values: ['commercial', 'medicaid', 'medicare', 'none', 'unsure'] },
];

export const refQuestion = (id: string): RefQuestion => {
  const q = REF_QUESTIONS.find((x) => x.id === id);
  if (!q) throw new Error(`not a contract question: ${id}`);
  return q;
};

/** Contract: an empty multi-select, a repeat, or `none` with another value is invalid. */
export function isValid(q: RefQuestion, value: unknown): boolean {
  if (!q.multi) return typeof value === 'string' && q.values.includes(value);
  if (!Array.isArray(value) || value.length === 0) return false;
  const items = value as unknown[];
  if (!items.every((v) => typeof v === 'string' && q.values.includes(v))) return false;
  if (new Set(items).size !== items.length) return false;
  return !(items.includes('none') && items.length > 1);
}

export interface RefWalk {
  /** Answers to asked questions with valid values, nothing else. */
  readonly clean: Raw;
  /** Ids of the questions the skip logic asks. */
  readonly asked: ReadonlySet<string>;
  /** The first standing emergency answer, in asking order. */
  readonly emergencyAt: string | undefined;
}

export function refWalk(answers: unknown): RefWalk {
  const clean: Raw = {};
  const asked = new Set<string>();
  let emergencyAt: string | undefined;
  for (const q of REF_QUESTIONS) {
    if (q.asked && !q.asked(clean)) continue;
    asked.add(q.id);
    const value = get(answers, q.id);
    if (!isValid(q, value)) continue;
    set(clean, q.id, Array.isArray(value) ? [...(value as string[])] : value);
    if (!emergencyAt && q.emergency?.includes(value as string)) emergencyAt = q.id;
  }
  return { clean, asked, emergencyAt };
}

export const SCREEN_LIST: readonly ScreenId[] = SCREENS.map((s) => s.id);
export const screenIndex = (step: Step): number =>
  step === 'start'
    ? -1
    : step === 'review' || step === 'result' || step === 'crisis'
      ? SCREEN_LIST.length
      : SCREEN_LIST.indexOf(step);
export const questionsOf = (screen: ScreenId): readonly string[] =>
  SCREENS.find((s) => s.id === screen)!.questions;
export const screenOf = (id: string): ScreenId =>
  SCREENS.find((s) => (s.questions as readonly string[]).includes(id))!.id;
export const isScreen = (step: unknown): step is ScreenId => SCREEN_LIST.includes(step as ScreenId);

const askedOn = (screen: ScreenId, walk: RefWalk): boolean =>
  questionsOf(screen).some((id) => walk.asked.has(id));
const missingOn = (screen: ScreenId, walk: RefWalk): string[] =>
  questionsOf(screen).filter((id) => walk.asked.has(id) && get(walk.clean, id) === undefined);

export const refScreenAsked = (screen: ScreenId, answers: unknown): boolean =>
  askedOn(screen, refWalk(answers));

/** The screens the skip logic asks, in order: the route and the review's rows. */
export function refRoute(answers: unknown): ScreenId[] {
  const walk = refWalk(answers);
  return SCREEN_LIST.filter((s) => askedOn(s, walk));
}

export const refMissing = (screen: ScreenId, answers: unknown): string[] =>
  missingOn(screen, refWalk(answers));

export function refFirstIncomplete(answers: unknown): ScreenId | undefined {
  const walk = refWalk(answers);
  return SCREEN_LIST.find((s) => missingOn(s, walk).length > 0);
}

/** A screen's submitted values replace that screen's answers, and nothing else. */
export function refMerge(answers: unknown, screen: ScreenId, values: unknown): Raw {
  const next = structuredClone(answers) as Raw;
  for (const id of questionsOf(screen)) {
    const v = get(values, id);
    const empty =
      v === undefined || v === null || v === '' || v === false || (Array.isArray(v) && !v.length);
    if (empty) unset(next, id);
    else set(next, id, Array.isArray(v) ? [...(v as unknown[])] : v);
  }
  return next;
}

/**
 * Where Continue on `screen` leads (undefined: it stays, the screen is incomplete). Contract
 * Step 0: an emergency answer on this screen or an earlier one → crisis. Design item 9, after a
 * Change from the review (`onReview`: the screens the review showed then): a later screen the
 * change opened (not on that review, or still to answer) comes first, then any screen still to
 * answer, else the review. Otherwise the next asked screen, or the review.
 */
export function refDestination(
  merged: unknown,
  screen: ScreenId,
  onReview: readonly ScreenId[] | null,
): Step | undefined {
  const walk = refWalk(merged);
  if (missingOn(screen, walk).length > 0) return undefined;
  const em = walk.emergencyAt;
  if (em !== undefined && screenIndex(screenOf(em)) <= screenIndex(screen)) return 'crisis';
  const later = SCREEN_LIST.slice(screenIndex(screen) + 1);
  if (!onReview) return later.find((s) => askedOn(s, walk)) ?? 'review';
  const opened = later.find(
    (s) => askedOn(s, walk) && (!onReview.includes(s) || missingOn(s, walk).length > 0),
  );
  return opened ?? SCREEN_LIST.find((s) => missingOn(s, walk).length > 0) ?? 'review';
}

/** The review's Continue: never past a standing emergency, else the first gap, else the result. */
export function refConfirm(answers: unknown): Step {
  return refWalk(answers).emergencyAt ? 'crisis' : (refFirstIncomplete(answers) ?? 'result');
}

/**
 * Back: the latest step visited that is still on the path — not a screen the answers no longer
 * ask, and not the step we are on — and the history up to it.
 */
export function refBack(
  history: readonly Step[],
  answers: unknown,
  current: Step,
): { readonly step: Step; readonly rest: readonly Step[] } | undefined {
  const walk = refWalk(answers);
  for (let i = history.length - 1; i >= 0; i--) {
    const step = history[i]!;
    if (step === current || (isScreen(step) && !askedOn(step, walk))) continue;
    return { step, rest: history.slice(0, i) };
  }
  return undefined;
}

/** Only the values of one screen's questions, picked out of a full answer set. */
export function screenValues(answers: unknown, screen: ScreenId): Raw {
  return refMerge({}, screen, answers);
}
