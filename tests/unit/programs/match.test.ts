/**
 * Which programs a result shows (center-programs.md §2): time of day, candidates by level and
 * age, the order rule by rule and together, the alternative's part, the referral, and that
 * none of it touches the engine's result.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import data from '../../fixtures/vignettes.json';
import { answerSetArb } from '../../arbitraries';
import { AGE_BANDS, type Program } from '../../../src/config/center-schema';
import { centerConfig } from '../../../src/config/center';
import { centerConfig as example } from '../../../examples/centers/full';
import type { Answers } from '../../../src/questions/answers';
import { recommend, type Recommendation } from '../../../src/results/recommend';
import {
  factsFromAnswers,
  programTimes,
  programsForResult,
  rankPrograms,
  SHOWN_PER_LEVEL,
  timeOfDay,
  type PersonFacts,
  type ReferralReason,
} from '../../../src/programs/match';
import { programsArb } from './program-arbitraries';

const base: Program = {
  id: 'p',
  level: 'iop',
  name: { en: 'P', es: 'P' },
  sessions: [{ start: '09:00', end: '12:00' }],
  format: 'in-person',
  location: { en: 'Here', es: 'Aquí' },
  ages: ['18-64', '65-plus'],
  insurance: ['commercial', 'medicaid', 'medicare', 'none'],
  languages: ['en', 'es'],
};
const make = (id: string, change: Partial<Program> = {}): Program => ({ ...base, id, ...change });
const at = (start: string, end: string) => ({ sessions: [{ start, end }] });

const adult: PersonFacts = { age: '18-64', schedule: 'any', transport: 'yes', lang: 'en' };
const ids = (programs: readonly Program[], facts: PersonFacts, level = 'iop' as const) =>
  rankPrograms(programs, level, facts).map((m) => m.program.id);

describe('time of day', () => {
  it.each([
    ['00:00', 'morning'],
    ['11:59', 'morning'],
    ['12:00', 'afternoon'],
    ['16:59', 'afternoon'],
    ['17:00', 'evening'],
    ['23:59', 'evening'],
  ])('a session starting at %s is in the %s', (start, expected) => {
    expect(timeOfDay(start)).toBe(expected);
  });

  it("is the start's, not the end's; each time once, morning first", () => {
    expect(programTimes(make('a', at('11:00', '13:00')))).toEqual(['morning']);
    const many = make('b', {
      sessions: [
        { start: '18:00', end: '21:00' },
        { start: '09:00', end: '10:00' },
        { start: '10:00', end: '11:00' },
      ],
    });
    expect(programTimes(many)).toEqual(['morning', 'evening']);
  });

  it('residential runs at every time of day', () => {
    expect(programTimes(make('r', { level: 'residential', sessions: [] }))).toEqual([
      'morning',
      'afternoon',
      'evening',
    ]);
  });
});

describe('candidates', () => {
  const programs = [
    make('iop-adult'),
    make('iop-teen', { ages: ['under-18'] }),
    make('php-adult', { level: 'php' }),
  ];

  it('are the programs at the level that serve the age', () => {
    expect(ids(programs, adult)).toEqual(['iop-adult']);
    expect(ids(programs, { ...adult, age: 'under-18' })).toEqual(['iop-teen']);
    expect(ids(programs, { ...adult, age: '65-plus' })).toEqual(['iop-adult']);
    expect(ids(programs, adult, 'php' as never)).toEqual(['php-adult']);
  });

  it('are every age while the age is not known yet (staff mode, mid-call)', () => {
    expect(ids(programs, { lang: 'en' })).toEqual(['iop-adult', 'iop-teen']);
  });
});

describe('order', () => {
  it('a: a session at the chosen time of day first', () => {
    const programs = [
      make('morning', at('09:00', '12:00')),
      make('afternoon', at('13:00', '16:00')),
      make('evening', at('18:00', '21:00')),
    ];
    expect(ids(programs, { ...adult, schedule: 'evening' })).toEqual([
      'evening',
      'morning',
      'afternoon',
    ]);
    expect(ids(programs, { ...adult, schedule: 'afternoon' })[0]).toBe('afternoon');
    expect(ids(programs, { ...adult, schedule: 'any' })).toEqual([
      'morning',
      'afternoon',
      'evening',
    ]);
  });

  it('a: residential fits every time of day', () => {
    const programs = [
      make('morning', { level: 'residential', sessions: [] }),
      make('any', { level: 'residential', sessions: [] }),
    ];
    expect(ids(programs, { ...adult, schedule: 'evening' }, 'residential' as never)).toEqual([
      'morning',
      'any',
    ]);
  });

  it('b: without transport, video (telehealth or both) before in person', () => {
    const programs = [
      make('in-person'),
      make('video', { format: 'telehealth', location: null }),
      make('both', { format: 'both' }),
    ];
    expect(ids(programs, { ...adult, transport: 'no' })).toEqual(['video', 'both', 'in-person']);
    expect(ids(programs, { ...adult, transport: 'yes' })).toEqual(['in-person', 'video', 'both']);
  });

  it('c: takes the kind of insurance first; "unsure" changes nothing', () => {
    const programs = [
      make('commercial', { insurance: ['commercial'] }),
      make('ask', { insurance: [] }),
      make('medi-cal', { insurance: ['medicaid'] }),
      make('self-pay', { insurance: ['none'] }),
    ];
    expect(ids(programs, { ...adult, insurance: 'medicaid' })[0]).toBe('medi-cal');
    expect(ids(programs, { ...adult, insurance: 'none' })[0]).toBe('self-pay');
    expect(ids(programs, { ...adult, insurance: 'medicare' })).toEqual([
      'commercial',
      'ask',
      'medi-cal',
      'self-pay',
    ]);
    expect(ids(programs, { ...adult, insurance: 'unsure' })).toEqual([
      'commercial',
      'ask',
      'medi-cal',
      'self-pay',
    ]);
  });

  it('d: sessions in the language on screen first', () => {
    const programs = [
      make('english', { languages: ['en'] }),
      make('spanish', { languages: ['es'] }),
    ];
    expect(ids(programs, { ...adult, lang: 'es' })).toEqual(['spanish', 'english']);
    expect(ids(programs, { ...adult, lang: 'en' })).toEqual(['english', 'spanish']);
  });

  it('e: otherwise config order', () => {
    const programs = ['c', 'a', 'b'].map((id) => make(id));
    expect(ids(programs, { ...adult, schedule: 'morning', insurance: 'commercial' })).toEqual([
      'c',
      'a',
      'b',
    ]);
  });

  it('together: the first difference wins, a then b then c then d', () => {
    const person: PersonFacts = {
      age: '18-64',
      schedule: 'evening',
      transport: 'no',
      insurance: 'medicaid',
      lang: 'es',
    };
    const programs = [
      make('fits-nothing', {
        ...at('09:00', '12:00'),
        insurance: ['commercial'],
        languages: ['en'],
      }),
      make('only-d', { ...at('09:00', '12:00'), insurance: ['commercial'], languages: ['es'] }),
      make('only-c', { ...at('09:00', '12:00'), languages: ['en'] }),
      make('only-b', {
        ...at('09:00', '12:00'),
        format: 'both',
        insurance: ['commercial'],
        languages: ['en'],
      }),
      make('only-a', { ...at('18:00', '21:00'), insurance: ['commercial'], languages: ['en'] }),
      make('a-and-d', { ...at('18:00', '21:00'), insurance: ['commercial'] }),
      make('all', { ...at('18:00', '21:00'), format: 'telehealth', location: null }),
    ];
    expect(ids(programs, person)).toEqual([
      'all',
      'a-and-d',
      'only-a',
      'only-b',
      'only-c',
      'only-d',
      'fits-nothing',
    ]);
  });
});

describe('why it fits', () => {
  it('names the facts that hold, and only those', () => {
    const [evening] = rankPrograms(
      [make('e', { ...at('18:00', '21:00'), format: 'both', insurance: ['medicaid'] })],
      'iop',
      { age: '18-64', schedule: 'evening', transport: 'no', insurance: 'medicaid', lang: 'es' },
    );
    expect(evening!.fit).toEqual({
      schedule: 'evening',
      video: true,
      insurance: 'medicaid',
      language: 'es',
    });
    const [morning] = rankPrograms(
      [make('m', { languages: ['en'], insurance: ['commercial'] })],
      'iop',
      { age: '18-64', schedule: 'evening', transport: 'yes', insurance: 'medicaid', lang: 'es' },
    );
    expect(morning!.fit).toEqual({ schedule: null, video: false, insurance: null, language: null });
  });

  it('says nothing of the schedule for "any" or for residential, nor of insurance when unsure', () => {
    const [any] = rankPrograms([make('a')], 'iop', {
      ...adult,
      schedule: 'any',
      insurance: 'unsure',
    });
    expect(any!.fit).toMatchObject({ schedule: null, insurance: null });
    const [stay] = rankPrograms(
      [make('r', { level: 'residential', sessions: [] })],
      'residential',
      { ...adult, schedule: 'evening' },
    );
    expect(stay!.fit.schedule).toBeNull();
  });
});

const result = (
  level: Recommendation['level'],
  alternative: Recommendation['alternative'] = null,
) => ({ level, alternative }) as const;

describe('the programs part of a result', () => {
  const programs = [
    make('iop-1'),
    make('iop-2'),
    make('iop-3'),
    make('iop-4'),
    make('php-1', { level: 'php' }),
    make('teen-php', { level: 'php', ages: ['under-18'] }),
  ];

  it('shows at most three programs at the level', () => {
    const part = programsForResult(programs, result('iop'), adult)!;
    expect(part.main).toMatchObject({ kind: 'programs', level: 'iop' });
    expect(part.main.kind === 'programs' && part.main.programs.map((m) => m.program.id)).toEqual([
      'iop-1',
      'iop-2',
      'iop-3',
    ]);
    expect(SHOWN_PER_LEVEL).toBe(3);
    expect(part.alternative).toBeNull();
  });

  it("shows the alternative's programs in their own part, after the level's", () => {
    const part = programsForResult(programs, result('php', 'iop'), adult)!;
    expect(part.main).toMatchObject({ kind: 'programs', level: 'php' });
    expect(part.alternative?.level).toBe('iop');
    expect(part.alternative?.programs.map((m) => m.program.id)).toEqual([
      'iop-1',
      'iop-2',
      'iop-3',
    ]);
  });

  it('has no alternative part when the alternative has no program', () => {
    expect(programsForResult(programs, result('iop', 'outpatient'), adult)!.alternative).toBeNull();
  });

  it('refers on when no program is listed at the level, and never offers another level there', () => {
    const part = programsForResult(programs, result('residential', 'php'), adult)!;
    expect(part.main).toEqual({ kind: 'referral', level: 'residential', reason: 'none-at-level' });
    // The alternative's programs still show, in their own part.
    expect(part.alternative?.programs.map((m) => m.program.id)).toEqual(['php-1']);
  });

  it('refers on when the level has programs but none for this age', () => {
    const teen: PersonFacts = { ...adult, age: 'under-18' };
    expect(programsForResult(programs, result('iop'), teen)!.main).toEqual({
      kind: 'referral',
      level: 'iop',
      reason: 'none-for-age',
    });
    expect(programsForResult(programs, result('php'), teen)!.main).toMatchObject({
      kind: 'programs',
    });
  });

  it('refers on for every level with no programs at all', () => {
    expect(programsForResult([], result('early-intervention'), adult)!.main).toEqual({
      kind: 'referral',
      level: 'early-intervention',
      reason: 'none-at-level',
    });
  });

  it('is nothing for an emergency', () => {
    expect(programsForResult(programs, result('emergency'), adult)).toBeNull();
  });
});

/** Freezes a value and everything in it, so any write to it throws (ES modules are strict). */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** The programs part for `answers` under `programs`, checked against the engine's result. */
function checkUnchanged(
  answers: Answers,
  programs: readonly Program[],
  lang: 'en' | 'es',
): 'emergency' | 'programs' | ReferralReason {
  const before = recommend(answers);
  const result = deepFreeze(recommend(answers));
  const part = programsForResult(programs, result, factsFromAnswers(answers, lang));
  // The level, ASAM number, urgency, alternative, reasons and notes are the engine's, as they
  // would be with no programs at all.
  expect(result).toEqual(before);
  if (result.level === 'emergency') {
    expect(part).toBeNull();
    return 'emergency';
  }
  const facts = factsFromAnswers(answers, lang);
  const age = facts.age;
  expect(part!.main.level).toBe(result.level);
  if (part!.main.kind === 'programs') {
    // Each shown program is at the level and serves the age (any, while it is not known), once.
    const shown = part!.main.programs.map((m) => m.program);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThanOrEqual(SHOWN_PER_LEVEL);
    expect(new Set(shown).size).toBe(shown.length);
    for (const p of shown) {
      expect(programs).toContain(p);
      expect(p.level).toBe(result.level);
      if (age) expect(p.ages).toContain(age);
    }
  } else {
    // A referral says nothing at the level serves this person: a program added there for every
    // age is then the only one shown.
    const open = make('added-for-every-age', { level: result.level, ages: [...AGE_BANDS] });
    const withOpen = programsForResult([...programs, open], result, facts)!.main;
    expect(withOpen.kind === 'programs' && withOpen.programs.map((m) => m.program.id)).toEqual([
      'added-for-every-age',
    ]);
    // "None for this age" is the one an unknown age undoes; "none at the level" stays.
    const anyAge = programsForResult(programs, result, { ...facts, age: undefined })!.main;
    expect(anyAge.kind).toBe(part!.main.reason === 'none-for-age' ? 'programs' : 'referral');
    if (!age) expect(part!.main.reason).toBe('none-at-level');
  }
  expect(part!.alternative?.level ?? result.alternative).toBe(result.alternative);
  return part!.main.kind === 'programs' ? 'programs' : part!.main.reason;
}

