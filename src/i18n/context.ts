import { createContext, useContext, useMemo } from 'react';
import {
  mergeWords,
  type CoreWords,
  type Dictionary,
  type LaterWords,
  type QuestionScreenWords,
} from './types';

/** The core words of the language in use. Provided once at the app's root. */
export const DictionaryContext = createContext<CoreWords | null>(null);

/** The later words, once fetched (src/app/load-deferred.ts); null until then. */
export const LaterWordsContext = createContext<LaterWords | null>(null);

export function useText(): CoreWords {
  const dict = useContext(DictionaryContext);
  if (!dict) throw new Error('useText() outside <DictionaryContext.Provider>');
  return dict;
}

/** Staff mode's words, or null before they arrive (staff mode fetches them before it starts). */
export function useStaffText(): LaterWords['staff'] | null {
  return useContext(LaterWordsContext)?.staff ?? null;
}

/**
 * Every word, for the screens that come after the questions. App renders those only once the
 * result words are here, so a missing part is a bug, not a state to show.
 */
export function useFullText(): Dictionary {
  const core = useText();
  const rest = useContext(LaterWordsContext);
  const all = useMemo(() => (rest ? mergeWords(core, rest) : null), [core, rest]);
  if (!all) throw new Error('useFullText() before the result words loaded');
  return all;
}

/** The words for a question screen: every question's once the later words are here. */
export function useQuestionScreenText(): QuestionScreenWords {
  const core = useText();
  const rest = useContext(LaterWordsContext);
  return useMemo(() => (rest ? mergeWords(core, rest) : core), [core, rest]);
}
