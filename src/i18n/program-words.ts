/**
 * The words of the center's programs on the result, the staff note and the live panel
 * (center-programs.md). Part of the later words: see ./types.ts. Program names and places are
 * not here: they come from the center's configuration, per language.
 */
import type { TimeOfDay } from '../programs/match';
import type { Lang, ResultVoiced } from './types';

type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
type PaidBy = 'commercial' | 'medicaid' | 'medicare' | 'none';

export interface ProgramWords {
  /** "Programs at {center} that may fit" */
  readonly heading: string;
  /** Under the heading: times and places can change, so call. */
  readonly intro: ResultVoiced;
  /** "{center} checks your insurance for free before treatment starts." */
  readonly freeVerification: ResultVoiced;
  /** "Programs for {level} at {center}", for the alternative's part. */
  readonly alternativeHeading: string;
  /** Labels of a program's lines. */
  readonly when: string;
  readonly where: string;
  readonly whyItFits: string;
  readonly insurance: string;
  /** "Evenings", as a program's time of day. */
  readonly timesOfDay: { readonly [T in TimeOfDay]: string };
  /** A session running across parts of the day: "Daytime", "Afternoon and evening", "All day". */
  readonly spans: {
    readonly daytime: string;
    readonly afternoonEvening: string;
    readonly allDay: string;
  };
  /** Short day names: "Mon". */
  readonly days: { readonly [D in Weekday]: string };
  /** Consecutive days: "{from}–{to}" ("Mon–Fri"). */
  readonly dayRange: string;
  /** "{start} to {end}"; with days: "{days}, {start} to {end}". */
  readonly session: string;
  readonly sessionWithDays: string;
  /** Residential: "Day and night, with staff always there". */
  readonly residential: string;
  readonly byVideo: string;
  /** "{place}, or by video" */
  readonly placeOrVideo: string;
  readonly fit: {
    /** "{time} sessions, which you said work best" with {time} a time of day below. */
    readonly schedule: ResultVoiced;
    readonly scheduleTimes: { readonly [T in TimeOfDay]: string };
    readonly video: ResultVoiced;
    /** "Takes {program}: call to confirm your plan" and the like: never a promise of coverage. */
    readonly insurance: { readonly [P in PaidBy]: ResultVoiced };
    /** "Sessions in English" */
    readonly language: { readonly en: string; readonly es: string } & {
      readonly [L in Lang]?: string;
    };
  };
  /** When the person's kind of insurance isn't a fact that holds: what it takes, or "call". */
  readonly takes: ResultVoiced;
  readonly paidBy: { readonly [P in PaidBy]: string };
  readonly askInsurance: ResultVoiced;
  /** "Sessions in {languages}", when not in the language on screen. */
  readonly sessionsIn: string;
  /**
   * Names of the languages sessions are held in (the center schema's SESSION_LANGUAGES, every
   * tag of src/i18n/languages.ts); one not named here shows as the language's own name.
   */
  readonly languageNames: { readonly en: string; readonly es: string } & {
    readonly [L in Lang]?: string;
  };
  /** "{a} and {b}" for joining the last two items of a list. */
  readonly and: string;
  readonly referral: {
    readonly heading: string;
    /** "{center} doesn't list a program for {level}." */
    readonly noneAtLevel: string;
    readonly noneForAge: string;
    readonly callAnyway: ResultVoiced;
    readonly helpline: ResultVoiced;
    /** The helpline button's words, before the number: "Call the helpline:". */
    readonly callHelpline: string;
    /** Before the FindTreatment.gov link. */
    readonly search: ResultVoiced;
    /** Early intervention: information, not alarm. */
    readonly infoHeading: string;
    readonly infoCall: ResultVoiced;
    readonly infoHelpline: string;
  };
  /**
   * Questions to ask any program (issue 19), after the programs or the referral: neutral, for
   * any provider, the center included; never a claim that the center meets them.
   */
  readonly questions: {
    readonly heading: string;
    /** "Ask these of any program you are thinking about, {center} included." */
    readonly intro: ResultVoiced;
    /** The state licence, naming the body: "Is it licensed by the state ({licensingBody})?" */
    readonly licensedBy: string;
    /** The same without a named body (config `licensingBody: null`). */
    readonly licensedByState: string;
    /** Licensed clinicians, methods, group size, use during treatment, completion and aftercare,
     * medicines, the cost after insurance: each a question. */
    readonly items: readonly string[];
  };
  readonly staff: {
    /** Live panel: "First program" / "No program at this level". */
    readonly firstProgram: string;
    readonly noProgram: string;
    /** Intake note. */
    readonly noteHeading: string;
    readonly noteAlternative: string;
    readonly noteReferral: string;
    /** The intake note's next step: go over the questions to ask any program. */
    readonly noteQuestions: string;
  };
}
