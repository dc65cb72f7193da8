import { createContext, useContext } from 'react';
import type { Dictionary } from './types';

/** The dictionary of the language in use. Provided once at the app's root. */
export const DictionaryContext = createContext<Dictionary | null>(null);

export function useText(): Dictionary {
  const dict = useContext(DictionaryContext);
  if (!dict) throw new Error('useText() outside <DictionaryContext.Provider>');
  return dict;
}
