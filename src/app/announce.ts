import { createContext, useContext } from 'react';

/** Says something through the page's live region (present from the first render). */
export const AnnounceContext = createContext<(text: string) => void>(() => {});

export const useAnnounce = () => useContext(AnnounceContext);
