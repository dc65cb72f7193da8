/**
 * fast-check arbitraries for answer sets, derived generically from the question bank: walk
 * QUESTIONS in asking order and give each question that the skip logic asks (judged on what
 * was generated so far) a value. Single choice → one of its values; multi-select → either
 * `[exclusive]` alone or a non-empty, repeat-free subset of the other values. Every set these
 * produce is valid by assessment contract v1 §1; nothing here knows a question by name.
 */
import fc from 'fast-check';
import { QUESTIONS, type Question } from '../src/questions/bank';
import { askedWhen, readAnswer, splitId } from '../src/questions/answers';
import { SCREENS } from '../src/questions/screens';

/** The bank, widened to the generic question type. */
export const BANK: readonly Question[] = QUESTIONS;

export type AnswerValue = string | string[];
/** A nested answers object, as react-hook-form keeps it and recommend() takes it. */
export type AnswerObject = Record<string, unknown>;
/** One candidate answer per question id; only those the skip logic asks reach a set. */
export type Candidates = Readonly<Record<string, AnswerValue>>;

/**
 * How often emergency answers (a question's `emergencyWhen` values) are drawn:
 * `allow` — like any other value; `rare` — one time in ten for each such question, so most
 * sets are not emergencies and every level is reached; `never` — not at all.
 */
export type EmergencyMode = 'allow' | 'rare' | 'never';

export interface EmergencyTrigger {
  readonly question: string;
  readonly value: string;
}

/** Every emergency answer the bank declares (contract Step 0). */
export const EMERGENCY_TRIGGERS: readonly EmergencyTrigger[] = BANK.flatMap((q) =>
  q.kind === 'single' ? (q.emergencyWhen ?? []).map((value) => ({ question: q.id, value })) : [],
);

export const isEmergencyValue = (q: Question, value: unknown): boolean =>
  q.kind === 'single' && typeof value === 'string' && !!q.emergencyWhen?.includes(value);

export function questionOf(id: string): Question {
  const q = BANK.find((x) => x.id === id);
  if (!q) throw new Error(`no question ${id}`);
  return q;
}

/**
 * The values a valid answer to `q` can take. `lowBias` (0 = none) is the weight of a single
 * question's lowest-risk value (`riskOrder[0]`) against 1 for any value: drawn
 * uniformly, the four ASQ items would make almost every set ASQ positive and hide the lower
 * levels, so answerSetArb mixes sets of several biases.
 */
export function valueArb(
  q: Question,
  emergencies: EmergencyMode = 'allow',
  lowBias = 0,
): fc.Arbitrary<AnswerValue> {
  let any: fc.Arbitrary<AnswerValue>;
  if (q.kind === 'multi') {
    const others = q.values.filter((v) => v !== q.exclusive);
    any = fc.oneof(
      { weight: 1, arbitrary: fc.constant(q.exclusive).map((v) => [v]) },
      { weight: 3, arbitrary: fc.shuffledSubarray(others, { minLength: 1 }) },
    );
  } else {
    const safe = q.values.filter((v) => !isEmergencyValue(q, v));
    const danger = q.values.filter((v) => isEmergencyValue(q, v));
    if (emergencies === 'never' || danger.length === 0) any = fc.constantFrom(...safe);
    else if (emergencies === 'allow') any = fc.constantFrom(...q.values);
    else
      any = fc.oneof(
        { weight: 9, arbitrary: fc.constantFrom(...safe) },
        { weight: 1, arbitrary: fc.constantFrom(...danger) },
      );
  }
  if (lowBias <= 0 || q.kind === 'multi') return any;
  return fc.oneof(
    { weight: lowBias, arbitrary: fc.constant(q.riskOrder[0] as string) },
    { weight: 1, arbitrary: any },
  );
}

/**
 * The lowest-risk answer a question can carry: `riskOrder[0]`, or `[exclusive]` for a
 * multi-select (contract "Partial answers"). Written here, not imported from the engine, so the
 * tests that use it check the engine's own reading.
 */
