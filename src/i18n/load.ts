/**
 * Words arrive in two parts per language (see CoreWords and LaterWords): English core words
 * ship in the main bundle; everything else is fetched only when asked for, so English users
 * never download Spanish and nobody downloads the result's words to see the first question.
 */
import { enCore } from './en.core';
import type { CoreWords, Lang, LaterWords } from './types';

export async function loadCoreWords(lang: Lang): Promise<CoreWords> {
  if (lang === 'es') return (await import('./es.core')).esCore;
  return enCore;
}

export async function loadLaterWords(lang: Lang): Promise<LaterWords> {
  if (lang === 'es') return (await import('./es.later')).esLater;
  return (await import('./en.later')).enLater;
}

export { enCore };
