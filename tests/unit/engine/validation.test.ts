/**
 * recommend() validates before it decides (assessment contract v1 §1 and §3): a malformed
 * answer set is a thrown InvalidAnswersError whose issues name every bad field; an answer to a
 * question the skip logic does not ask is ignored, whatever its value. Also the integrity of
 * the question bank and its screens, which the engine, the forms and the docs all rely on.
 */
import { describe, expect, it } from 'vitest';
import {
  BANK,
  answeredIds,
  cloneAnswers,
  normalise,
  questionOf,
  withAnswer,
  type AnswerObject,
} from '../../arbitraries';
import { SECTIONS } from '../../../src/questions/bank';
import { splitId, type AnswerIssue } from '../../../src/questions/answers';
import { SCREENS } from '../../../src/questions/screens';
import { InvalidAnswersError, recommend } from '../../../src/results/recommend';

/** A valid set in which every question of the bank is asked. */
const FULL: AnswerObject = {
  respondent: 'self',
  about: { age: '18-64' },
  safety: { emergencyNow: 'no' },
  use: {
    substances: ['alcohol', 'opioids'],
    frequency: 'daily',
    lastUse: 'days',
    criteria: ['larger-amounts', 'cut-down', 'craving', 'tolerance'],
  },
  withdrawal: { history: ['none'], current: 'mild' },
  medical: { condition: 'stable', pregnant: 'no' },
  suicide: { wishedDead: 'yes', betterOff: 'no', thoughts: 'no', attempt: 'no', now: 'no' },
  mental: { symptoms: 'mild' },
  readiness: { stage: 'unsure' },
  history: { treatment: ['iop', 'php'], relapsedAfter: 'yes', recentDischarge: 'no' },
  living: { situation: 'stable', othersUse: 'no', safe: 'yes', support: 'some', transport: 'yes' },
  obligations: { roles: ['work-full'], canStepAway: 'daytime', schedule: 'evening' },
  insurance: { type: 'medicaid' },
};

/** A valid set that uses no substance: the use, withdrawal and history follow-ups are not asked. */
const SOBER: AnswerObject = normalise({
  ...cloneAnswers(FULL),
  use: { substances: ['none'] },
  withdrawal: undefined,
  history: undefined,
});

function without(answers: AnswerObject, id: string): AnswerObject {
  const out = cloneAnswers(answers);
  const [section, key] = splitId(id);
  if (key === undefined) delete out[section];
  else delete (out[section] as Record<string, unknown>)[key];
  return out;
}

function rejection(raw: unknown): InvalidAnswersError {
  try {
    recommend(raw);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidAnswersError);
    expect((error as Error).name).toBe('InvalidAnswersError');
    return error as InvalidAnswersError;
  }
  throw new Error(`expected recommend() to reject ${JSON.stringify(raw)}`);
}

/** Rejected, with an issue for `path` (of one of `codes`) whose message names it. */
function expectRejected(
  raw: unknown,
  path: string,
  codes: readonly AnswerIssue['code'][],
): AnswerIssue {
  const error = rejection(raw);
  const issue = error.issues.find((i) => i.path === path);
  expect(issue, `no issue for ${path} in ${JSON.stringify(error.issues)}`).toBeDefined();
  expect(codes).toContain(issue!.code);
  expect(issue!.message).toContain(path);
  expect(error.message).toContain(path);
  return issue!;
}

describe('the fixtures', () => {
  it('FULL is valid and asks every question; SOBER is valid', () => {
    expect(answeredIds(FULL)).toEqual(BANK.map((q) => q.id));
    expect(normalise(FULL)).toEqual(FULL);
    expect(() => recommend(FULL)).not.toThrow();
    expect(() => recommend(SOBER)).not.toThrow();
    expect(answeredIds(SOBER)).not.toContain('use.frequency');
  });
});

