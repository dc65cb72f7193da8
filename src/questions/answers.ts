/**
 * Types and zod schemas derived from the question bank: one leaf schema per question, the
 * nested answers shape react-hook-form uses, and the skip-logic walk that validates a whole
 * answer set or one screen of it.
 */
import * as z from 'zod/mini';
import { QUESTIONS, SECTIONS, type Condition, type Question } from './bank';

type BankQuestion = (typeof QUESTIONS)[number];
export type QuestionId = BankQuestion['id'];
export type QuestionOf<Id extends QuestionId> = Extract<BankQuestion, { id: Id }>;
export type ValueOf<Id extends QuestionId> = QuestionOf<Id>['values'][number];

type EnumOf<V extends string> = z.ZodMiniEnum<{ [K in V]: K }>;
type LeafSchema<Q> = Q extends { kind: 'multi'; values: readonly (infer V extends string)[] }
  ? z.ZodMiniArray<EnumOf<V>>
  : Q extends { values: readonly (infer V extends string)[] }
    ? EnumOf<V>
    : never;
type NestedSection = Exclude<(typeof SECTIONS)[number], 'respondent'>;
type SectionShape<S extends string> = {
  [Q in BankQuestion as Q['id'] extends `${S}.${infer K}` ? K : never]: z.ZodMiniOptional<
    LeafSchema<Q>
  >;
};
type AnswersShape = { respondent: z.ZodMiniOptional<LeafSchema<QuestionOf<'respondent'>>> } & {
  [S in NestedSection]: z.ZodMiniOptional<z.ZodMiniObject<SectionShape<S>, z.core.$strict>>;
};

export const questionById: ReadonlyMap<string, Question> = new Map(
  QUESTIONS.map((q) => [q.id, q as Question]),
);

const answerSchemas = new Map<string, z.ZodMiniType>();

/** The schema of one answer. Multi-selects: at least one, no repeats, `none` stands alone. */
export function answerSchema(q: Question): z.ZodMiniType {
  let schema = answerSchemas.get(q.id);
  if (!schema) answerSchemas.set(q.id, (schema = buildAnswerSchema(q)));
  return schema;
}

function buildAnswerSchema(q: Question): z.ZodMiniType {
  const value = z.enum(q.values as unknown as [string, ...string[]]);
  if (q.kind === 'single') return value;
  return z.array(value).check(
    z.minLength(1),
    z.refine((list: string[]) => new Set(list).size === list.length, {
      params: { reason: 'duplicate' },
    }),
    z.refine((list: string[]) => !list.includes(q.exclusive) || list.length === 1, {
      params: { reason: 'exclusive' },
    }),
  );
}

function buildShape(): AnswersShape {
  const top: Record<string, z.ZodMiniType> = {};
  const sections: Record<string, Record<string, z.ZodMiniType>> = {};
  for (const q of QUESTIONS as readonly Question[]) {
    const [section, key] = splitId(q.id);
    const leaf = z.optional(answerSchema(q));
    if (key === undefined) top[section] = leaf;
    else (sections[section] ??= {})[key] = leaf;
  }
  for (const [section, shape] of Object.entries(sections)) {
    top[section] = z.optional(z.strictObject(shape));
  }
  return top as unknown as AnswersShape;
}

/**
 * The answers object, nested by dotted id as react-hook-form keeps it. Every question is
 * optional at this level; which ones are required depends on the skip logic.
 */
export const answersShape = z.strictObject(buildShape());
export type Answers = z.infer<typeof answersShape>;

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

/** The skip logic: is this question asked, given the (validated) answers before it? */
export function askedWhen(q: Question, answers: unknown): boolean {
  const rule = q.askedWhen;
  if (!rule) return true;
  return 'all' in rule
    ? rule.all.every((c) => holds(c, answers))
    : rule.any.some((c) => holds(c, answers));
}

export function isEmergencyAnswer(q: Question, value: unknown): boolean {
  return q.kind === 'single' && typeof value === 'string' && !!q.emergencyWhen?.includes(value);
}

export type AnswerIssueCode =
  'required' | 'invalid-value' | 'wrong-type' | 'empty' | 'duplicate' | 'exclusive' | 'unknown-key';

export interface AnswerIssue {
  /** The dotted id (or, for an unknown key, the key's dotted path). */
  readonly path: string;
  readonly code: AnswerIssueCode;
  readonly message: string;
}

