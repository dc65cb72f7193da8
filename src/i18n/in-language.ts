/**
 * A center's own words per language (program names and places, the state's programme, the
 * licensing body): English is always given, the others may not be (languages spec §3). What
 * shows in a language without its own is the English, and says so: `lang` is 'en'.
 */
import type { Lang } from './types';

export type PerLanguage = { readonly en: string } & { readonly [L in Lang]?: string };

export interface InLanguage {
  readonly text: string;
  /** The language `text` is in: `lang`, or 'en' when it fell back. */
  readonly lang: Lang;
}

export function inLanguage(words: PerLanguage, lang: Lang): InLanguage {
  const own = words[lang];
  return own === undefined ? { text: words.en, lang: 'en' } : { text: own, lang };
}

/** The `lang` attribute an element needs: only when its text is not in the page's language. */
export function langAttr(text: InLanguage, page: Lang): Lang | undefined {
  return text.lang === page ? undefined : text.lang;
}
