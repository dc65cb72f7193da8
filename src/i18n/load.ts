/**
 * Words arrive in two parts per language (see CoreWords and LaterWords), each its own chunk,
 * fetched only for the language in use: English users never download Spanish, Spanish users
 * never download English, and nobody downloads the later words to see the first question.
 * (The prerendered page preloads the core chunk beside the app: scripts/prerender.tsx.)
 * The loaders are the registry's (./languages.ts): a language without words fails to load,
 * it never silently shows English.
 */
import { LANGUAGES, type WordsModule } from './languages';
import type { CoreWords, Lang, LaterWords } from './types';

export function loadCoreWords(lang: Lang): Promise<CoreWords> {
  return LANGUAGES[lang].loadCore().then(wordsOf);
}

export function loadLaterWords(lang: Lang): Promise<LaterWords> {
  return LANGUAGES[lang].loadLater().then(wordsOf);
}

/**
 * A word file exports its words alone (`export const enCore = …`), so they are its one export:
 * the registry's loaders stay bare import()s, which can be tried again under a new URL
 * (../app/fresh-import.ts), and name no export each on the first load.
 */
const wordsOf = <W>(module: WordsModule<W>): W => Object.values(module)[0]!;
