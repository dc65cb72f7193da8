/**
 * The zod schemas of record, derived from the question bank: one leaf schema per question, the
 * nested answers shape react-hook-form uses (and the `Answers` type), and the whole-set schema.
 * The app runs the same checks in plain code (./answers.ts, ./answer-set.ts), held equal to
 * these by property tests; zod loads only to check a saved session.
 */
import * as z from 'zod/mini';
import { QUESTIONS, SECTIONS, type Question } from './bank';
import { splitId, type AnswerIssue, type BankQuestion, type QuestionOf } from './answers';
import { checkAnswerSet } from './answer-set';

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

/**
 * Keys that are not questions of the contract, as dotted paths, and sections that are not
 * objects: by the zod shape of record. The engine runs the same check in plain code
 * (./answer-set.ts, `structuralIssues`); a property test holds the two equal.
 */
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
