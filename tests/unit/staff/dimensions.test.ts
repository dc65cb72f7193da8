/**
 * Staff mode's live ratings on partial answers (contract §1 "Partial answers": questions not
 * reached count as the lowest risk they can carry) and the dimension names.
 */
import fc from 'fast-check';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import {
  BANK,
  answerSetArb,
  keepUpTo,
  normalise,
  partialAnswerSetArb,
  setAnswer,
  type AnswerObject,
} from '../../arbitraries';
import { en } from '../../../src/i18n/en';
import { es } from '../../../src/i18n/es';
import type { Answers } from '../../../src/questions/answers';
import { resolveAnswers } from '../../../src/questions/resolve';
import { DIMENSIONS } from '../../../src/results/levels';
import {
  asamLevelSchema,
  levelSchema,
  severitySchema,
  withdrawalSchema,
} from '../../../src/results/result-schema';
import { decide, recommend, type Recommendation } from '../../../src/results/recommend';
import {
  dimensionName,
  provisionalRatings,
  type ProvisionalRatings,
} from '../../../src/staff/dimensions';

const RUNS = 300;

const rating = z.int().check(z.minimum(0), z.maximum(4));
const ratingsSchema = z.strictObject({
  dimensions: z.strictObject({
    d1: rating,
    d2: rating,
    d3: rating,
    d4: rating,
    d5: rating,
    d6: rating,
  }),
  severity: severitySchema,
  criteriaCount: z.int().check(z.minimum(0), z.maximum(11)),
  level: levelSchema,
  asamLevel: z.nullable(asamLevelSchema),
  withdrawal: withdrawalSchema,
  unanswered: z.array(z.string()),
});

/** The fields of a recommendation that the live ratings carry. */
const ratingsOf = (r: Recommendation | ProvisionalRatings) => ({
  dimensions: r.dimensions,
  severity: r.severity,
  criteriaCount: r.criteriaCount,
  level: r.level,
  asamLevel: r.asamLevel,
  withdrawal: r.withdrawal,
});

/** What a form leaves in a field it has not filled yet. */
const FORM_EMPTY = [undefined, null, '', false, []] as const;

/** A prefix of a valid answer set: the answers up to some question in asking order. */
const prefixArb = fc
  .tuple(answerSetArb('allow'), fc.integer({ min: -1, max: BANK.length - 1 }))
  .map(([full, last]) => keepUpTo(full, last));

/** A prefix as the form holds it part-way through: maybe a field it left empty, too. */
const formPrefixArb = fc
  .tuple(prefixArb, fc.option(fc.tuple(fc.nat(), fc.constantFrom(...FORM_EMPTY))))
  .map(([answers, empty]) => {
    if (empty) {
      const [n, value] = empty;
      setAnswer(answers, BANK[n % BANK.length]!.id, value);
    }
    return answers;
  });

describe('dimension names', () => {
  it('are the six ASAM dimensions (3rd edition), in English', () => {
    expect(DIMENSIONS.map((d) => dimensionName(en, d))).toEqual([
      'Acute intoxication and/or withdrawal potential',
      'Biomedical conditions and complications',
      'Emotional, behavioral or cognitive conditions and complications',
      'Readiness to change',
      'Relapse, continued use or continued problem potential',
      'Recovery/living environment',
    ]);
  });

  it('have six distinct Spanish names', () => {
    const names = DIMENSIONS.map((d) => dimensionName(es, d));
    expect(new Set(names).size).toBe(6);
    expect(names[0]).toMatch(/abstinencia/);
    expect(names[3]).toMatch(/cambio/);
  });
});

