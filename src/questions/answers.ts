/**
 * Answers as the wizard holds them: the `Answers` type, reading and writing by dotted id, the
 * skip logic, and the walk that validates a whole answer set or one screen of it. The bank
 * (./bank.ts) is the one declaration of what a valid answer set is: the type below and every
 * check (this walk, the shape check in ./answer-set.ts) read it, and nothing restates it. No
 * zod here: the first screens use this, and must stay small (issue #5's budget).
 */
import { QUESTIONS, type Condition, type Question, type Section } from './bank';

export type BankQuestion = (typeof QUESTIONS)[number];
export type QuestionId = BankQuestion['id'];
export type QuestionOf<Id extends QuestionId> = Extract<BankQuestion, { id: Id }>;
export type ValueOf<Id extends QuestionId> = QuestionOf<Id>['values'][number];

/** One answer as stored: a value of a single choice, a list of values of a multi-select. */
type AnswerTo<Q> = Q extends { kind: 'multi'; values: readonly (infer V)[] }
  ? V[]
  : Q extends { values: readonly (infer V)[] }
    ? V
    : never;
/** A section's answers, by the part of the id after the dot. */
type SectionAnswers<S extends string> = {
  [Q in BankQuestion as Q['id'] extends `${S}.${infer K}` ? K : never]?: AnswerTo<Q>;
};

/**
 * The answers object, nested by dotted id as react-hook-form keeps it (`respondent` is the one
 * question outside a section). Every question is optional at this level; which ones are
 * required depends on the skip logic.
 */
export type Answers = {
  [S in Section]?: S extends QuestionId ? AnswerTo<QuestionOf<S>> : SectionAnswers<S>;
};

export const questionById: ReadonlyMap<string, Question> = new Map(
  QUESTIONS.map((q) => [q.id, q as Question]),
);

/** An answer value as stored: a string for single choice, an array for multi-select. */
export type AnswerValue = string | readonly string[];

export function splitId(id: string): [string, string | undefined] {
  const dot = id.indexOf('.');
  return dot === -1 ? [id, undefined] : [id.slice(0, dot), id.slice(dot + 1)];
}

const own = (o: unknown, key: string): unknown =>
  typeof o === 'object' && o !== null && Object.prototype.hasOwnProperty.call(o, key)
    ? (o as Record<string, unknown>)[key]
    : undefined;

/** Reads an answer by dotted id, own properties only: prototype keys can't answer anything. */
export function readAnswer(answers: unknown, id: string): unknown {
  const [section, key] = splitId(id);
  const first = own(answers, section);
  return key === undefined ? first : own(first, key);
}

/**
 * Writes an answer by dotted id into a nested answers object (mutating it); `undefined`
 * removes it. Arrays are copied so the object never shares a caller's list.
 */
export function writeAnswer(target: Record<string, unknown>, id: string, value: unknown): void {
  const [section, key] = splitId(id);
  const holder = key === undefined ? target : ((target[section] ??= {}) as Record<string, unknown>);
  const field = key ?? section;
  if (value === undefined) delete holder[field];
  else holder[field] = Array.isArray(value) ? [...(value as unknown[])] : value;
}

/** What a form leaves in an unanswered field: nothing, null, '', false or []. */
export function isEmpty(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    value === '' ||
    value === false ||
    (Array.isArray(value) && value.length === 0)
  );
}

function holds(c: Condition, answers: unknown): boolean {
  const raw = readAnswer(answers, c.question);
  if (raw === undefined) return false;
  const given = Array.isArray(raw) ? (raw as string[]) : [raw as string];
  if (c.anyOf && !c.anyOf.some((v) => given.includes(v))) return false;
  if (c.noneOf && c.noneOf.some((v) => given.includes(v))) return false;
  return true;
}

/**
 * The skip logic: is this question asked, given the (validated) answers before it? With
 * `open` (questions that may still be asked but have no answer yet), a condition on an open
 * question counts as one that may hold: "may this question still be asked?" (src/machines/wizard/progress.ts).
 */
export function askedWhen(q: Question, answers: unknown, open?: (id: string) => boolean): boolean {
  const rule = q.askedWhen;
  if (!rule) return true;
  const may = (c: Condition) => holds(c, answers) || !!open?.(c.question);
  return 'all' in rule ? rule.all.every(may) : rule.any.some(may);
}

