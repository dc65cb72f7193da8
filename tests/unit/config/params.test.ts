import { describe, expect, it, vi } from 'vitest';
import { centerConfig } from '../../../src/config/center';
import { parseParams, preferredLang, type AppConfig } from '../../../src/config/params';

const defaults: AppConfig = {
  mode: 'self',
  lang: 'en',
  langFromUrl: false,
  phone: centerConfig.phone,
  center: centerConfig.name,
  accent: centerConfig.accent,
  embed: false,
  parentOrigin: null,
  shareResult: null,
  partner: null,
};

/** A center with a tracking number and two partners, one allowed the level (contract v1.3). */
const CENTER = {
  name: 'Harbor Test',
  phone: '+17145550123',
  accent: '1f6feb',
  trackingNumbers: [{ label: 'County line', phone: '+17145550188' }],
  partners: [
    { origin: 'https://county.example', name: 'County Health', shareResult: 'level' as const },
    { origin: 'https://clinic.example', name: 'Clinic' },
  ],
};

function parseFor(search: string) {
  const warn = vi.fn<(message: string) => void>();
  const config = parseParams(search, warn, [], { framed: true, center: CENTER });
  return { config, warnings: warn.mock.calls.map(([message]) => message) };
}

/** Parses with no browser languages, as if in a frame, and collects warnings. */
function parse(search: string, languages: readonly string[] = [], framed = true) {
  const warn = vi.fn<(message: string) => void>();
  const config = parseParams(search, warn, languages, { framed });
  return { config, warnings: warn.mock.calls.map(([message]) => message) };
}

function q(params: Record<string, string>): string {
  return `?${new URLSearchParams(params).toString()}`;
}

describe('parseParams: defaults', () => {
  it.each(['', '?', '?foo=bar&MODE=staff&utm_source=x'])(
    'uses the defaults for %j, silently',
    (search) => {
      expect(parse(search)).toEqual({ config: defaults, warnings: [] });
    },
  );

  it('reads navigator.languages when none are given', () => {
    const spy = vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['es-US', 'en']);
    expect(parseParams('', () => {}).lang).toBe('es');
    spy.mockRestore();
  });
});

describe('parseParams: embed=1 opened top-level (issue 23)', () => {
  it("is self mode (the link is the person's own page: nothing to warn a partner about)", () => {
    const { config } = parse(q({ embed: '1', parentOrigin: 'https://partner.example' }), [], false);
    expect(config.embed).toBe(false);
  });

  it('reads the real window when not told: jsdom is top-level', () => {
    expect(parseParams('?embed=1', () => {}, []).embed).toBe(false);
  });
});

describe('parseParams: valid values', () => {
  it('reads every parameter', () => {
    const search = q({
      mode: 'staff',
      lang: 'es',
      phone: '+17145550188',
      accent: '0B5FFF',
      embed: '1',
      parentOrigin: 'https://county.example',
      shareResult: 'level',
    });
    expect(parseFor(search)).toEqual({
      config: {
        mode: 'staff',
        lang: 'es',
        langFromUrl: true,
        phone: '+17145550188',
        center: 'Harbor Test',
        accent: '0b5fff',
        embed: true,
        parentOrigin: 'https://county.example',
        shareResult: 'level',
        partner: 'County Health',
      },
      warnings: [],
    });
  });

  it.each(['self', 'staff'] as const)('mode=%s', (mode) => {
    expect(parse(q({ mode })).config.mode).toBe(mode);
  });

  it.each(['en', 'es'] as const)('lang=%s wins over the browser', (lang) => {
    const { config } = parse(q({ lang }), [lang === 'en' ? 'es' : 'en']);
    expect(config).toMatchObject({ lang, langFromUrl: true });
  });

  it('reads a hand-typed, unencoded + in the phone number', () => {
    expect(parse('?phone=+19492808360')).toEqual({
      config: { ...defaults, phone: '+19492808360' },
      warnings: [],
    });
    expect(parseFor('?phone=%2B17145550188').config.phone).toBe('+17145550188');
    expect(parseFor('?phone=+17145550188').config.phone).toBe('+17145550188');
  });

  it.each([
    'http://localhost:5173',
    'https://a.com',
    'https://sub.partner.example',
    'http://127.0.0.1:8080',
  ])('parentOrigin=%s', (origin) => {
    expect(parse(q({ parentOrigin: origin }))).toEqual({
      config: { ...defaults, parentOrigin: origin },
      warnings: [],
    });
  });

  it('uses the first of repeated parameters', () => {
    expect(parse('?mode=staff&mode=self&lang=es&lang=en').config).toMatchObject({
      mode: 'staff',
      lang: 'es',
    });
    // even when the first is bad: no second-guessing which one was meant
    const { config, warnings } = parse('?mode=admin&mode=staff');
    expect(config.mode).toBe('self');
    expect(warnings).toHaveLength(1);
  });
});