export const lowestValue = (q: Question): AnswerValue =>
  q.kind === 'multi' ? [q.exclusive] : (q.riskOrder[0] as string);

/** Weights of the lowest-risk value that answerSetArb mixes (see valueArb). */
export const LOW_BIASES = [0, 1, 4, 19] as const;

/** A candidate answer for every question of the bank. */
export function candidatesArb(emergencies: EmergencyMode = 'rare'): fc.Arbitrary<Candidates> {
  return fc.oneof(
    ...LOW_BIASES.map((bias) =>
      fc.record(Object.fromEntries(BANK.map((q) => [q.id, valueArb(q, emergencies, bias)]))),
    ),
  );
}

const copyValue = (v: unknown): unknown => (Array.isArray(v) ? [...(v as unknown[])] : v);

/** Sets `id` (dotted) in a nested answers object, in place. */
export function setAnswer(target: AnswerObject, id: string, value: unknown): void {
  const [section, key] = splitId(id);
  if (key === undefined) {
    target[section] = value;
    return;
  }
  const current = target[section];
  const inner: AnswerObject =
    typeof current === 'object' && current !== null ? (current as AnswerObject) : {};
  inner[key] = value;
  target[section] = inner;
}

/** A deep copy of a nested answers object (plain data only). */
export const cloneAnswers = (answers: AnswerObject): AnswerObject => structuredClone(answers);

/** The answers object with one answer replaced (a copy). */
export function withAnswer(answers: AnswerObject, id: string, value: unknown): AnswerObject {
  const out = cloneAnswers(answers);
  setAnswer(out, id, copyValue(value));
  return out;
}

/** Is `q` asked, given the answers (the skip logic of src/questions/answers.ts)? */
export const isAsked = (q: Question, answers: AnswerObject): boolean => askedWhen(q, answers);

/** The valid answer set the candidates produce: the walk over the bank in asking order. */
export function buildAnswers(candidates: Candidates): AnswerObject {
  const out: AnswerObject = {};
  for (const q of BANK) {
    if (!askedWhen(q, out)) continue;
    const value = candidates[q.id];
    if (value === undefined) throw new Error(`no candidate for ${q.id}`);
    setAnswer(out, q.id, copyValue(value));
  }
  return out;
}

/**
 * Re-applies the skip logic to `raw` after one answer changed: a question that is asked keeps
 * its answer, or gets its lowest-risk value (`riskOrder[0]`, or `[exclusive]`) when it had
 * none; a question that is no longer asked is dropped.
 */
export function normalise(raw: AnswerObject): AnswerObject {
  const out: AnswerObject = {};
  for (const q of BANK) {
    if (!askedWhen(q, out)) continue;
    const given = readAnswer(raw, q.id);
    setAnswer(out, q.id, copyValue(given === undefined ? lowestValue(q) : given));
  }
  return out;
}

/** Question ids that hold an answer in `answers`, in asking order. */
export const answeredIds = (answers: AnswerObject): string[] =>
  BANK.filter((q) => readAnswer(answers, q.id) !== undefined).map((q) => q.id);

/** The first answer, in asking order, that is an emergency trigger. */
export function firstEmergency(answers: AnswerObject): Question | undefined {
  return BANK.find((q) => isEmergencyValue(q, readAnswer(answers, q.id)));
}

/** Index in BANK of the last question of the screen holding `id`. */
export function endOfScreen(id: string): number {
  const screen = SCREENS.find((s) => (s.questions as readonly string[]).includes(id));
  if (!screen) throw new Error(`${id} is on no screen`);
  return Math.max(...screen.questions.map((qid) => BANK.findIndex((q) => q.id === qid)));
}

/** Keeps the answers to BANK[0..lastIndex] and drops every later one (a copy). */
export function keepUpTo(answers: AnswerObject, lastIndex: number): AnswerObject {
  const out: AnswerObject = {};
  BANK.forEach((q, i) => {
    const value = readAnswer(answers, q.id);
    if (i <= lastIndex && value !== undefined) setAnswer(out, q.id, copyValue(value));
  });
  return out;
}

