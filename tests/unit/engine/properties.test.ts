/**
 * Property tests of recommend() (assessment contract v1 §1–3) over answer sets generated from
 * the question bank (tests/arbitraries.ts).
 */
import fc from 'fast-check';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import {
  BANK,
  EMERGENCY_TRIGGERS,
  answerSetArb,
  answeredIds,
  cloneAnswers,
  isAsked,
  isEmergencyValue,
  lowestValue,
  normalise,
  partialAnswerSetArb,
  questionOf,
  riskierVariants,
  setAnswer,
  triggeredAnswerSetArb,
  holdsTrigger,
  withAnswer,
  type AnswerObject,
  type EmergencyTrigger,
} from '../../arbitraries';
import { readAnswer } from '../../../src/questions/answers';
import { resolveAnswers } from '../../../src/questions/resolve';
import { LEVEL_ORDER, NOTE_CODES, type Level } from '../../../src/results/levels';
import {
  asamLevelSchema,
  levelSchema,
  severitySchema,
  urgencySchema,
  withdrawalSchema,
} from '../../../src/results/result-schema';
import {
  InvalidAnswersError,
  decide,
  recommend,
  type Recommendation,
} from '../../../src/results/recommend';

/** Enough runs to matter, few enough to keep the file well under 20 s on two cores. */
const RUNS = {
  general: 600,
  perTrigger: 150,
  /** Monotonicity runs the decision procedure only (see decideValid), so it can afford more. */
  perQuestion: 500,
  urgency: 300,
  stale: 300,
  partial: 250,
};

/**
 * recommend() without its validation, for a set already known to be valid and complete (every
 * asked question answered, nothing else present): what recommend() computes after checking it.
 * The first property below asserts that the two agree; validation dominates recommend()'s cost,
 * so the monotonicity properties use this to run many more cases.
 */
const decideValid = (answers: AnswerObject): Recommendation =>
  decide(resolveAnswers({ answers, unanswered: [] }));

const rating = z.int().check(z.minimum(0), z.maximum(4));
/** Contract §3, as a schema: every result must pass it. */
const resultSchema = z.strictObject({
  contractVersion: z.literal(1),
  level: levelSchema,
  asamLevel: z.nullable(asamLevelSchema),
  withdrawal: withdrawalSchema,
  urgency: urgencySchema,
  severity: severitySchema,
  criteriaCount: z.int().check(z.minimum(0), z.maximum(11)),
  dimensions: z.strictObject({
    d1: rating,
    d2: rating,
    d3: rating,
    d4: rating,
    d5: rating,
    d6: rating,
  }),
  alternative: z.nullable(z.enum(LEVEL_ORDER)),
  reasons: z.array(z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/))),
  notes: z.array(z.enum(NOTE_CODES)),
});

/** Contract Step 3, `asamLevel`. */
const ASAM_FOR: Record<Level, readonly (string | null)[]> = {
  emergency: [null],
  residential: ['3.5', '3.7'],
  php: ['2.5'],
  iop: ['2.1'],
  outpatient: ['1'],
  'early-intervention': ['0.5'],
};

/** The reason code that names each emergency trigger (contract Step 0). */
const EMERGENCY_REASON: Record<string, string> = {
  'safety.emergencyNow': 'emergency-danger-now',
  'suicide.now': 'emergency-suicide-now',
  'withdrawal.current': 'emergency-severe-withdrawal',
};

/** Least to most intensive, emergency above residential. */
const levelRank = (level: Level): number =>
  level === 'emergency' ? LEVEL_ORDER.length : LEVEL_ORDER.indexOf(level);
/**
 * The level's rank, with a medically monitored residential (3.7) above 3.5. That split is
 * implied by the contract: the floors marked "medically monitored" (D1 ≥ 3; D2 = 3; D3 = 3 with
 * severe use) only grow as answers get riskier.
 */
const placementRank = (r: Recommendation): number =>
  2 * levelRank(r.level) + (r.asamLevel === '3.7' ? 1 : 0);
const URGENCY_RANK = { soon: 0, today: 1, emergency: 2 } as const;

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** Codes of the emergency triggers that `answers` holds. */
const firedTriggers = (answers: AnswerObject): string[] =>
  Object.keys(EMERGENCY_REASON).filter((id) =>
    isEmergencyValue(questionOf(id), readAnswer(answers, id)),
  );