describe('malformed answers are rejected with InvalidAnswersError naming the field', () => {
  const valueCodes = ['invalid-value', 'wrong-type'] as const;

  it.each([
    ['a number for a single choice', 'respondent', 1],
    ['a number for a nested single choice', 'about.age', 18],
    ['a boolean for a single choice', 'living.safe', true],
    ['an array where a string is expected', 'living.situation', ['stable']],
    ['an object where a string is expected', 'medical.condition', { value: 'none' }],
    ['null for a single choice', 'medical.pregnant', null],
  ])('wrong type: %s (%s)', (_label, path, value) => {
    expectRejected(withAnswer(FULL, path, value), path, valueCodes);
  });

  it.each([
    ['a string where a list is expected', 'use.substances', 'alcohol'],
    ['a number where a list is expected', 'use.criteria', 3],
    ['null where a list is expected', 'obligations.roles', null],
    ['an object where a list is expected', 'history.treatment', { 0: 'iop' }],
    ['a list of numbers', 'withdrawal.history', [1, 2]],
  ])('wrong type: %s (%s)', (_label, path, value) => {
    expectRejected(withAnswer(FULL, path, value), path, valueCodes);
  });

  it.each([
    ['a number', 5],
    ['a string', 'answers'],
    ['null', null],
    ['undefined', undefined],
    ['an array', [FULL]],
    ['a boolean', true],
  ])('wrong type: the whole set is %s', (_label, raw) => {
    expectRejected(raw, '(answers)', ['wrong-type']);
  });

  it.each([
    ['a string', 'use', 'alcohol'],
    ['an array', 'living', [FULL.living]],
    ['null', 'medical', null],
    ['a number', 'about', 42],
  ])('wrong type: a section is %s (%s)', (_label, section, value) => {
    expectRejected({ ...FULL, [section]: value }, section, ['wrong-type']);
  });

  it.each([
    ['respondent', 'robot'],
    ['about.age', '18-65'],
    ['living.situation', 'Stable'],
    ['suicide.now', 'maybe'],
    ['use.lastUse', 'months'], // the engine's "if not asked" value is not an answer
  ])('unknown value for %s: %j', (path, value) => {
    const issue = expectRejected(withAnswer(FULL, path, value), path, ['invalid-value']);
    expect(issue.message).toMatch(/expected one of/);
  });

  it('unknown value in a multi-select', () => {
    expectRejected(withAnswer(FULL, 'use.substances', ['alcohol', 'beer']), 'use.substances', [
      'invalid-value',
    ]);
  });

  it.each(BANK.filter((q) => q.kind === 'multi').map((q) => [q.id] as const))(
    'empty multi-select: %s',
    (path) => {
      expectRejected(withAnswer(FULL, path, []), path, ['empty']);
    },
  );

  it.each(BANK.filter((q) => q.kind === 'multi').map((q) => [q.id] as const))(
    '"none" with another value: %s',
    (path) => {
      const q = questionOf(path);
      const other = q.values.find((v) => q.kind === 'multi' && v !== q.exclusive)!;
      expectRejected(withAnswer(FULL, path, [other, 'none']), path, ['exclusive']);
      expectRejected(withAnswer(FULL, path, ['none', other]), path, ['exclusive']);
    },
  );

  it.each([
    ['use.substances', ['alcohol', 'alcohol']],
    ['use.criteria', ['craving', 'tolerance', 'craving']],
    ['obligations.roles', ['none', 'none']],
  ])('duplicate values: %s', (path, value) => {
    expectRejected(withAnswer(FULL, path, value), path, ['duplicate', 'exclusive']);
  });

  it.each(BANK.map((q) => [q.id] as const))('missing required answer: %s', (path) => {
    expectRejected(without(FULL, path), path, ['required']);
  });

  it('a missing section makes each of its asked questions required', () => {
    const error = rejection({ ...FULL, living: undefined });
    const paths = error.issues.filter((i) => i.code === 'required').map((i) => i.path);
    expect(paths).toEqual([
      'living.situation',
      'living.safe',
      'living.support',
      'living.transport',
    ]);
  });

  it.each([
    ['top level', { ...FULL, foo: 'bar' }, 'foo'],
    ['top level, a section-like name', { ...FULL, safetyNow: { x: 1 } }, 'safetyNow'],
    ['inside a section', withAnswer(FULL, 'use.foo', 'daily'), 'use.foo'],
    ['a question id written flat', { ...FULL, 'about.age': '18-64' }, 'about.age'],
    ['constructor, top level', { ...FULL, constructor: {} }, 'constructor'],
    ['constructor, inside a section', withAnswer(FULL, 'use.constructor', 'x'), 'use.constructor'],
    ['toString, inside a section', withAnswer(FULL, 'living.toString', 'x'), 'living.toString'],
  ])('unknown key, %s', (_label, raw, path) => {
    expectRejected(raw, path, ['unknown-key']);
  });

  it('names every bad field, not only the first', () => {
    const raw = withAnswer(
      withAnswer(without(FULL, 'about.age'), 'use.substances', []),
      'use.foo',
      1,
    );
    const paths = rejection(raw).issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['about.age', 'use.substances', 'use.foo']));
  });
});