describe('the engine is untouched', () => {
  const cases = (data as { cases: { id: string; answers: Answers }[] }).cases;
  const configs = { none: [], default: centerConfig.programs, example: example.programs };

  it.for(cases)('vignette $id: same result with no, default and example programs', (v) => {
    for (const programs of Object.values(configs)) {
      for (const lang of ['en', 'es'] as const) checkUnchanged(v.answers, programs, lang);
    }
  });

  it('for generated answer sets and generated program lists', () => {
    const seen = new Map<string, number>();
    fc.assert(
      fc.property(
        answerSetArb(),
        // Also lists for one age band only, so "none for this age" is common too.
        fc.oneof(
          programsArb,
          fc
            .tuple(programsArb, fc.constantFrom(...AGE_BANDS))
            .map(([programs, band]) => programs.map((p) => ({ ...p, ages: [band] }))),
        ),
        fc.constantFrom<'en' | 'es'>('en', 'es'),
        (answers, programs, lang) => {
          const kind = checkUnchanged(answers, programs, lang);
          seen.set(kind, (seen.get(kind) ?? 0) + 1);
        },
      ),
      { numRuns: 300 },
    );
    // Each branch of the checks ran on many cases, not a handful.
    for (const kind of ['programs', 'none-at-level', 'none-for-age'])
      expect(seen.get(kind) ?? 0, `${kind}: ${JSON.stringify([...seen])}`).toBeGreaterThan(20);
  });
});