function leafIssue(q: Question, value: unknown): AnswerIssue | undefined {
  const result = answerSchema(q).safeParse(value);
  if (result.success) return undefined;
  const first = result.error.issues[0];
  const list = q.values.join(', ');
  let code: AnswerIssueCode = 'invalid-value';
  if (first?.code === 'invalid_type') code = 'wrong-type';
  else if (first?.code === 'too_small') code = 'empty';
  else if (first?.code === 'custom') code = (first.params?.reason as AnswerIssueCode) ?? code;
  const messages: Record<AnswerIssueCode, string> = {
    required: 'an answer is required',
    'invalid-value': `expected one of: ${list}`,
    'wrong-type':
      q.kind === 'multi' ? `expected a list of: ${list}` : `expected one of: ${list} (a string)`,
    empty: `choose at least one, or "${q.kind === 'multi' ? q.exclusive : ''}"`,
    duplicate: 'a value is repeated',
    exclusive: `"${q.kind === 'multi' ? q.exclusive : ''}" cannot be combined with other values`,
    'unknown-key': 'not a question of the contract',
  };
  return { path: q.id, code, message: `${q.id}: ${messages[code]}` };
}

export interface WalkResult {
  /** Only the questions that are asked and answered validly; nothing else is copied. */
  readonly answers: Answers;
  readonly issues: readonly AnswerIssue[];
  /** The first question, in asking order, whose answer is an emergency trigger. */
  readonly emergencyAt?: QuestionId;
  /** Questions asked after an emergency that have no answer (rated as lowest risk). */
  readonly unanswered: readonly QuestionId[];
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
  const clean: Record<string, unknown> = structuredClone(context);
  const answers: Record<string, unknown> = {};
  const issues: AnswerIssue[] = [];
  const unanswered: QuestionId[] = [];
  let emergencyAt: QuestionId | undefined;
  for (const q of questions) {
    if (!askedWhen(q, clean)) continue;
    const value = readAnswer(raw, q.id);
    if (value === undefined) {
      if (emergencyAt) unanswered.push(q.id as QuestionId);
      else issues.push({ path: q.id, code: 'required', message: `${q.id}: an answer is required` });
      continue;
    }
    const issue = leafIssue(q, value);
    if (issue) {
      issues.push(issue);
      continue;
    }
    writeAnswer(clean, q.id, value);
    writeAnswer(answers, q.id, value);
    if (!emergencyAt && isEmergencyAnswer(q, value)) emergencyAt = q.id as QuestionId;
  }
  return { answers: answers, issues, emergencyAt, unanswered };
}

/** Keys that are not questions of the contract, as dotted paths. */
export function unknownKeys(raw: unknown): AnswerIssue[] {
  const result = answersShape.safeParse(raw);
  if (result.success) return [];
  return result.error.issues.flatMap((issue): AnswerIssue[] => {
    const base = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const path = [...base, key].join('.');
        return { path, code: 'unknown-key', message: `${path}: not a question of the contract` };
      });
    }
    // A section that is not an object, or the whole set not being one.
    if (issue.code === 'invalid_type' && issue.path.length <= 1) {
      const path = base.join('.') || '(answers)';
      return [{ path, code: 'wrong-type', message: `${path}: expected an object` }];
    }
    return []; // leaf problems are reported by the walk, with skip logic applied
  });
}

const isPlainObject = (o: unknown): o is Record<string, unknown> =>
  typeof o === 'object' && o !== null && !Array.isArray(o);

/**
 * Own enumerable properties only, two levels deep (sections, then questions): whatever sits on
 * a prototype can neither answer a question nor be reported as one. `fromEntries` defines keys
 * as data, so an own "__proto__" key stays a key (and is rejected as unknown).
 */
function ownData(raw: unknown, depth = 2): unknown {
  if (!isPlainObject(raw) || depth === 0) return raw;
  return Object.fromEntries(Object.keys(raw).map((k) => [k, ownData(raw[k], depth - 1)]));
}

/** Validates a whole answer set: structure, skip logic, partial sets cut by an emergency. */
export function checkAnswerSet(input: unknown): WalkResult {
  const raw = ownData(input);
  const structural = unknownKeys(raw);
  const walked = walkAnswers(raw);
  return structural.length ? { ...walked, issues: [...structural, ...walked.issues] } : walked;
}

/**
 * The zod schema of a full answer set: unknown keys rejected, answers to questions that are
 * not asked dropped, the output holding only what the engine may read.
 */
export const answerSetSchema = z.pipe(
  z.unknown(),
  z.transform((raw: unknown, ctx): Answers => {
    const { answers, issues } = checkAnswerSet(raw);
    for (const issue of issues) {
      ctx.issues.push({
        code: 'custom',
        message: issue.message,
        path: issue.path.split('.'),
        input: raw,
        params: { reason: issue.code },
      });
    }
    return answers;
  }),
);
