/** English words for interpreters and a code's language (issue 18): see ./interpreter-words.ts. */
import type { InterpreterWords } from './interpreter-words';

export const enInterpreter = {
  // Shown only on screens in other languages: these English words are the translators' source.
  ask: {
    you: '{center} can bring in an interpreter at no cost to you. When they answer, say "{language}".',
    they: '{center} can bring in an interpreter at no cost, for you or your loved one. When they answer, say "{language}".',
  },
  staff: {
    offer: 'Did the check in {language} — offer an interpreter',
    same: 'Did the check in {language}',
    notRecorded: 'Language of the check: not recorded (an older code)',
    names: {
      en: 'English',
      es: 'Spanish',
      vi: 'Vietnamese',
      ko: 'Korean',
      'zh-Hant': 'Chinese (Traditional)',
      'zh-Hans': 'Chinese (Simplified)',
      fa: 'Farsi',
      ar: 'Arabic',
    },
  },
} as const satisfies InterpreterWords;
