/**
 * The registry's tags alone (src/i18n/languages.ts is the registry), for what runs at build time
 * and must not reach the word chunks: the center schema (read by vite.config.ts) imports this,
 * never the loaders. A unit test holds the two in step.
 */
import type { Lang } from './types';

/** Every tag, in menu order: English, Spanish, then the county's languages (spec §2). */
export const LANG_TAGS: readonly Lang[] = [
  'en',
  'es',
  'vi',
  'ko',
  'zh-Hant',
  'zh-Hans',
  'fa',
  'ar',
];

/**
 * The first of the browser's preferred languages (`navigator.languages`) that `offered` has,
 * matched by primary subtag; Chinese by script, else region (zh-Hant, zh-TW, zh-HK, zh-MO → zh-Hant; zh-CN,
 * zh-SG and plain zh → zh-Hans). Undefined when none matches (the caller's default is English).
 */
export function matchLanguage(
  preferred: readonly string[],
  offered: readonly Lang[],
): Lang | undefined {
  for (const raw of preferred) {
    const parts = String(raw).toLowerCase().split(/[-_]/);
    const primary = parts[0];
    let lang: string | undefined = primary;
    if (primary === 'zh') {
      const traditional =
        !parts.includes('hans') && parts.some((p) => ['hant', 'tw', 'hk', 'mo'].includes(p));
      lang = traditional ? 'zh-Hant' : 'zh-Hans';
    }
    const match = offered.find((tag) => tag === lang);
    if (match) return match;
  }
  return undefined;
}
