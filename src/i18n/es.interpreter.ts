/** Palabras en español de los intérpretes y del idioma de un código (issue 18). */
import type { InterpreterWords } from './interpreter-words';

export const esInterpreter = {
  // «{language}» es el nombre del idioma en inglés («Spanish»): la persona lo dice al teléfono.
  ask: {
    you: '{center} puede conseguirle un intérprete sin costo para usted. Diga «{language}» cuando contesten.',
    they: '{center} puede conseguir un intérprete sin costo para usted o su ser querido. Diga «{language}» cuando contesten.',
  },
  staff: {
    offer: 'Respondió las preguntas en {language}: ofrezca un intérprete',
    same: 'Respondió las preguntas en {language}',
    notRecorded: 'Idioma de las preguntas: no consta (un código anterior)',
    names: {
      en: 'inglés',
      es: 'español',
      vi: 'vietnamita',
      ko: 'coreano',
      'zh-Hant': 'chino (tradicional)',
      'zh-Hans': 'chino (simplificado)',
      fa: 'farsi',
      ar: 'árabe',
    },
  },
} as const satisfies InterpreterWords;