describe("parseParams: the center's own numbers and name (contract v1.3)", () => {
  it.each(['+17145550123', '+17145550188'])('shows %s, a number the center lists', (phone) => {
    expect(parseFor(q({ phone }))).toMatchObject({ config: { phone }, warnings: [] });
  });

  it.each(['+13105550199', '+19492808360', '+17145550189'])(
    'drops phone=%s, a valid number the center does not list, with one warning',
    (phone) => {
      const { config, warnings } = parseFor(q({ phone }));
      expect(config.phone).toBe('+17145550123');
      expect(warnings).toEqual([
        `[loc-wizard] Ignoring URL parameter "phone"="${phone}": not one of the center's own numbers. Using the default.`,
      ]);
    },
  );

  it.each(['Sunrise Recovery', 'Harbor Test', '<img src=x onerror=alert(1)>', ''])(
    "ignores center=%j with one warning: the name is the build's",
    (center) => {
      const { config, warnings } = parseFor(q({ center }));
      expect(config.center).toBe('Harbor Test');
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toContain('"center"');
      expect(warnings[0]).toContain('removed in v1.3');
    },
  );

  it('the default config: only its own number', () => {
    expect(parse(q({ phone: '+13105550199' })).config.phone).toBe(centerConfig.phone);
  });
});

describe('parseParams: shareResult=level, only for a partner the center allows (v1.3)', () => {
  const framed = (parentOrigin: string, extra: Record<string, string> = {}) =>
    parseFor(q({ embed: '1', parentOrigin, shareResult: 'level', ...extra }));

  it('honours it for a listed partner with shareResult level, naming the partner', () => {
    expect(framed('https://county.example')).toMatchObject({
      config: { shareResult: 'level', partner: 'County Health' },
      warnings: [],
    });
  });

  it.each([
    ['a partner listed without shareResult', 'https://clinic.example', {}],
    ['an origin not listed', 'https://stranger.example', {}],
    ['a look-alike origin', 'https://county.example.evil.test', {}],
    ['a listed origin outside a frame', 'https://county.example', { embed: '0' }],
  ])('drops it for %s, with one warning', (_what, origin, extra) => {
    const { config, warnings } = framed(origin, extra);
    expect(config).toMatchObject({ shareResult: null, partner: null });
    expect(warnings.filter((w) => w.includes('"shareResult"'))).toHaveLength(1);
  });

  it('drops it when the config lists no partner at all', () => {
    const { config, warnings } = parse(
      q({ embed: '1', parentOrigin: 'https://a.com', shareResult: 'level' }),
    );
    expect(config).toEqual({ ...defaults, embed: true, parentOrigin: 'https://a.com' });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('"shareResult"');
  });
});

