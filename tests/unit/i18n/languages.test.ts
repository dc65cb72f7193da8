/**
 * The language registry (src/i18n/languages.ts, languages spec §2): one entry per tag, its own
 * name in its own script (src/i18n/language-names.ts, the same in its core words), direction, loaders that never fall back to English; and the default
 * language from the browser's preferred languages, matched by primary subtag (Chinese by script,
 * else region).
 */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LANGUAGES,
  LANG_TAGS,
  LANGUAGES,
  matchLanguage,
} from '../../../src/i18n/languages';
import { LANGUAGE_NAMES } from '../../../src/i18n/language-names';
import { loadCoreWords, loadLaterWords } from '../../../src/i18n/load';
import { offeredLanguages, parseParams } from '../../../src/config/params';
import { centerConfig } from '../../../src/config/center';
import { centerConfigSchema } from '../../../src/config/center-schema';
import type { Lang } from '../../../src/i18n/types';

const ALL: readonly Lang[] = LANG_TAGS;

describe('the registry', () => {
  it('has every tag of the spec, in menu order, each entry under its own tag', () => {
    expect(LANG_TAGS).toEqual(['en', 'es', 'vi', 'ko', 'zh-Hant', 'zh-Hans', 'fa', 'ar']);
    expect(Object.keys(LANGUAGES)).toEqual(LANG_TAGS);
    for (const tag of LANG_TAGS) expect(LANGUAGES[tag].tag).toBe(tag);
  });

  it('names each language in its own name and script (spec §2), Farsi and Arabic right to left', () => {
    expect(Object.fromEntries(LANG_TAGS.map((t) => [t, LANGUAGE_NAMES[t]]))).toEqual({
      en: 'English',
      es: 'Español',
      vi: 'Tiếng Việt',
      ko: '한국어',
      'zh-Hant': '繁體中文',
      'zh-Hans': '简体中文',
      fa: 'فارسی',
      ar: 'العربية',
    });
    expect(LANG_TAGS.filter((t) => LANGUAGES[t].dir === 'rtl')).toEqual(['fa', 'ar']);
  });

  it.each(LANG_TAGS)('%s: loads its own words, both parts, never another language', async (tag) => {
    const core = await loadCoreWords(tag);
    expect(core.lang).toBe(tag);
    expect(core.languageName).toBe(LANGUAGE_NAMES[tag]);
    const later = await loadLaterWords(tag);
    expect(Object.keys(later.questions).length).toBeGreaterThan(10);
  });

  it.each(LANG_TAGS)(
    '%s: each word file exports its words alone (src/i18n/load.ts takes its one export)',
    async (tag) => {
      for (const load of [LANGUAGES[tag].loadCore, LANGUAGES[tag].loadLater])
        expect(Object.keys(await load())).toHaveLength(1);
    },
  );

  it('offers, by default, every language with words', () => {
    expect(DEFAULT_LANGUAGES).toEqual(LANG_TAGS);
    expect(offeredLanguages({})).toEqual(DEFAULT_LANGUAGES);
    expect(offeredLanguages({ languages: ['en', 'vi'] })).toEqual(['en', 'vi']);
  });
});

describe('the center config lists which languages its build offers', () => {
  const parse = (languages: unknown) =>
    centerConfigSchema.safeParse({ ...centerConfig, languages });

  it('takes a list of tags with words, English among them', () => {
    expect(parse(['en', 'vi', 'fa']).success).toBe(true);
    expect(parse(undefined).success).toBe(true);
  });

  it.each([
    [['vi', 'fa'], "must include 'en'"],
    [['en', 'en'], 'twice'],
    [['en', 'fr'], ''],
  ])('refuses %j', (languages, message) => {
    const result = parse(languages);
    expect(result.success).toBe(false);
    if (message) expect(JSON.stringify(result.error?.issues)).toContain(message);
  });
});

describe('the default language: the first of navigator.languages the build offers', () => {
  it.each<[string[], Lang | undefined]>([
    [['vi-VN', 'en-US'], 'vi'],
    [['fr-FR', 'ko-KR'], 'ko'],
    [['zh-TW'], 'zh-Hant'],
    [['zh-HK'], 'zh-Hant'],
    [['zh-MO'], 'zh-Hant'],
    [['zh-Hant'], 'zh-Hant'],
    [['zh-Hant-CN'], 'zh-Hant'],
    [['zh-CN'], 'zh-Hans'],
    [['zh-SG'], 'zh-Hans'],
    [['zh'], 'zh-Hans'],
    [['zh-Hans-TW'], 'zh-Hans'],
    [['ZH_tw'], 'zh-Hant'],
    [['fa-IR'], 'fa'],
    [['ar-EG', 'en'], 'ar'],
    [['es-419'], 'es'],
    [['fr', 'de'], undefined],
    [[], undefined],
  ])('%j → %s', (preferred, expected) => {
    expect(matchLanguage(preferred, ALL)).toBe(expected);
  });

  it('skips a language the build does not offer', () => {
    expect(matchLanguage(['vi', 'es'], ['en', 'es'])).toBe('es');
    expect(matchLanguage(['zh-TW', 'en'], ['en', 'zh-Hans'])).toBe('en');
  });

  it('is what the app starts in: else English; lang= takes every offered tag', () => {
    const center = { ...centerConfig, languages: ['en', 'es', 'vi', 'fa'] as Lang[] };
    const app = (search: string, preferred: string[]) =>
      parseParams(search, () => undefined, preferred, { framed: false, center }).lang;
    expect(app('', ['vi-VN'])).toBe('vi');
    expect(app('', ['fa-IR'])).toBe('fa');
    expect(app('', ['ko-KR'])).toBe('en');
    expect(app('?lang=fa', ['vi'])).toBe('fa');
    const warnings: string[] = [];
    expect(
      parseParams('?lang=ko', (w) => warnings.push(w), ['vi'], { framed: false, center }).lang,
    ).toBe('vi');
    expect(warnings.join()).toContain('not offered by this build');
  });
});