describe('provisionalRatings()', () => {
  it('rates an empty answer set as the lowest risk: all 0, early intervention', () => {
    const r = provisionalRatings({});
    expect(r.dimensions).toEqual({ d1: 0, d2: 0, d3: 0, d4: 0, d5: 0, d6: 0 });
    expect(r).toMatchObject({
      severity: 'none',
      criteriaCount: 0,
      level: 'early-intervention',
      asamLevel: '0.5',
      withdrawal: 'none',
    });
    // Everything always asked is still to come; what depends on a missing answer is not asked.
    expect(r.unanswered).toContain('respondent');
    expect(r.unanswered).toContain('insurance.type');
    expect(r.unanswered).not.toContain('use.frequency');
  });

  it('reflects the answers given so far', () => {
    const answers: Answers = {
      respondent: 'other',
      about: { age: '18-64' },
      safety: { emergencyNow: 'no' },
      use: { substances: ['alcohol'], frequency: 'daily', lastUse: 'today' },
    };
    const r = provisionalRatings(answers);
    // A sedative used daily and recently: D1 2, ambulatory withdrawal management.
    expect(r.dimensions).toEqual({ d1: 2, d2: 0, d3: 0, d4: 0, d5: 0, d6: 0 });
    expect(r.withdrawal).toBe('ambulatory');
    // No criteria chosen yet: severity none, so the level stays at early intervention.
    expect(r).toMatchObject({ severity: 'none', criteriaCount: 0, level: 'early-intervention' });
    expect(r.unanswered).toEqual(
      expect.arrayContaining(['use.criteria', 'withdrawal.history', 'withdrawal.current']),
    );

    const more = provisionalRatings({
      ...answers,
      use: { ...answers.use, criteria: ['larger-amounts', 'cut-down', 'craving', 'tolerance'] },
      withdrawal: { history: ['seizures'] },
    });
    expect(more).toMatchObject({ severity: 'moderate', criteriaCount: 4, level: 'residential' });
    expect(more.asamLevel).toBe('3.7');
    expect(more.dimensions.d1).toBe(3);
    expect(more.withdrawal).toBe('inpatient');
  });

  it('reads a later answer even when an earlier one is still missing', () => {
    const r = provisionalRatings({
      living: { situation: 'homeless' },
      readiness: { stage: 'unsure' },
    });
    expect(r.dimensions).toMatchObject({ d4: 1, d6: 4 });
    expect(r.level).toBe('early-intervention'); // severity none: D6 sets no floor
  });

  it('shows an emergency as soon as its answer is given', () => {
    const r = provisionalRatings({
      respondent: 'self',
      about: { age: '65-plus' },
      safety: { emergencyNow: 'no' },
      use: {
        substances: ['benzodiazepines'],
        frequency: 'daily',
        lastUse: 'today',
        criteria: ['none'],
      },
      withdrawal: { history: ['none'], current: 'severe' },
    });
    expect(r).toMatchObject({ level: 'emergency', asamLevel: null, withdrawal: 'inpatient' });
    expect(r.dimensions.d1).toBe(4);
  });

  it('ignores what the form leaves in empty or invalid fields, and stale answers', () => {
    const raw = {
      respondent: '',
      about: { age: null },
      use: { substances: [], frequency: 'daily', criteria: ['none', 'craving'] },
      suicide: { now: 'yes' }, // not asked: no ASQ item is positive
      living: { situation: 'nowhere' },
    } as unknown as Answers;
    expect(() => provisionalRatings(raw)).not.toThrow();
    expect(ratingsOf(provisionalRatings(raw))).toEqual(ratingsOf(provisionalRatings({})));
  });

  it('never throws on any prefix of a valid answer set, and stays in range', () => {
    fc.assert(
      fc.property(formPrefixArb, (answers) => {
        const r = provisionalRatings(answers);
        expect(ratingsSchema.safeParse(r).success).toBe(true);
        expect(r.asamLevel === null).toBe(r.level === 'emergency');
      }),
      { numRuns: RUNS },
    );
  });

  it('on a prefix, equals the decision on the set completed with lowest-risk answers', () => {
    fc.assert(
      fc.property(prefixArb, (answers) => {
        const completed: AnswerObject = normalise(answers);
        const expected = decide(resolveAnswers({ answers: completed, unanswered: [] }));
        expect(ratingsOf(provisionalRatings(answers as Answers))).toEqual(ratingsOf(expected));
      }),
      { numRuns: RUNS },
    );
  });

  it('on a complete set, equals recommend(), with nothing unanswered', () => {
    fc.assert(
      fc.property(answerSetArb('rare'), (answers) => {
        const r = provisionalRatings(answers);
        expect(r.unanswered).toEqual([]);
        expect(ratingsOf(r)).toEqual(ratingsOf(recommend(answers)));
      }),
      { numRuns: RUNS },
    );
  });

  it('on a set cut short after an emergency, equals recommend()', () => {
    fc.assert(
      fc.property(partialAnswerSetArb('anywhere'), ({ answers }) => {
        expect(ratingsOf(provisionalRatings(answers as Answers))).toEqual(
          ratingsOf(recommend(answers)),
        );
      }),
      { numRuns: RUNS },
    );
  });
});