describe('parseParams: invalid and hostile values', () => {
  it.each<[Exclude<keyof AppConfig, 'langFromUrl'>, string]>([
    ['mode', 'admin'],
    ['mode', 'STAFF'],
    ['mode', ''],
    ['lang', 'xx'],
    ['lang', 'es-MX'],
    ['lang', 'ES'],
    ['phone', 'javascript:alert(1)'],
    ['phone', '9492808360'],
    ['phone', '(949) 280-8360'],
    ['phone', '+1 949 280 8360'],
    ['phone', 'tel:+19492808360'],
    ['phone', '+13105550199'],
    ['center', ''],
    ['center', 'x'.repeat(61)],
    ['center', '<b>Hi</b>\n<script>alert(1)</script>'],
    ['center', 'Trust\u0000SoCal'],
    ['center', 'Trust \u202Eladnacs'],
    ['accent', 'red;background:url(x)'],
    ['accent', 'ffff00'],
    ['accent', 'ffffff'],
    ['accent', '#1f6feb'],
    ['accent', 'fff'],
    ['accent', '1f6feb;color:red'],
    ['embed', 'true'],
    ['embed', '0'],
    ['embed', ''],
    ['parentOrigin', '*'],
    ['parentOrigin', 'null'],
    ['parentOrigin', 'https://a.com/path'],
    ['parentOrigin', 'https://a.com/'],
    ['parentOrigin', 'https://a.com?x=1'],
    ['parentOrigin', 'https://user:pw@a.com'],
    ['parentOrigin', 'https://A.com'],
    ['parentOrigin', 'https://a.com:443'],
    ['parentOrigin', 'javascript:alert(1)'],
    ['parentOrigin', 'data:text/html,hi'],
    ['parentOrigin', 'file:///etc/passwd'],
    ['parentOrigin', 'ftp://a.com'],
    ['parentOrigin', 'a.com'],
    ['parentOrigin', ' https://a.com'],
    ['shareResult', 'all'],
    ['shareResult', 'answers'],
    ['shareResult', 'level'],
  ])('drops %s=%j with one warning naming it', (name: string, value) => {
    const { config, warnings } = parse(q({ [name]: value }));
    expect(config).toEqual(defaults);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(`"${name}"`);
  });

  it('warns once per bad parameter and keeps the good ones', () => {
    const { config, warnings } = parse(
      q({
        mode: 'admin',
        lang: 'xx',
        phone: 'javascript:alert(1)',
        center: 'ok',
        accent: 'ffff00',
        parentOrigin: '*',
        shareResult: 'level',
      }),
    );
    expect(config).toEqual(defaults);
    expect(warnings).toHaveLength(7);
    for (const name of [
      'mode',
      'lang',
      'phone',
      'center',
      'accent',
      'parentOrigin',
      'shareResult',
    ]) {
      expect(warnings.filter((w) => w.includes(`"${name}"`))).toHaveLength(1);
    }
  });

  it('does not echo long hostile values in full', () => {
    const hostile = `<script>${'A'.repeat(5000)}</script>`;
    const [warning] = parse(q({ phone: hostile })).warnings;
    expect(warning).toBeDefined();
    expect(warning!.length).toBeLessThan(250);
    expect(warning).not.toContain('</script>');
  });

  it('escapes control and bidi characters in warnings', () => {
    const [warning] = parse(q({ center: 'a\u202Eb\u0007c\nd' })).warnings;
    expect(warning).not.toMatch(/[\p{Cc}\u202e]/u);
    expect(warning).toContain('\\u202e');
  });

  it('falls back to the browser language when lang is bad', () => {
    const { config, warnings } = parse(q({ lang: 'xx' }), ['es-MX']);
    expect(config).toMatchObject({ lang: 'es', langFromUrl: false });
    expect(warnings).toHaveLength(1);
  });
});

describe('browser language fallback', () => {
  it.each<[readonly string[], 'en' | 'es']>([
    [['es-MX'], 'es'],
    [['es'], 'es'],
    [['ES_us'], 'es'],
    [['en-GB'], 'en'],
    [['fr'], 'en'],
    [['fr-FR', 'es-419', 'en'], 'es'],
    [['fr', 'en-US', 'es'], 'en'],
    [[], 'en'],
    [[''], 'en'],
  ])('%j → %s', (languages, lang) => {
    expect(parse('', languages).config).toMatchObject({ lang, langFromUrl: false });
  });

  it('preferredLang is undefined when nothing matches', () => {
    expect(preferredLang(['fr', 'de'])).toBeUndefined();
  });
});