describe('__proto__ and constructor keys', () => {
  const json = (text: string): unknown => JSON.parse(text);
  const fullJson = JSON.stringify(FULL);

  it('an own "__proto__" key from JSON.parse is an unknown key, at the top and in a section', () => {
    const top = json(`{"__proto__":{"respondent":"other"},${fullJson.slice(1)}`);
    expect(Object.prototype.hasOwnProperty.call(top, '__proto__')).toBe(true);
    expectRejected(top, '__proto__', ['unknown-key']);
    const inner = json(fullJson.replace('"use":{', '"use":{"__proto__":{"frequency":"daily"},'));
    expectRejected(inner, 'use.__proto__', ['unknown-key']);
  });

  it('a JSON "__proto__" key can neither answer a question nor pollute Object.prototype', () => {
    const raw = json(`{"__proto__":${fullJson}}`);
    const error = rejection(raw);
    expect(error.issues).toContainEqual(
      expect.objectContaining({ path: 'respondent', code: 'required' }),
    );
    expect(error.issues).toContainEqual(
      expect.objectContaining({ path: '__proto__', code: 'unknown-key' }),
    );
    const polluting = json(
      `{"__proto__":{"polluted":"yes","respondent":"self"},${fullJson.slice(1)}`,
    );
    expect(() => recommend(polluting)).toThrow(InvalidAnswersError);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).respondent).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('answers on a prototype (a __proto__ literal) are not read', () => {
    // Every answer inherited, none own: nothing is answered.
    const inherited = { __proto__: cloneAnswers(FULL) } as unknown as AnswerObject;
    expect(inherited.respondent).toBe('self'); // readable through the chain…
    const error = rejection(inherited); // …but not an answer
    expect(error.issues.map((i) => i.path)).toEqual(
      expect.arrayContaining(['respondent', 'about.age', 'safety.emergencyNow', 'use.substances']),
    );
    // A section whose answers are all inherited.
    const section = { ...cloneAnswers(FULL), use: { __proto__: cloneAnswers(FULL).use } };
    expectRejected(section, 'use.substances', ['required']);
  });

  it('an inherited answer to a question never overrides or fills in an own answer', () => {
    const expected = recommend(FULL);
    const shadowed = {
      __proto__: { respondent: 'other', about: { age: '65-plus' } },
      ...cloneAnswers(FULL),
    };
    expect(recommend(shadowed)).toEqual(expected);
    const sober = {
      __proto__: { use: { frequency: 'daily', criteria: ['craving'] } },
      ...cloneAnswers(SOBER),
    };
    expect(recommend(sober)).toEqual(recommend(SOBER));
    const inSection = {
      ...cloneAnswers(SOBER),
      use: { __proto__: { frequency: 'daily', lastUse: 'today' }, substances: ['none'] },
    };
    expect(recommend(inSection)).toEqual(recommend(SOBER));
  });

  // Regression tests for an engine bug these tests found (fixed in commit 3192fc1, "Engine:
  // read own properties only"): the structural check ran answersShape, a zod strictObject,
  // on the raw input; zod enumerates keys with for…in and reads declared keys with input[key],
  // so an enumerable key on the prototype of the answers object or of a section was reported
  // as an unknown key, and an inherited section was type-checked: a valid set was rejected.
  // Keys on a prototype are not the set's own data and must change nothing.
  it('a non-question key on a prototype changes nothing (top level)', () => {
    const raw = { __proto__: { foo: 1 }, ...cloneAnswers(FULL) };
    expect(() => recommend(raw)).not.toThrow();
    expect(recommend(raw)).toEqual(recommend(FULL));
  });

  it('a non-question key on a prototype changes nothing (inside a section)', () => {
    const raw = {
      ...cloneAnswers(FULL),
      use: { __proto__: { foo: 1 }, ...(cloneAnswers(FULL).use as AnswerObject) },
    };
    expect(() => recommend(raw)).not.toThrow();
    expect(recommend(raw)).toEqual(recommend(FULL));
  });

  it('an inherited section is not validated through the prototype', () => {
    // SOBER has no `history` section (none of its questions is asked); one on the prototype
    // must not be read, let alone rejected as "history: expected an object".
    const raw = { __proto__: { history: 5 }, ...cloneAnswers(SOBER) };
    expect(() => recommend(raw)).not.toThrow();
    expect(recommend(raw)).toEqual(recommend(SOBER));
  });

  it('a set on a null-prototype object is read like any other', () => {
    const bare = Object.assign(Object.create(null) as AnswerObject, cloneAnswers(FULL));
    bare.use = Object.assign(Object.create(null) as AnswerObject, FULL.use);
    expect(recommend(bare)).toEqual(recommend(FULL));
  });
});

