/**
 * The shape of a language's dictionary. Every user-facing string lives in one; question keys
 * come from the question bank, so a question added there is a type error here until each
 * language words it. Reason and note codes are checked against the rules by a test.
 *
 * Placeholders are `{name}` and are filled by `format()` in ./format.ts.
 */
import type { QuestionId, ValueOf } from '../questions/answers';
import type { ScreenId, SCREENS } from '../questions/screens';
import type { Section } from '../questions/bank';
import type {
  CareLevel,
  Dimension,
  NoteCode,
  Severity,
  Urgency,
  WithdrawalManagement,
} from '../results/levels';
import type { ProgramWords } from './program-words';
import type { CallWords } from './call-words';
import type { InterpreterWords } from './interpreter-words';
import type { Filled } from './format';
import type { en } from './en';
import type { enCore } from './en.core';
import type { enDraft } from './en.draft';
import type { enLater } from './en.later';

export type Lang = 'en' | 'es' | 'vi' | 'ko' | 'zh-Hant' | 'zh-Hans' | 'fa' | 'ar';

/** The same sentence for a person answering for themself ("you") or for someone else ("they"). */
export interface Voiced {
  readonly you: string;
  readonly they: string;
}

/**
 * A sentence about the person assessed on the result side (result, reasons, notes, the
 * alternative, the intake note), in the three voices of the contract (§2, v1.1): `you`, `they`
 * (a loved one) and `staff`, a neutral third person ("the person", "la persona") for admissions
 * staff, whoever is calling. Questions stay `Voiced`: staff read them out to the caller.
 * Pick one with `voiceOf()` in ./voice.ts.
 */
export interface ResultVoiced extends Voiced {
  readonly staff: string;
}

export interface OptionText {
  readonly label: string;
  readonly hint?: string;
}

export interface QuestionText<V extends string> {
  /** The question, as the legend (and the h1 when it is alone on its screen). */
  readonly label: Voiced;
  readonly hint?: Voiced;
  /** Short name for the review page and the staff note, e.g. "Substances used". */
  readonly short: string;
  readonly options: { readonly [K in V]: OptionText };
}

export interface LevelText {
  /** "Intensive outpatient (IOP)": alone, as a title or a label. */
  readonly name: string;
  /**
   * The name inside a sentence, in sentence case: "intensive outpatient (IOP)", "hospitalización
   * parcial (PHP)". Acronyms keep their capitals. Every sentence template's `{level}` and
   * `{alternative}` take this form, never `name` (issue 19).
   */
  readonly inSentence: string;
  /** One or two plain sentences on what it is. */
  readonly summary: string;
  /** What a week there looks like: days, hours, when sessions run. A few short lines. */
  readonly week: readonly string[];
  /**
   * The usual session times of the level, as a week line ("Morning (9 to 12) … sessions"): shown
   * only when no program on the result gives its own times, so the times are said once.
   */
  readonly weekTimes?: string;
}

