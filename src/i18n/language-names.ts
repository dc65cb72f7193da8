/**
 * Each language's own name in its own script (languages spec §2), as the open language menu
 * lists them (src/ui/LanguageList.tsx). Apart from the registry (./languages.ts) because the
 * first load needs none of them: the closed menu names the language on screen by its core
 * words' `languageName` (a test holds the two equal).
 */
import type { Lang } from './types';

export const LANGUAGE_NAMES: { readonly [L in Lang]: string } = {
  en: 'English',
  es: 'Español',
  vi: 'Tiếng Việt',
  ko: '한국어',
  'zh-Hant': '繁體中文',
  'zh-Hans': '简体中文',
  fa: 'فارسی',
  ar: 'العربية',
};