describe('a stale answer to a question that is not asked is ignored', () => {
  it.each([
    ['use.frequency', 42],
    ['use.frequency', 'daily'],
    ['use.lastUse', ['today']],
    ['use.criteria', 'lots'],
    ['use.criteria', ['craving', 'craving', 'none']],
    ['withdrawal.current', 'severe'], // even an emergency value
    ['withdrawal.history', []],
    ['history.treatment', ['residential']],
    ['history.relapsedAfter', null],
    ['history.recentDischarge', 'yes'],
  ])('substances none, with %s: %j', (path, value) => {
    expect(recommend(withAnswer(SOBER, path, value))).toEqual(recommend(SOBER));
  });

  it.each([
    ['suicide.now', 'yes', 'ASQ negative'],
    ['living.othersUse', 'maybe', 'living in sober living'],
    ['use.lastUse', 'today', 'not used in the past 30 days'],
    ['history.recentDischarge', 'yes', 'only outpatient treatment'],
  ])('%s = %j when %s', (path, value) => {
    const base = normalise({
      ...cloneAnswers(FULL),
      suicide: { wishedDead: 'no', betterOff: 'no', thoughts: 'no', attempt: 'no' },
      living: { ...(FULL.living as object), situation: 'sober-living', othersUse: undefined },
      use: { ...(FULL.use as object), frequency: 'not-recent', lastUse: undefined },
      history: { treatment: ['outpatient'], relapsedAfter: 'no' },
    });
    expect(answeredIds(base)).not.toContain(path);
    expect(recommend(withAnswer(base, path, value))).toEqual(recommend(base));
  });

  it('an unknown key next to a stale answer is still rejected', () => {
    const raw = withAnswer(withAnswer(SOBER, 'use.frequency', 42), 'use.foo', 1);
    expectRejected(raw, 'use.foo', ['unknown-key']);
  });
});

