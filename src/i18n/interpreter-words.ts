/**
 * The words of interpreters and of the handoff code's language (issue 18, languages spec §6):
 * how to ask the center for an interpreter at no cost, and what staff mode says of the
 * language a caller's code was made in. Part of the later words: see ./types.ts.
 */
import type { CodeLanguage } from '../questions/handoff-code';
import type { Voiced } from './types';

export interface InterpreterWords {
  /**
   * Shown on a screen in another language than English when the center's `interpreters` is
   * 'free' (the call card, the referral, the crisis screen): the center brings in an interpreter
   * at no cost, and how to ask. "{center}" is the center's name; "{language}" is the screen
   * language's ENGLISH name ("Vietnamese"), which the person says when someone answers: keep it
   * in English, in quotes.
   */
  readonly ask: Voiced;
  /** Staff mode, when the answers came from a handoff code (the panel, the result, the note). */
  readonly staff: {
    /** The caller did the check in another language: "Did the check in {language} — offer an interpreter". */
    readonly offer: string;
    /** The check was in a language the reader speaks: "Did the check in {language}". */
    readonly same: string;
    /** A code made before codes named their language. */
    readonly notRecorded: string;
    /** Each language's name in this language ("Vietnamese"; in Spanish "vietnamita"). */
    readonly names: { readonly [L in CodeLanguage]: string };
  };
}

/**
 * Each language's name in English, for "say «Vietnamese» when they answer": the name an
 * interpreter line knows. The app's only English names (the registry, src/i18n/languages.ts,
 * which is on the first load, keeps none); its keys are the registry's tags.
 * Chinese is said as "Chinese" in both scripts: the interpreter line asks which spoken language.
 */
export const ENGLISH_NAMES: { readonly [L in CodeLanguage]: string } = {
  en: 'English',
  es: 'Spanish',
  vi: 'Vietnamese',
  ko: 'Korean',
  'zh-Hant': 'Chinese',
  'zh-Hans': 'Chinese',
  fa: 'Farsi',
  ar: 'Arabic',
};