/** The questions whose answer can be an emergency trigger (contract Step 0). */
export type EmergencyQuestionId = Extract<BankQuestion, { emergencyWhen: readonly string[] }>['id'];

/**
 * Whether an answer is an emergency trigger, by the question's `emergencyWhen`: what interrupts
 * the wizard (the walk below). The engine's Step 0 reads the same list (src/results/rules.ts).
 */
export function isEmergencyAnswer(q: Question, value: unknown): boolean {
  return q.kind === 'single' && typeof value === 'string' && !!q.emergencyWhen?.includes(value);
}

export type AnswerIssueCode =
  'required' | 'invalid-value' | 'wrong-type' | 'empty' | 'duplicate' | 'exclusive' | 'unknown-key';

/**
 * What the walk finds wrong: where and what, without words. The forms word it themselves; the
 * engine's messages are added by ./answer-set.ts (`checkAnswerSet`), so their text stays off the
 * first load.
 */
export interface WalkIssue {
  /** The dotted id (or, for an unknown key, the key's dotted path). */
  readonly path: string;
  readonly code: AnswerIssueCode;
}

export interface AnswerIssue extends WalkIssue {
  readonly message: string;
}

/**
 * What is wrong with one answer, if anything, by the question's declaration: a single choice is
 * one of its values; a multi-select is a list of them, at least one, no repeats, the exclusive
 * value (`none`) alone. The first problem found decides.
 */
export function leafIssueCode(q: Question, value: unknown): AnswerIssueCode | undefined {
  const allowed: readonly unknown[] = q.values;
  if (q.kind === 'single') return allowed.includes(value) ? undefined : 'invalid-value';
  if (!Array.isArray(value)) return 'wrong-type';
  if (value.length === 0) return 'empty';
  // An index loop, not every(): a hole in a sparse array is an invalid value too.
  for (let i = 0; i < value.length; i++) if (!allowed.includes(value[i])) return 'invalid-value';
  if (new Set(value).size !== value.length) return 'duplicate';
  if (value.includes(q.exclusive) && value.length > 1) return 'exclusive';
  return undefined;
}

export interface WalkResult {
  /** Only the questions that are asked and answered validly; nothing else is copied. */
  readonly answers: Answers;
  readonly issues: readonly WalkIssue[];
  /** The first question, in asking order, whose answer is an emergency trigger. */
  readonly emergencyAt?: QuestionId;
  /** Questions asked after an emergency that have no answer (rated as lowest risk). */
  readonly unanswered: readonly QuestionId[];
}

/**
 * A deep copy of answer data (objects, arrays, strings), so writing to it never touches the
 * original. Answers are plain data: this is several times cheaper than structuredClone, which
 * serializes, and Continue copies the answers more than once.
 */
export function copyAnswers<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copyAnswers) as T;
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const copied = copyAnswers((value as Record<string, unknown>)[key]);
    // An own "__proto__" stays an own property, never the copy's prototype.
    if (key === '__proto__')
      Object.defineProperty(out, key, {
        value: copied,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    else out[key] = copied;
  }
  return out as T;
}

/**
 * Walks `questions` in asking order. Each question's skip logic reads only the answers already
 * validated (plus `context`, the answers of earlier screens), so a stale or bogus answer to a
 * question that is not asked is never read and never copied. After an emergency answer, the
 * rest may be left out (contract §1 "Partial answers").
 */
export function walkAnswers(
  raw: unknown,
  questions: readonly Question[] = QUESTIONS,
  context: Answers = {},
): WalkResult {
  const clean = copyAnswers(context) as Record<string, unknown>;
  const answers: Record<string, unknown> = {};
  const issues: WalkIssue[] = [];
  const unanswered: QuestionId[] = [];
  let emergencyAt: QuestionId | undefined;
  for (const q of questions) {
    if (!askedWhen(q, clean)) continue;
    const value = readAnswer(raw, q.id);
    if (value === undefined) {
      if (emergencyAt) unanswered.push(q.id as QuestionId);
      else issues.push({ path: q.id, code: 'required' });
      continue;
    }
    const code = leafIssueCode(q, value);
    if (code) {
      issues.push({ path: q.id, code });
      continue;
    }
    writeAnswer(clean, q.id, value);
    writeAnswer(answers, q.id, value);
    if (!emergencyAt && isEmergencyAnswer(q, value)) emergencyAt = q.id as QuestionId;
  }
  return { answers: answers, issues, emergencyAt, unanswered };
}
