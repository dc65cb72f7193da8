/**
 * Words arrive in two parts per language (see CoreWords and LaterWords), each its own chunk,
 * fetched only for the language in use: English users never download Spanish, Spanish users
 * never download English, and nobody downloads the later words to see the first question.
 * (The prerendered page preloads the core chunk beside the app: scripts/prerender.tsx.)
 */
import type { CoreWords, Lang, LaterWords } from './types';

export async function loadCoreWords(lang: Lang): Promise<CoreWords> {
  if (lang === 'es') return (await import('./es.core')).esCore;
  return (await import('./en.core')).enCore;
}

export async function loadLaterWords(lang: Lang): Promise<LaterWords> {
  if (lang === 'es') return (await import('./es.later')).esLater;
  return (await import('./en.later')).enLater;
}