/** The words the first screens need: loaded before anything shows. */
export interface CoreShape {
  readonly lang: Lang;
  /** The language's own name ("English", "Español"), on the language menu's toggle. */
  readonly languageName: string;
  readonly app: {
    /** Document title suffix, e.g. "Find the right level of care". */
    readonly title: string;
    /** Shown in <noscript> and similar fallbacks: "{center}: call {phone}". */
    readonly callCenter: string;
  };
  readonly common: {
    readonly continue: string;
    readonly back: string;
    readonly change: string;
    readonly startOver: string;
    readonly print: string;
    /**
     * A question screen's place, also its tab title: "Question {n} of about {total}" while
     * later screens are undecided (src/machines/wizard/progress.ts).
     */
    readonly questionOfAbout: string;
    /** Once every screen is decided: "Question {n} of {total}". */
    readonly questionOfTotal: string;
    /** Prefix of document.title when the screen has errors: "Error: ". */
    readonly errorTitlePrefix: string;
    readonly errorSummaryTitle: string;
    readonly leaveSite: string;
    readonly leaveSiteHint: string;
    /** The language menu's name, said before the language on screen: "Language". */
    readonly languageMenu: string;
    /** Heading while the next part of the check downloads (usually too quick to see). */
    readonly loading: string;
    /** Heading when that download fails. */
    readonly loadFailed: string;
    readonly loadFailedBody: string;
    readonly retry: string;
  };
  /** Always-visible help strip (WCAG 3.2.6): 911 / 988 / the center. */
  readonly help: {
    readonly label: string;
    readonly call911: string;
    readonly call988: string;
    readonly text988: string;
    /** "Call {center}" */
    readonly callCenter: string;
  };
  readonly start: {
    readonly heading: string;
    readonly intro: readonly string[];
    readonly privacy: string;
    /** Instead of `privacy` when a partner is told the level: "{partner}" (contract v1.3). */
    readonly privacyShared: string;
    readonly notDiagnosis: string;
    readonly begin: string;
    readonly time: string;
    /** The quiet disclosure that opens the code entry (issue 19): "Have a code from before?" */
    readonly haveCode: string;
  };
  readonly errors: {
    readonly requiredSingle: string;
    readonly requiredMulti: string;
    /** "None of these" chosen with other boxes. */
    readonly exclusive: string;
  };
  /** The first screen's question only: the rest arrive with the later words. */
  readonly questions: Pick<QuestionWords, FirstQuestionId>;
  readonly crisis: CrisisWords;
}

/**
 * Every other word: the other questions, the review, the result, the notes and staff mode.
 * Fetched once the first question shows (at once in staff mode), so the first screens need
 * fewer bytes.
 */
export interface LaterShape {
  readonly screens: { readonly [S in ScreenId]: Voiced };
  readonly questions: Omit<QuestionWords, FirstQuestionId>;
  readonly review: {
    readonly heading: string;
    readonly intro: string;
    readonly submit: string;
    /** Hidden text after "Change": "Change {question}" is read by screen readers. */
    readonly changeHidden: string;
  };
  readonly levels: { readonly [L in CareLevel]: LevelText };
  readonly result: {
    readonly heading: ResultVoiced;
    /** "Often called ASAM Level {asam}" */
    readonly oftenCalled: string;
    readonly whyHeading: string;
    readonly weekHeading: string;
    readonly alternativeHeading: string;
    /** "If {level} is hard right now, {alternative} is an option to ask about." */
    readonly alternativeBody: ResultVoiced;
    readonly withdrawalHeading: string;
    readonly withdrawal: { readonly [W in WithdrawalManagement]: ResultVoiced };
    readonly urgency: {
      readonly [U in Exclude<Urgency, 'emergency'>]: {
        readonly title: string;
        readonly body: Voiced;
      };
    };
    readonly callHeading: string;
    /** "Call {center} at {phone} for a free, confidential assessment." */
    readonly callBody: string;
    /** "{partner} was told which type of care was suggested…" (contract v1.3, shareResult). */
    readonly sharedWithPartner: string;
    readonly notesHeading: string;
    /**
     * The heading of the notes that are never folded (overdose, naloxone, tolerance loss,
     * pregnancy: docs/clinical-safety.md HAZ-29): "To stay safe".
     */
    readonly safetyHeading: ResultVoiced;
    /**
     * The schedule note when the result already says the session times (the programs or the
     * week): "Ask for the session time that fits you best."
     */
    readonly scheduleAsk: ResultVoiced;
    readonly notDiagnosis: ResultVoiced;
    readonly printHint: string;
    /** Title of the 988 card at the top of a result whose suicide screen was positive. */
    readonly crisisResourcesTitle: string;
    /** Read before an urgent card's title by screen readers: "Urgent advice: ". */
    readonly urgentPrefix: string;
    /** Appended to the schedule note: "You chose: {time}." */
    readonly scheduleChosen: ResultVoiced;
    /** {program} in the medicaid insurance note when the center names no state programme: "Medicaid". */
    readonly medicaidFallback: string;
  };
  readonly reasons: { readonly [code: string]: ResultVoiced };
  readonly notes: { readonly [N in Exclude<NoteCode, 'insurance'>]: ResultVoiced } & {
    readonly insurance: { readonly [T in ValueOf<'insurance.type'>]: ResultVoiced };
  };