describe('every valid answer set', () => {
  it('gives exactly one well-formed result, the same each time, without touching the input', () => {
    fc.assert(
      fc.property(answerSetArb(), (answers) => {
        const input = deepFreeze(cloneAnswers(answers));
        const result = recommend(input);
        expect(resultSchema.safeParse(result).success).toBe(true);
        expect(result.contractVersion).toBe(1);
        expect(recommend(input)).toEqual(result);
        expect(input).toEqual(answers);
        expect(decideValid(answers)).toEqual(result);
      }),
      { numRuns: RUNS.general },
    );
  });

  it('has an ASAM number that matches its level, and the shape its level requires', () => {
    fc.assert(
      fc.property(answerSetArb(), (answers) => {
        const r = recommend(answers);
        expect(ASAM_FOR[r.level]).toContain(r.asamLevel);
        expect(new Set(r.reasons).size).toBe(r.reasons.length);
        expect(new Set(r.notes).size).toBe(r.notes.length);
        expect(r.reasons.length).toBeGreaterThan(0);
        if (r.level === 'emergency') {
          expect(r.urgency).toBe('emergency');
          expect(r.alternative).toBeNull();
          expect(r.notes).toEqual([]);
        } else {
          expect(r.urgency).not.toBe('emergency');
          expect(r.notes).toContain('insurance'); // "always"
        }
      }),
      { numRuns: RUNS.general },
    );
  });

  it('offers an alternative only when it is strictly less intensive than the level', () => {
    let offered = 0;
    fc.assert(
      fc.property(answerSetArb(), (answers) => {
        const r = recommend(answers);
        if (r.alternative === null) return;
        offered += 1;
        expect(r.level).not.toBe('emergency');
        expect(levelRank(r.alternative)).toBeLessThan(levelRank(r.level));
      }),
      { numRuns: RUNS.general },
    );
    expect(offered).toBeGreaterThan(0); // the property was exercised
  });

  it('reaches every level (the generator is not blind to any of them)', () => {
    const seen = new Set(
      fc.sample(answerSetArb(), { numRuns: 400, seed: 1 }).map((a) => recommend(a).level),
    );
    expect([...seen].sort()).toEqual([...levelSchema.options].sort());
  });
});

describe('emergency triggers (Step 0)', () => {
  it('are exactly the ones of the contract', () => {
    expect(EMERGENCY_TRIGGERS).toEqual([
      { question: 'safety.emergencyNow', value: 'yes' },
      { question: 'withdrawal.current', value: 'severe' },
      { question: 'suicide.now', value: 'yes' },
      { question: 'suicide.now', value: 'decline' },
    ]);
  });

  it.each(EMERGENCY_TRIGGERS.map((t) => [`${t.question} = ${t.value}`, t] as const))(
    '%s always gives an emergency, whatever the other answers',
    (_label, trigger: EmergencyTrigger) => {
      fc.assert(
        fc.property(triggeredAnswerSetArb(trigger), (answers) => {
          fc.pre(holdsTrigger(answers, trigger));
          const r = recommend(answers);
          expect(r.level).toBe('emergency');
          expect(r.urgency).toBe('emergency');
          expect(r.asamLevel).toBeNull();
          expect(r.alternative).toBeNull();
          expect(r.notes).toEqual([]);
          const fired = firedTriggers(answers);
          expect(fired).toContain(trigger.question);
          // The reasons name the trigger or triggers that fired, and nothing else, always in the
          // order of EMERGENCY_REASON (docs/decision-table.md's, as reviewed).
          expect(r.reasons).toEqual(fired.map((id) => EMERGENCY_REASON[id]));

          // Severity, dimensions and withdrawal management are still computed (for staff):
          // they are what the same answers give with every trigger set to its lowest risk.
          let defused = answers;
          for (const id of fired) defused = withAnswer(defused, id, lowestValue(questionOf(id)));
          const calm = recommend(normalise(defused));
          expect(calm.level).not.toBe('emergency');
          expect(r.severity).toBe(calm.severity);
          expect(r.criteriaCount).toBe(calm.criteriaCount);
          if (fired.includes('withdrawal.current')) {
            expect(r.dimensions).toEqual({ ...calm.dimensions, d1: 4 });
            expect(r.withdrawal).toBe('inpatient');
          } else {
            expect(r.dimensions).toEqual(calm.dimensions);
            expect(r.withdrawal).toBe(calm.withdrawal);
          }
        }),
        { numRuns: RUNS.perTrigger },
      );
    },
  );
});

