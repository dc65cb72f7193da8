import { createContext, useContext } from 'react';
import type { CoreWords, Dictionary, LaterWords, QuestionScreenWords } from './types';

/** The core words of the language in use. Provided once at the app's root. */
export const DictionaryContext = createContext<CoreWords | null>(null);

/**
 * Every word (core and later, merged once by App), once the later words are here
 * (src/app/load-deferred.ts); null until then.
 */
export const FullTextContext = createContext<Dictionary | null>(null);

export function useText(): CoreWords {
  const dict = useContext(DictionaryContext);
  if (!dict) throw new Error('useText() outside <DictionaryContext.Provider>');
  return dict;
}

/** Staff mode's words, or null before they arrive (staff mode fetches them before it starts). */
export function useStaffText(): LaterWords['staff'] | null {
  return useContext(FullTextContext)?.staff ?? null;
}

/**
 * Every word, for the screens that come after the questions. App renders those only once the
 * later words are here, so a missing part is a bug, not a state to show.
 */
export function useFullText(): Dictionary {
  const all = useContext(FullTextContext);
  if (!all) throw new Error('useFullText() before the later words loaded');
  return all;
}

/** The words for a question screen: every question's once the later words are here. */
export function useQuestionScreenText(): QuestionScreenWords {
  const core = useText();
  return useContext(FullTextContext) ?? core;
}