  /**
   * The handoff code (issue #15): on the result, the code that carries the answers to the call;
   * on staff mode's start, the field staff type it into.
   */
  readonly handoff: {
    readonly heading: string;
    /** Read the code to the person you call; it holds your answers: share it only with the center. */
    readonly body: Voiced;
    /**
     * Write it down or screenshot it to come back later, here or on another device;
     * "{question}" is the start screen's "Have a code from before?".
     */
    readonly keep: string;
    readonly copy: string;
    readonly copied: string;
    readonly copyFailed: string;
    /** "Caller has a code?" */
    readonly staffHeading: string;
    readonly staffHint: string;
    readonly label: string;
    readonly open: string;
    readonly errors: HandoffErrorWords;
    /** Self mode's start (issue 19): the person types their own code, so no "ask the caller". */
    readonly self: {
      readonly label: string;
      readonly hint: string;
      readonly open: string;
      readonly errors: HandoffErrorWords;
    };
  };

  /** Staff mode (admissions staff during a call): live ratings and the plain-text intake note. */
  readonly staff: {
    /**
     * Staff mode's start (issue 19), in place of the start's words for the person: what to do
     * and what to tell the caller. "{newCaller}" is `ui.newCaller`; "{partner}" as in
     * `start.privacyShared`.
     */
    readonly start: {
      readonly intro: readonly string[];
      readonly time: string;
      readonly privacy: string;
      readonly privacyShared: string;
      readonly notDiagnosis: string;
    };
    /** The review in staff mode: "Check the caller's answers". */
    readonly review: {
      readonly heading: string;
      readonly intro: string;
    };
    /** The six ASAM dimension names (3rd edition numbering), d1 to d6. */
    readonly dimensions: { readonly [D in Dimension]: string };
    /** Severity in words ("Moderate"), for the live panel and the intake note. */
    readonly severity: { readonly [S in Severity]: string };
    /**
     * Fixed labels of the intake note. No placeholders: the note's layout (src/staff/intake-note.ts)
     * joins a label and its value as "Label: value".
     */
    readonly note: {
      readonly title: string;
      /** "Self-reported screening, not a diagnosis." */
      readonly notDiagnosis: string;
      readonly dateTime: string;
      readonly center: string;
      readonly appVersion: string;
      readonly contractVersion: string;
      readonly answersHeading: string;
      /** Section names, for grouping the answers. */
      readonly sections: { readonly [S in Section]: string };
      readonly dimensionsHeading: string;
      readonly resultHeading: string;
      readonly severity: string;
      readonly criteriaCount: string;
      readonly level: string;
      /** The level's words for an emergency result. */
      readonly emergency: string;
      readonly withdrawal: string;
      readonly withdrawalValues: { readonly [W in WithdrawalManagement]: string };
      readonly urgency: string;
      readonly urgencyValues: { readonly [U in Urgency]: string };
      readonly alternative: string;
      /** Where there is no alternative, or no notes. */
      readonly none: string;
      readonly reasonsHeading: string;
      readonly notesHeading: string;
    };
    /** Staff mode's own screen words. */
    readonly ui: {
      /** Put before each question staff read out: "Ask:". */
      readonly ask: string;
      readonly panelTitle: string;
      /** Says that questions not reached yet count as lowest risk. */
      readonly panelNote: string;
      /** "{n} of 4" */
      readonly rating: string;
      readonly severity: string;
      /** "{n} of 11 criteria" */
      readonly criteria: string;
      readonly provisionalLevel: string;
      readonly emergency: string;
      readonly shortcutsTitle: string;
      readonly shortcutNumbers: string;
      readonly shortcutEnter: string;
      readonly shortcutBack: string;
      readonly shortcutToggle: string;
      readonly noteHeading: string;
      readonly copyNote: string;
      readonly copied: string;
      readonly copyFailed: string;
      readonly newCaller: string;
      readonly newCallerConfirm: string;
      readonly newCallerYes: string;
      readonly cancel: string;
      readonly crisisHeading: string;
      readonly crisisSteps: readonly string[];
    };
    /**
     * The staff result's own words: the staff's next step, by urgency, in place of the "call
     * us" card (the reader is the center), and the 988 card's title.
     */
    readonly result: {
      readonly nextStep: {
        readonly [U in Exclude<Urgency, 'emergency'>]: {
          readonly title: string;
          readonly body: string;
        };
      };
      readonly crisisResourcesTitle: string;
    };
  };

