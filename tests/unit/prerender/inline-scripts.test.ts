/**
 * The prerendered page's head script decides, before the app exists, which language to show
 * and whether to show the default start screen at all. It must decide exactly as the app will
 * (src/config/params.ts): otherwise a Spanish speaker sees English first, or a link with its own
 * number flashes the default one. Run here with stand-ins for the browser's globals.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { headScript } from '../../../src/prerender/inline-scripts';
import { parseParams } from '../../../src/config/params';
import { centerConfig } from '../../../src/config/center';
import { LANG_TAGS } from '../../../src/i18n/languages';
import type { Lang } from '../../../src/i18n/types';

/** Every language of the registry offered, as a build will once all have words. */
const ALL = { ...centerConfig, languages: [...LANG_TAGS] };

function script(offered: readonly Lang[]) {
  return headScript({
    offered,
    titles: { en: 'Start – EN', es: 'Inicio – ES', fa: 'شروع – FA' },
    neutralPage: 'https://www.google.com/',
  });
}
const SCRIPT = script(LANG_TAGS);

interface Outcome {
  readonly lang: string | null;
  readonly prerender: string | null;
  readonly title: string;
  readonly dir: string;
}

function runHead(search: string, languages: readonly string[], code = SCRIPT): Outcome {
  const attributes = new Map<string, string>();
  const html = {
    lang: '',
    dir: '',
    setAttribute: (name: string, value: string) => attributes.set(name, value),
  };
  const doc = { documentElement: html, title: '', addEventListener: () => undefined };
  // Answers live in memory only: the script must never look in storage.
  const storage = new Proxy(
    {},
    {
      get: () => {
        throw new Error('the head script touched sessionStorage');
      },
    },
  );
  // The script reads these as globals; parameters of the same names stand in for them.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const run = new Function('location', 'navigator', 'document', 'sessionStorage', code) as (
    ...args: unknown[]
  ) => void;
  run({ search }, { languages, language: languages[0] ?? '' }, doc, storage);
  return {
    lang: attributes.get('data-lang') ?? null,
    prerender: attributes.get('data-prerender') ?? null,
    title: doc.title,
    dir: html.dir,
  };
}

const appLang = (search: string, languages: readonly string[]) =>
  parseParams(search, () => undefined, languages, { framed: false, center: ALL }).lang;

describe('the head script picks the language the app will use', () => {
  it.each([
    ['', ['en-US']],
    ['', ['es-MX', 'en']],
    ['', ['fr-FR', 'es']],
    ['', ['fr-FR']],
    ['', []],
    ['?lang=es', ['en-US']],
    ['?lang=en', ['es-ES']],
    ['?lang=fr', ['es-ES']],
    ['?lang=ES', ['en']],
    ['?lang=es&lang=en', ['en']],
    ['?phone=%2B13105550123&lang=es', ['en']],
    ['?lang=vi', ['en']],
    ['?lang=zh-Hant', ['en']],
    ['?lang=zh-hant', ['en']],
    ['', ['zh-TW', 'en']],
    ['', ['zh-HK']],
    ['', ['zh-CN']],
    ['', ['zh-SG']],
    ['', ['zh']],
    ['', ['zh-Hant-CN']],
    ['', ['zh-Hans-TW']],
    ['', ['fa-IR', 'en']],
    ['', ['ar-EG']],
    ['', ['ko-KR']],
    ['', ['vi_VN']],
  ] as const)('%s with %j', (search, languages) => {
    expect(runHead(search, languages).lang).toBe(appLang(search, languages));
  });

  it('offers only what the build offers, as the app does', () => {
    const offered: Lang[] = ['en', 'es'];
    const app = (search: string, languages: readonly string[]) =>
      parseParams(search, () => undefined, languages, {
        framed: false,
        center: { ...centerConfig, languages: offered },
      }).lang;
    for (const [search, languages] of [
      ['?lang=vi', ['vi']],
      ['', ['fa', 'es']],
      ['', ['zh-TW']],
    ] as const) {
      expect(runHead(search, languages, script(offered)).lang).toBe(app(search, languages));
    }
    expect(runHead('?lang=vi', ['fa', 'es'], script(offered)).lang).toBe('es');
  });

  it('sets dir="rtl" for Farsi and Arabic, "ltr" otherwise', () => {
    expect(runHead('?lang=fa', ['en'])).toMatchObject({ lang: 'fa', prerender: 'fa', dir: 'rtl' });
    expect(runHead('', ['ar'])).toMatchObject({ lang: 'ar', dir: 'rtl' });
    expect(runHead('', ['vi'])).toMatchObject({ lang: 'vi', dir: 'ltr' });
  });

  it('for any query and any browser languages', () => {
    const tag = fc.oneof(
      fc.constantFrom(
        ...['en', 'es', 'en-US', 'es-419', 'ES_mx', 'fr', 'pt-BR', '', 'e', 'english'],
        ...['vi', 'ko-KR', 'zh', 'zh-TW', 'zh-hk', 'zh-Hant', 'zh-Hans-HK', 'fa', 'ar-SA', 'zh_MO'],
      ),
      fc.string({ maxLength: 8 }),
    );
    const param = fc.tuple(
      fc.constantFrom('lang', 'phone', 'mode', 'x', 'Lang'),
      fc.oneof(
        fc.constantFrom('en', 'es', 'staff', 'fr', '', 'vi', 'zh-Hant', 'zh-Hans', 'fa', 'zh'),
        fc.string({ maxLength: 6 }),
      ),
    );
    fc.assert(
      fc.property(fc.array(param, { maxLength: 4 }), fc.array(tag, { maxLength: 4 }), (ps, ls) => {
        const search = `?${new URLSearchParams(ps).toString()}`;
        expect(runHead(search, ls).lang).toBe(appLang(search, ls));
      }),
      { numRuns: 500 },
    );
  });
});

describe('the head script shows the default start screen only where it is right', () => {
  it('shows it for a plain URL or one with only lang, in that language, with its title', () => {
    expect(runHead('', ['en'])).toEqual({
      lang: 'en',
      prerender: 'en',
      title: 'Start – EN',
      dir: 'ltr',
    });
    expect(runHead('?lang=es', ['en'])).toEqual({
      lang: 'es',
      prerender: 'es',
      title: 'Inicio – ES',
      dir: 'ltr',
    });
  });

  it.each([
    '?phone=%2B13105550123',
    '?center=Harbor',
    '?accent=005a9c',
    '?mode=staff',
    '?embed=1',
    '?lang=es&x=1',
  ])('never for %s (the app renders what that URL asks)', (search) => {
    expect(runHead(search, ['en']).prerender).toBeNull();
  });

  it('without looking in storage (nothing is saved there any more)', () => {
    // runHead's sessionStorage throws on any access, and the script would swallow that error
    // and show no prerendered screen.
    expect(runHead('', ['en']).prerender).toBe('en');
  });
});
