/**
 * The one registry of the languages the app speaks (languages spec §2). Everything that used to
 * name `en`/`es` by hand derives from it: the word loaders (./load.ts), the `lang` URL parameter
 * and the default from the browser (src/config/params.ts), the center schema's session languages
 * and `languages` (src/config/center-schema.ts), the menu (src/ui/LanguageMenu.tsx), `<html lang
 * dir>`, the prerendered start pages and the head's inline script (scripts/prerender.tsx,
 * src/prerender/inline-scripts.ts), the noscript and crisis fallbacks, and the size check
 * (scripts/check-size.ts).
 *
 * It is on the first load, so it holds only short strings and loaders: each language's words
 * are imported dynamically, one chunk per part, fetched only for the language in use. The
 * languages' own names, which only the open menu lists, are in ./language-names.ts; their
 * English names, which only the later part says, in ./interpreter-words.ts (ENGLISH_NAMES).
 */
import type { CoreWords, Lang, LaterWords } from './types';
import { LANG_TAGS } from './language-tags';
import { retrying } from '../app/fresh-import';

export { LANG_TAGS, matchLanguage } from './language-tags';

export type Dir = 'ltr' | 'rtl';

/** A word file's module: its one export is its words (./load.ts). */
export type WordsModule<W> = { readonly [name: string]: W };

export interface Language {
  /** The BCP 47 tag: the `lang` parameter's value, `<html lang>` and the word files' prefix. */
  readonly tag: Lang;
  readonly dir: Dir;
  /**
   * The module of the words of the first screens (see CoreWords; ./load.ts takes them out): no
   * silent fallback to another language. Both loaders can be tried again after a failed
   * download (../app/fresh-import.ts).
   */
  readonly loadCore: () => Promise<WordsModule<CoreWords>>;
  /** The module of the words of the rest (see LaterWords). */
  readonly loadLater: () => Promise<WordsModule<LaterWords>>;
  // The review record (languages spec §4) is added here beside the loaders (issue 18, i18b).
}

/** In menu order: English, then Spanish, then the county's languages (spec §2). */
export const LANGUAGES: { readonly [L in Lang]: Language & { readonly tag: L } } = {
  en: {
    tag: 'en',
    dir: 'ltr',
    loadCore: retrying(() => import('./en.core')),
    loadLater: retrying(() => import('./en.later')),
  },
  es: {
    tag: 'es',
    dir: 'ltr',
    loadCore: retrying(() => import('./es.core')),
    loadLater: retrying(() => import('./es.later')),
  },
  vi: {
    tag: 'vi',
    dir: 'ltr',
    loadCore: retrying(() => import('./vi.core')),
    loadLater: retrying(() => import('./vi.later')),
  },
  ko: {
    tag: 'ko',
    dir: 'ltr',
    loadCore: retrying(() => import('./ko.core')),
    loadLater: retrying(() => import('./ko.later')),
  },
  'zh-Hant': {
    tag: 'zh-Hant',
    dir: 'ltr',
    loadCore: retrying(() => import('./zh-Hant.core')),
    loadLater: retrying(() => import('./zh-Hant.later')),
  },
  'zh-Hans': {
    tag: 'zh-Hans',
    dir: 'ltr',
    loadCore: retrying(() => import('./zh-Hans.core')),
    loadLater: retrying(() => import('./zh-Hans.later')),
  },
  fa: {
    tag: 'fa',
    dir: 'rtl',
    loadCore: retrying(() => import('./fa.core')),
    loadLater: retrying(() => import('./fa.later')),
  },
  ar: {
    tag: 'ar',
    dir: 'rtl',
    loadCore: retrying(() => import('./ar.core')),
    loadLater: retrying(() => import('./ar.later')),
  },
};

/** What a build offers when the center config doesn't say: every language with words. */
export const DEFAULT_LANGUAGES: readonly Lang[] = LANG_TAGS;

export function isLang(value: string): value is Lang {
  return Object.prototype.hasOwnProperty.call(LANGUAGES, value);
}

export const dirOf = (lang: Lang): Dir => LANGUAGES[lang].dir;
