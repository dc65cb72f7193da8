/**
 * The engine's check of a whole answer set, read from the bank (./bank.ts): the set's shape (no
 * key that is not a question of the contract, sections are objects), then the walk
 * (./answers.ts: each answer valid, skip logic applied). The engine, the handoff code and the
 * result screen all check answers with this, and nothing else. No zod: the result screen runs
 * it on every Continue into it, and a zod parse of the whole set was most of that Continue's work.
 */
import { QUESTIONS } from './bank';
import {
  questionById,
  splitId,
  walkAnswers,
  type AnswerIssue,
  type AnswerIssueCode,
  type WalkIssue,
  type WalkResult,
} from './answers';

/** Top-level questions (`respondent`), and each section's question keys, in the bank's order. */
const topQuestions = new Set<string>();
const sectionKeys = new Map<string, Set<string>>();
for (const q of QUESTIONS) {
  const [section, key] = splitId(q.id);
  if (key === undefined) topQuestions.add(section);
  else {
    let keys = sectionKeys.get(section);
    if (!keys) sectionKeys.set(section, (keys = new Set()));
    keys.add(key);
  }
}

const isPlainObject = (o: unknown): o is Record<string, unknown> =>
  typeof o === 'object' && o !== null && !Array.isArray(o);

const unknownKey = (path: string): AnswerIssue => ({
  path,
  code: 'unknown-key',
  message: `${path}: not a question of the contract`,
});
const notAnObject = (path: string): AnswerIssue => ({
  path,
  code: 'wrong-type',
  message: `${path}: expected an object`,
});

/**
 * Keys that are not questions of the contract, and sections (or the set) that are not objects.
 * Each section's problems in the bank's order, then the set's unknown keys.
 */
export function structuralIssues(raw: unknown): AnswerIssue[] {
  if (!isPlainObject(raw)) return [notAnObject('(answers)')];
  const issues: AnswerIssue[] = [];
  for (const [section, keys] of sectionKeys) {
    const value = raw[section];
    if (value === undefined) continue;
    if (!isPlainObject(value)) issues.push(notAnObject(section));
    else
      for (const key of Object.keys(value))
        if (!keys.has(key)) issues.push(unknownKey(`${section}.${key}`));
  }
  for (const key of Object.keys(raw))
    if (!topQuestions.has(key) && !sectionKeys.has(key)) issues.push(unknownKey(key));
  return issues;
}

/**
 * Own enumerable properties only, two levels deep (sections, then questions): whatever sits on
 * a prototype can neither answer a question nor be reported as one. `fromEntries` defines keys
 * as data, so an own "__proto__" key stays a key (and is rejected as unknown).
 */
export function ownData(raw: unknown, depth = 2): unknown {
  if (!isPlainObject(raw) || depth === 0) return raw;
  return Object.fromEntries(Object.keys(raw).map((k) => [k, ownData(raw[k], depth - 1)]));
}

/**
 * A walk issue in words, for the engine's errors (the walk itself leaves them out: it runs on
 * the first load, these messages are only read here).
 */
export function describeIssue({ path, code }: WalkIssue): AnswerIssue {
  const q = questionById.get(path);
  const list = q?.values.join(', ') ?? '';
  const exclusive = q?.kind === 'multi' ? q.exclusive : '';
  const messages: Record<AnswerIssueCode, string> = {
    required: 'an answer is required',
    'invalid-value': `expected one of: ${list}`,
    'wrong-type':
      q?.kind === 'multi' ? `expected a list of: ${list}` : `expected one of: ${list} (a string)`,
    empty: `choose at least one, or "${exclusive}"`,
    duplicate: 'a value is repeated',
    exclusive: `"${exclusive}" cannot be combined with other values`,
    'unknown-key': 'not a question of the contract',
  };
  return { path, code, message: `${path}: ${messages[code]}` };
}

/** A whole answer set checked: the walk's result, each issue with its message. */
export interface CheckedAnswerSet extends Omit<WalkResult, 'issues'> {
  readonly issues: readonly AnswerIssue[];
}

/** Validates a whole answer set: structure, skip logic, partial sets cut by an emergency. */
export function checkAnswerSet(input: unknown): CheckedAnswerSet {
  const raw = ownData(input);
  const structural = structuralIssues(raw);
  const walked = walkAnswers(raw);
  return { ...walked, issues: [...structural, ...walked.issues.map(describeIssue)] };
}
