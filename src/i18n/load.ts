/**
 * English ships in the main bundle; Spanish is fetched only when asked for, so English users
 * never download it.
 */
import { en } from './en';
import type { Dictionary, Lang } from './types';

export async function loadDictionary(lang: Lang): Promise<Dictionary> {
  if (lang === 'es') return (await import('./es')).es;
  return en;
}

export { en };