describe('question bank integrity', () => {
  const ids = BANK.map((q) => q.id);
  const indexOf = (id: string) => ids.indexOf(id);

  it('has unique ids, each in its own section', () => {
    expect(new Set(ids).size).toBe(ids.length);
    for (const q of BANK) {
      expect(SECTIONS).toContain(q.section);
      expect(splitId(q.id)[0]).toBe(q.section);
      expect(new Set(q.values).size).toBe(q.values.length);
    }
  });

  it.each(BANK.filter((q) => q.kind === 'single').map((q) => [q.id, q] as const))(
    'riskOrder of %s is a permutation of its values',
    (_id, q) => {
      if (q.kind !== 'single') throw new Error('single only');
      expect([...q.riskOrder].sort()).toEqual([...q.values].sort());
      expect(q.riskOrder).toHaveLength(q.values.length);
    },
  );

  it.each(BANK.filter((q) => q.kind === 'multi').map((q) => [q.id, q] as const))(
    'the exclusive value of %s is one of its values',
    (_id, q) => {
      if (q.kind !== 'multi') throw new Error('multi only');
      expect(q.values).toContain(q.exclusive);
      expect(q.values.length).toBeGreaterThan(1);
    },
  );

  it.each(BANK.filter((q) => q.askedWhen).map((q) => [q.id, q] as const))(
    'every askedWhen condition of %s refers to an earlier question and to values it has',
    (_id, q) => {
      const rule = q.askedWhen!;
      const conditions = 'all' in rule ? rule.all : rule.any;
      expect(conditions.length).toBeGreaterThan(0);
      for (const c of conditions) {
        expect(ids, `${q.id} depends on unknown ${c.question}`).toContain(c.question);
        expect(indexOf(c.question), `${q.id} depends on later ${c.question}`).toBeLessThan(
          indexOf(q.id),
        );
        const values = [...(c.anyOf ?? []), ...(c.noneOf ?? [])];
        expect(values.length).toBeGreaterThan(0);
        for (const v of values) expect(questionOf(c.question).values).toContain(v);
      }
    },
  );

  it('emergency values are values of their question and the riskiest end of its riskOrder', () => {
    const withTriggers = BANK.filter((q) => q.kind === 'single' && q.emergencyWhen?.length);
    expect(withTriggers.map((q) => q.id)).toEqual([
      'safety.emergencyNow',
      'withdrawal.current',
      'suicide.now',
    ]);
    for (const q of withTriggers) {
      if (q.kind !== 'single') continue;
      const triggers = q.emergencyWhen!;
      for (const v of triggers) expect(q.values).toContain(v);
      expect([...q.riskOrder.slice(-triggers.length)].sort()).toEqual([...triggers].sort());
    }
  });

  it('"if not asked" values are the contract\'s', () => {
    const ifNotAsked = Object.fromEntries(
      BANK.filter((q) => q.askedWhen).map((q) => [
        q.id,
        q.kind === 'multi' ? [q.exclusive] : q.ifNotAsked,
      ]),
    );
    expect(ifNotAsked).toEqual({
      'use.frequency': undefined, // "—": never read when no substance is used
      'use.lastUse': 'months',
      'use.criteria': ['none'],
      'withdrawal.history': ['none'],
      'withdrawal.current': 'none',
      'suicide.now': 'no',
      'history.treatment': ['none'],
      'history.relapsedAfter': 'no',
      'history.recentDischarge': 'no',
      'living.othersUse': 'no',
    });
  });

  describe('screens', () => {
    const screenIds = SCREENS.map((s) => [...s.questions] as string[]);
    const screenOf = (id: string) => screenIds.filter((s) => s.includes(id));

    it('hold every question exactly once, and only questions of the bank', () => {
      for (const id of ids) expect(screenOf(id), id).toHaveLength(1);
      expect(screenIds.flat().sort()).toEqual([...ids].sort());
      expect(new Set(SCREENS.map((s) => s.id)).size).toBe(SCREENS.length);
    });

    it('are in bank order', () => {
      expect(screenIds.flat()).toEqual(ids);
    });

    it('never mix sections', () => {
      for (const s of SCREENS) {
        const sections = new Set(s.questions.map((id) => questionOf(id).section));
        expect(sections.size, s.id).toBe(1);
      }
    });

    it('give safety.emergencyNow and suicide.now a screen of their own; the four other ASQ items share one', () => {
      expect(screenOf('safety.emergencyNow')).toEqual([['safety.emergencyNow']]);
      expect(screenOf('suicide.now')).toEqual([['suicide.now']]);
      expect(screenOf('suicide.wishedDead')).toEqual([
        ['suicide.wishedDead', 'suicide.betterOff', 'suicide.thoughts', 'suicide.attempt'],
      ]);
    });

    it('end with each emergency trigger question, so nothing on its screen follows it', () => {
      for (const q of BANK) {
        if (q.kind !== 'single' || !q.emergencyWhen?.length) continue;
        const [screen] = screenOf(q.id);
        expect(screen?.at(-1), q.id).toBe(q.id);
      }
    });
  });
});