/*
 * Monotonicity: making one answer riskier never lowers the level (emergency above
 * residential; here also 3.7 above 3.5). "Riskier" is a later value in the question's
 * riskOrder (bank.ts), or, for a multi-select, one more value (from [exclusive], any value).
 * A question the change newly asks gets its lowest-risk value; one it un-asks is dropped.
 *
 * Where the contract is, or might look, non-monotone along each order (level):
 *   respondent, readiness.stage, medical.pregnant, living.transport, obligations.*,
 *     insurance.type — never move the level (they feed notes, D2 = 2, D4, urgency or the
 *     alternative only). Monotone.
 *   about.age — 65-plus can only add D1 = 3. Monotone.
 *   safety.emergencyNow, suicide.now, withdrawal.current = severe — emergency. Monotone.
 *   use.substances — [none] → one substance newly asks frequency (lowest: not-recent),
 *     criteria ([none]), treatment ([none]) and, for alcohol/benzodiazepines/opioids, the
 *     withdrawal questions (none/none): severity stays none, the level stays
 *     early-intervention. Adding a substance only adds the sedative/opioid facts. 'none' can
 *     never be added to a list (it must stand alone). Monotone.
 *   use.frequency — not-recent → monthly leaves the "continuing care" base (outpatient) for
 *     the severity base (outpatient, iop or php: never lower) and newly asks lastUse, whose
 *     lowest value (weeks) is not "recent", as the unasked "months" was not. Monotone.
 *   use.lastUse, use.criteria, withdrawal.history, medical.condition, suicide.wishedDead,
 *     suicide.betterOff, suicide.thoughts, suicide.attempt, mental.symptoms, history.*,
 *     living.othersUse, living.safe, living.support — each only raises D1, D2, D3, D5, D6 or
 *     the severity, and every floor is monotone in those. Monotone.
 *   living.situation — sober-living → stable newly asks othersUse (lowest: no), which reads
 *     as the unasked "no"; unstable → homeless un-asks othersUse but D6 is 4 anyway.
 *     Monotone.
 * So no question is excluded from the level property.
 *
 * Urgency is NOT monotone along use.lastUse: the tolerance-loss rule makes "weeks" (or the
 * unasked "months") urgent for opioid users, and "days"/"today" only are when D1 ≥ 2. The
 * counterexample is asserted below and use.lastUse is excluded from the urgency property.
 */
const URGENCY_NOT_MONOTONE = new Set(['use.lastUse']);

describe('monotonicity: a riskier answer never lowers the level', () => {
  it.each(BANK.map((q) => [q.id] as const))('%s', (id) => {
    const q = questionOf(id);
    fc.assert(
      fc.property(answerSetArb(), (answers) => {
        // Only sets that answer q (that ask it). fc.pre, not .filter: if a change to the bank
        // made q unreachable, this fails ("too many pre-condition failures") instead of hanging.
        fc.pre(readAnswer(answers, id) !== undefined);
        const before = decideValid(answers);
        for (const variant of riskierVariants(answers, q)) {
          const after = decideValid(variant.answers);
          expect(
            placementRank(after),
            `${id}: ${JSON.stringify(variant.from)} → ${JSON.stringify(variant.to)} moved ` +
              `${before.level} ${before.asamLevel} to ${after.level} ${after.asamLevel}`,
          ).toBeGreaterThanOrEqual(placementRank(before));
        }
      }),
      { numRuns: RUNS.perQuestion },
    );
  });
});

