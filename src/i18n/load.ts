/**
 * Words arrive in two parts per language (see CoreWords and LaterWords), each its own chunk,
 * fetched only for the language in use: English users never download Spanish, Spanish users
 * never download English, and nobody downloads the later words to see the first question.
 * (The prerendered page preloads the core chunk beside the app: scripts/prerender.tsx.)
 * The loaders are the registry's (./languages.ts): a language without words fails to load,
 * it never silently shows English.
 */
import { LANGUAGES } from './languages';
import type { CoreWords, Lang, LaterWords } from './types';

export function loadCoreWords(lang: Lang): Promise<CoreWords> {
  return LANGUAGES[lang].loadCore();
}

export function loadLaterWords(lang: Lang): Promise<LaterWords> {
  return LANGUAGES[lang].loadLater();
}