  /** The center's programs on the result, the intake note and the live panel. */
  readonly programs: ProgramWords;

  /** The call card's admissions hours, text link and reminder (issue 19). */
  readonly call: CallWords;

  /** Interpreters at no cost, and the language a handoff code names (issue 18). */
  readonly interpreter: InterpreterWords;
}

/** Why a handoff code was refused, worded for whoever types it (staff, or the person). */
export interface HandoffErrorWords {
  readonly empty: string;
  /** "{character}" is what was typed. */
  readonly character: string;
  readonly tooShort: string;
  readonly tooLong: string;
  readonly mistake: string;
  readonly version: string;
}

/** The danger-now screen: part of the core, so it never waits for a download. */
export interface CrisisWords {
  readonly heading: string;
  readonly intro: Voiced;
  readonly call911Heading: string;
  readonly call911Signs: readonly string[];
  readonly call988Heading: string;
  readonly call988Body: string;
  readonly centerHeading: string;
  readonly naloxoneHeading: string;
  readonly naloxone: readonly string[];
  readonly changeAnswer: string;
}

/** Every question's words. */
export type QuestionWords = { readonly [Id in QuestionId]: QuestionText<ValueOf<Id>> };

/** The questions of the first screen, whose words ship with the core. */
export type FirstQuestionId = (typeof SCREENS)[0]['questions'][number];

/** A language's whole dictionary. */
export interface DictionaryShape
  extends Omit<CoreShape, 'questions'>, Omit<LaterShape, 'questions'> {
  readonly questions: QuestionWords;
}

/*
 * What the app reads: the shapes above, each string typed with the placeholders of its English
 * words (./format.ts `Filled`), so `format()` needs a value for each. The English files are
 * checked against the shapes; every other language against these (any string fits).
 */
export type CoreWords = Filled<CoreShape, typeof enCore>;
export type LaterWords = Filled<LaterShape, typeof enLater>;
export type Dictionary = Filled<DictionaryShape, typeof en>;

/** The words a question screen can draw on: the core, plus the later words once here. */
export interface QuestionScreenWords extends Omit<CoreWords, 'questions'> {
  readonly questions: Partial<QuestionWords>;
  readonly screens?: LaterWords['screens'];
}

/**
 * A question's words by id, for code that holds a question as the bank's general type. App
 * shows a question only once its words are here, so a missing one is a bug, and says so.
 */
export function questionText(
  t: { readonly questions: Partial<QuestionWords> },
  id: string,
): QuestionText<string> {
  const text = (t.questions as Readonly<Record<string, QuestionText<string> | undefined>>)[id];
  if (!text) throw new Error(`No words for question ${id} (not loaded yet?)`);
  return text;
}

/** The whole dictionary from its two parts. */
export function mergeWords(core: CoreWords, later: LaterWords): Dictionary {
  return { ...core, ...later, questions: { ...core.questions, ...later.questions } };
}

/**
 * The draft line (contract v1.2, languages §4): ./<lang>.draft.ts, the file's one export,
 * fetched only for a language whose review record says draft (src/ui/DraftNotice.tsx). The
 * English half of the line is ./en.draft.ts, shown beside the language's own.
 */
export type DraftWords = Filled<DraftShape, typeof enDraft>;
export interface DraftShape {
  /** For the person: "This translation has not yet been checked … call {center}." */
  readonly line: string;
  /** Added where the center's config says `interpreters: 'free'`. */
  readonly interpreterFree: string;
  /** For staff, who are the center: check what is unclear against the English. */
  readonly staff: string;
}
