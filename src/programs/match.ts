/**
 * Which of the center's programs a result shows (center-programs.md §2), as a pure function of
 * the configured programs, the engine's result and a few answers. No React, no DOM: the result
 * screen, the staff note and the live panel all read it. It never changes the result: it only
 * reads `level` and `alternative`, and when nothing fits at the level it says so (a referral)
 * instead of offering another level.
 */
import type { CenterConfig, Program } from '../config/center-schema';
import type { Lang } from '../i18n/types';
import type { Answers, ValueOf } from '../questions/answers';
import type { CareLevel, Level } from '../results/levels';

export const TIMES_OF_DAY = ['morning', 'afternoon', 'evening'] as const;
export type TimeOfDay = (typeof TIMES_OF_DAY)[number];

/** The programs part of a configuration. */
export type CenterPrograms = Pick<
  CenterConfig,
  'programs' | 'insuranceVerification' | 'licensingBody'
>;

/** How many programs are shown per level: enough to choose from, few enough to scan. */
export const SHOWN_PER_LEVEL = 3;

/** A session's time of day is that of its start: before 12:00, before 17:00, or later. */
export function timeOfDay(start: string): TimeOfDay {
  if (start < '12:00') return 'morning';
  if (start < '17:00') return 'afternoon';
  return 'evening';
}

/** The times of day a program runs, each once, morning first. Residential runs at all of them. */
export function programTimes(program: Program): TimeOfDay[] {
  if (program.level === 'residential') return [...TIMES_OF_DAY];
  return TIMES_OF_DAY.filter((t) => program.sessions.some((s) => timeOfDay(s.start) === t));
}

/** What the person said that the order reads. Any may be missing (a partial answer set). */
export interface PersonFacts {
  readonly age?: ValueOf<'about.age'>;
  readonly schedule?: ValueOf<'obligations.schedule'>;
  readonly transport?: ValueOf<'living.transport'>;
  readonly insurance?: ValueOf<'insurance.type'>;
  /** The language on screen. */
  readonly lang: Lang;
}

export function factsFromAnswers(answers: Answers, lang: Lang): PersonFacts {
  return {
    age: answers.about?.age,
    schedule: answers.obligations?.schedule,
    transport: answers.living?.transport,
    insurance: answers.insurance?.type,
    lang,
  };
}

/** The facts that hold for one program, for its "why it fits" lines. */
export interface ProgramFit {
  /** The time of day the person chose, when the program has a session then (not residential). */
  readonly schedule: TimeOfDay | null;
  /** The person has no transport and the program can be joined by video. */
  readonly video: boolean;
  /** The person's kind of insurance, when the program takes it ("call to confirm"). */
  readonly insurance: Exclude<ValueOf<'insurance.type'>, 'unsure'> | null;
  /** The language on screen, when sessions are held in it. */
  readonly language: Lang | null;
}

export interface MatchedProgram {
  readonly program: Program;
  readonly times: readonly TimeOfDay[];
  readonly fit: ProgramFit;
}

const hasVideo = (p: Program) => p.format !== 'in-person';

function fitOf(program: Program, times: readonly TimeOfDay[], facts: PersonFacts): ProgramFit {
  const chosen = facts.schedule && facts.schedule !== 'any' ? facts.schedule : null;
  const insurance = facts.insurance && facts.insurance !== 'unsure' ? facts.insurance : null;
  return {
    schedule: chosen && program.level !== 'residential' && times.includes(chosen) ? chosen : null,
    video: facts.transport === 'no' && hasVideo(program),
    insurance: insurance && program.insurance.includes(insurance) ? insurance : null,
    language: program.languages.includes(facts.lang) ? facts.lang : null,
  };
}

/** §2.2's sort key, a–d (e, config order, is the stable sort's). 0 sorts first. */
function orderKey(match: MatchedProgram, facts: PersonFacts): number[] {
  const { program, times, fit } = match;
  const schedule = facts.schedule;
  const fitsSchedule =
    !schedule || schedule === 'any' || program.level === 'residential' || times.includes(schedule);
  return [
    fitsSchedule ? 0 : 1,
    facts.transport === 'no' && !hasVideo(program) ? 1 : 0,
    facts.insurance && facts.insurance !== 'unsure' && fit.insurance === null ? 1 : 0,
    fit.language === null ? 1 : 0,
  ];
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/**
 * The programs at `level` that serve the person's age (every age when it is not known yet), in
 * the order of §2.2, all of them.
 */
export function rankPrograms(
  programs: readonly Program[],
  level: CareLevel,
  facts: PersonFacts,
): MatchedProgram[] {
  const matches = programs
    .filter((p) => p.level === level && (!facts.age || p.ages.includes(facts.age)))
    .map((program) => {
      const times = programTimes(program);
      return { program, times, fit: fitOf(program, times, facts) };
    });
  const keyed = matches.map((m) => ({ m, key: orderKey(m, facts) }));
  // Array.prototype.sort is stable: equal keys keep config order (rule e).
  keyed.sort((a, b) => compareKeys(a.key, b.key));
  return keyed.map(({ m }) => m);
}

/** Why there is nothing to show at the level: none listed there, or none for this age. */
export type ReferralReason = 'none-at-level' | 'none-for-age';

export type LevelPrograms =
  | { readonly kind: 'programs'; readonly level: CareLevel; readonly programs: MatchedProgram[] }
  | { readonly kind: 'referral'; readonly level: CareLevel; readonly reason: ReferralReason };

export interface ResultPrograms {
  /** The programs at the result's level, or the referral when there are none. */
  readonly main: LevelPrograms;
  /** The programs at the alternative level, when there is one and it has any. */
  readonly alternative: { readonly level: CareLevel; readonly programs: MatchedProgram[] } | null;
}

/**
 * The programs part of a result (§2): null for an emergency (the crisis screen shows none).
 * At most SHOWN_PER_LEVEL programs per level.
 */
export function programsForResult(
  programs: readonly Program[],
  result: { readonly level: Level; readonly alternative: CareLevel | null },
  facts: PersonFacts,
): ResultPrograms | null {
  if (result.level === 'emergency') return null;
  const level = result.level;
  const atLevel = rankPrograms(programs, level, facts).slice(0, SHOWN_PER_LEVEL);
  const main: LevelPrograms =
    atLevel.length > 0
      ? { kind: 'programs', level, programs: atLevel }
      : {
          kind: 'referral',
          level,
          reason: programs.some((p) => p.level === level) ? 'none-for-age' : 'none-at-level',
        };
  const alternativePrograms = result.alternative
    ? rankPrograms(programs, result.alternative, facts).slice(0, SHOWN_PER_LEVEL)
    : [];
  return {
    main,
    alternative:
      result.alternative && alternativePrograms.length > 0
        ? { level: result.alternative, programs: alternativePrograms }
        : null,
  };
}