describe('the one-answer changes the monotonicity properties make', () => {
  it('are valid answer sets, which recommend() accepts as decideValid() reads them', () => {
    fc.assert(
      fc.property(answerSetArb(), fc.constantFrom(...BANK), (answers, q) => {
        expect(normalise(answers)).toEqual(answers);
        for (const variant of riskierVariants(answers, q)) {
          expect(recommend(variant.answers)).toEqual(decideValid(variant.answers));
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('monotonicity of urgency (soon < today < emergency)', () => {
  it('holds for every question but use.lastUse', () => {
    const questions = BANK.filter((q) => !URGENCY_NOT_MONOTONE.has(q.id));
    fc.assert(
      fc.property(answerSetArb(), (answers) => {
        const before = decideValid(answers);
        for (const q of questions) {
          for (const variant of riskierVariants(answers, q)) {
            const after = decideValid(variant.answers);
            expect(
              URGENCY_RANK[after.urgency],
              `${q.id} → ${JSON.stringify(variant.to)}`,
            ).toBeGreaterThanOrEqual(URGENCY_RANK[before.urgency]);
          }
        }
      }),
      { numRuns: RUNS.urgency },
    );
  });

  it('does not hold for use.lastUse: weeks → days drops the tolerance-loss urgency', () => {
    const weeks = normalise({
      respondent: 'self',
      about: { age: '18-64' },
      safety: { emergencyNow: 'no' },
      use: { substances: ['opioids'], frequency: 'weekly', lastUse: 'weeks' },
    });
    const days = withAnswer(weeks, 'use.lastUse', 'days');
    const before = recommend(weeks);
    const after = recommend(days);
    expect(before.urgency).toBe('today');
    expect(before.notes).toContain('tolerance-loss');
    expect(after.urgency).toBe('soon');
    expect(after.notes).not.toContain('tolerance-loss');
    // …although days is riskier than weeks in the bank's order.
    expect(questionOf('use.lastUse')).toMatchObject({ riskOrder: ['weeks', 'days', 'today'] });
  });
});

describe('answers to questions that are not asked', () => {
  const bogus = fc.oneof(
    fc.jsonValue(),
    fc.constantFrom<unknown>(42, null, true, '', 'none', ['none'], [], ['none', 'alcohol'], {}),
    fc.constantFrom(...BANK.flatMap((q) => q.values)),
  );

  it('never change the result, whatever their value', () => {
    let added = 0;
    fc.assert(
      fc.property(
        answerSetArb(),
        fc.record(
          Object.fromEntries(BANK.map((q) => [q.id, fc.option(bogus, { nil: undefined })])),
        ),
        (answers, extra: Record<string, unknown>) => {
          const expected = recommend(answers);
          const stale = cloneAnswers(answers);
          for (const q of BANK) {
            if (isAsked(q, answers) || extra[q.id] === undefined) continue;
            setAnswer(stale, q.id, extra[q.id]);
            added += 1;
          }
          expect(recommend(stale)).toEqual(expected);
        },
      ),
      { numRuns: RUNS.stale },
    );
    expect(added).toBeGreaterThan(0);
  });
});

describe('partial answers (cut short after an emergency)', () => {
  it('right after the screen that raised it: valid, and an emergency', () => {
    fc.assert(
      fc.property(partialAnswerSetArb('screen'), ({ answers, emergencyAt }) => {
        fc.pre(emergencyAt !== undefined);
        const r = recommend(answers);
        expect(r.level).toBe('emergency');
        expect(r.reasons).toContain(EMERGENCY_REASON[emergencyAt]);
        // Questions not reached are rated as the lowest risk they can carry.
        expect(recommend(normalise(answers))).toEqual(r);
      }),
      { numRuns: RUNS.partial },
    );
  });

  it('anywhere after it: valid, and an emergency', () => {
    fc.assert(
      fc.property(partialAnswerSetArb('anywhere'), ({ answers, emergencyAt }) => {
        fc.pre(emergencyAt !== undefined);
        const r = recommend(answers);
        expect(r.level).toBe('emergency');
        expect(recommend(normalise(answers))).toEqual(r);
      }),
      { numRuns: RUNS.partial },
    );
  });

  it('but an answer missing before the emergency is still required', () => {
    fc.assert(
      fc.property(partialAnswerSetArb('screen'), fc.nat(), ({ answers, emergencyAt }, n) => {
        fc.pre(emergencyAt !== undefined);
        const before = answeredIds(answers).slice(0, answeredIds(answers).indexOf(emergencyAt));
        fc.pre(before.length > 0);
        const missing = before[n % before.length]!;
        const raw = cloneAnswers(answers);
        const [section, key] = missing.split('.') as [string, string | undefined];
        if (key === undefined) delete raw[section];
        else delete (raw[section] as Record<string, unknown>)[key];
        const error = captureError(() => recommend(raw));
        expect(error).toBeInstanceOf(InvalidAnswersError);
        expect((error as InvalidAnswersError).issues).toContainEqual(
          expect.objectContaining({ path: missing, code: 'required' }),
        );
      }),
      { numRuns: 100 },
    );
  });
});

function captureError(f: () => unknown): unknown {
  try {
    f();
  } catch (error) {
    return error;
  }
  return undefined;
}