/** Valid, complete answer sets. */
export function answerSetArb(emergencies: EmergencyMode = 'rare'): fc.Arbitrary<AnswerObject> {
  return candidatesArb(emergencies).map(buildAnswers);
}

/**
 * Valid, complete answer sets in which `trigger` is the answer whenever its question is asked
 * (the other answers are free, other emergency triggers included). Whether it is asked depends
 * on earlier answers: callers skip the sets where it is not with `fc.pre(holdsTrigger(…))`,
 * which fails loudly after too many skips where a `.filter` would loop forever if a change to
 * the bank made the question unreachable.
 */
export function triggeredAnswerSetArb(
  trigger: EmergencyTrigger,
  emergencies: EmergencyMode = 'allow',
): fc.Arbitrary<AnswerObject> {
  return candidatesArb(emergencies).map((c) =>
    buildAnswers({ ...c, [trigger.question]: trigger.value }),
  );
}

export const holdsTrigger = (answers: AnswerObject, trigger: EmergencyTrigger): boolean =>
  readAnswer(answers, trigger.question) === trigger.value;

export interface PartialSet {
  /** The set as submitted. */
  readonly answers: AnswerObject;
  /** The complete set it was cut from. */
  readonly full: AnswerObject;
  /** The first emergency answer's question; undefined when there is none (nothing is cut). */
  readonly emergencyAt: string | undefined;
  /** Index in BANK of the last question that may hold an answer. */
  readonly lastKept: number;
}

/**
 * Answer sets that may be cut short after an emergency answer (contract §1 "Partial answers").
 * Each is generated with one trigger of the bank forced wherever its question is asked, so
 * nearly all hold an emergency; one that holds none is returned whole, with `emergencyAt`
 * undefined (skip it with fc.pre). `screen`: cut right after the screen that raised the first
 * emergency; `anywhere`: cut at any point from there on, possibly not at all.
 */
export function partialAnswerSetArb(
  cut: 'screen' | 'anywhere' = 'screen',
): fc.Arbitrary<PartialSet> {
  return fc
    .tuple(fc.constantFrom(...EMERGENCY_TRIGGERS), candidatesArb('allow'), fc.nat())
    .map(([trigger, c, n]): PartialSet => {
      const full = buildAnswers({ ...c, [trigger.question]: trigger.value });
      const first = firstEmergency(full);
      if (!first) return { answers: full, full, emergencyAt: undefined, lastKept: BANK.length - 1 };
      const start = endOfScreen(first.id);
      const lastKept = cut === 'screen' ? start : start + (n % (BANK.length - start));
      return { answers: keepUpTo(full, lastKept), full, emergencyAt: first.id, lastKept };
    });
}

/**
 * The answers `q` can move to that are riskier than `current`: for a single choice, every
 * value later in `riskOrder`; for a multi-select, the current set plus one more value (from
 * `[exclusive]`, any one other value).
 */
export function riskierValues(q: Question, current: unknown): AnswerValue[] {
  if (q.kind === 'single') {
    const at = q.riskOrder.indexOf(current as string);
    if (at === -1) throw new Error(`${q.id}: ${String(current)} is not in riskOrder`);
    return q.riskOrder.slice(at + 1);
  }
  const list = current as readonly string[];
  const others = q.values.filter((v) => v !== q.exclusive);
  if (list.includes(q.exclusive)) return others.map((v) => [v]);
  return others.filter((v) => !list.includes(v)).map((v) => [...list, v]);
}

export interface RiskierVariant {
  readonly question: string;
  readonly from: unknown;
  readonly to: AnswerValue;
  /** The whole set after the change, skip logic re-applied (see normalise). */
  readonly answers: AnswerObject;
}

/** Every one-answer change of `q` in `answers` that makes it riskier. */
export function riskierVariants(answers: AnswerObject, q: Question): RiskierVariant[] {
  const from = readAnswer(answers, q.id);
  if (from === undefined) return [];
  return riskierValues(q, from).map((to) => ({
    question: q.id,
    from,
    to,
    answers: normalise(withAnswer(answers, q.id, to)),
  }));
}
