/**
 * Fetches the deferred code (./deferred.ts) and a language's later words together, once per
 * language. A failed fetch is forgotten, so trying again really tries again (under a new URL:
 * ./fresh-import.ts).
 */
import { loadLaterWords } from '../i18n/load';
import { retrying } from './fresh-import';
import type { Lang, LaterWords } from '../i18n/types';

export type DeferredCode = typeof import('./deferred');

export interface Deferred {
  readonly lang: Lang;
  readonly code: DeferredCode;
  readonly words: LaterWords;
}

const loadCode = retrying(() => import('./deferred'));
const loading = new Map<Lang, Promise<Deferred>>();

export function loadDeferred(lang: Lang): Promise<Deferred> {
  let pending = loading.get(lang);
  if (!pending) {
    pending = Promise.all([loadCode(), loadLaterWords(lang)]).then(([code, words]) => ({
      lang,
      code,
      words,
    }));
    pending.catch(() => loading.delete(lang));
    loading.set(lang, pending);
  }
  return pending;
}
