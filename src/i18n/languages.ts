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

export { LANG_TAGS, matchLanguage } from './language-tags';

export type Dir = 'ltr' | 'rtl';

export interface Language {
  /** The BCP 47 tag: the `lang` parameter's value, `<html lang>` and the word files' prefix. */
  readonly tag: Lang;
  readonly dir: Dir;
  /** The words of the first screens (see CoreWords): no silent fallback to another language. */
  readonly loadCore: () => Promise<CoreWords>;
  /** The words of the rest (see LaterWords). */
  readonly loadLater: () => Promise<LaterWords>;
  // The review record (languages spec §4) is added here beside the loaders (issue 18, i18b).
}

/** In menu order: English, then Spanish, then the county's languages (spec §2). */
export const LANGUAGES: { readonly [L in Lang]: Language & { readonly tag: L } } = {
  en: {
    tag: 'en',
    dir: 'ltr',
    loadCore: () => import('./en.core').then((m) => m.enCore),
    loadLater: () => import('./en.later').then((m) => m.enLater),
  },
  es: {
    tag: 'es',
    dir: 'ltr',
    loadCore: () => import('./es.core').then((m) => m.esCore),
    loadLater: () => import('./es.later').then((m) => m.esLater),
  },
  vi: {
    tag: 'vi',
    dir: 'ltr',
    loadCore: () => import('./vi.core').then((m) => m.viCore),
    loadLater: () => import('./vi.later').then((m) => m.viLater),
  },
  ko: {
    tag: 'ko',
    dir: 'ltr',
    loadCore: () => import('./ko.core').then((m) => m.koCore),
    loadLater: () => import('./ko.later').then((m) => m.koLater),
  },
  'zh-Hant': {
    tag: 'zh-Hant',
    dir: 'ltr',
    loadCore: () => import('./zh-Hant.core').then((m) => m.zhHantCore),
    loadLater: () => import('./zh-Hant.later').then((m) => m.zhHantLater),
  },
  'zh-Hans': {
    tag: 'zh-Hans',
    dir: 'ltr',
    loadCore: () => import('./zh-Hans.core').then((m) => m.zhHansCore),
    loadLater: () => import('./zh-Hans.later').then((m) => m.zhHansLater),
  },
  fa: {
    tag: 'fa',
    dir: 'rtl',
    loadCore: () => import('./fa.core').then((m) => m.faCore),
    loadLater: () => import('./fa.later').then((m) => m.faLater),
  },
  ar: {
    tag: 'ar',
    dir: 'rtl',
    loadCore: () => import('./ar.core').then((m) => m.arCore),
    loadLater: () => import('./ar.later').then((m) => m.arLater),
  },
};

/** What a build offers when the center config doesn't say: every language with words. */
export const DEFAULT_LANGUAGES: readonly Lang[] = LANG_TAGS;

export function isLang(value: string): value is Lang {
  return Object.prototype.hasOwnProperty.call(LANGUAGES, value);
}

export const dirOf = (lang: Lang): Dir => LANGUAGES[lang].dir;
