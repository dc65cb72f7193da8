/**
 * URL parameters (integration contract, "Modes and configuration"). Each has its own reader; a
 * bad value is dropped with one warning naming it, and the default is used. No zod here: this is
 * on the app's first load (the rules are in ./checks, shared with the build-time schemas).
 */
import { centerConfig } from './center';
import type { CenterConfig } from './center-schema';
import { checkAccent, checkE164, checkOrigin, type Checked } from './checks';
import { DEFAULT_LANGUAGES, isLang, LANG_TAGS, matchLanguage } from '../i18n/languages';
import type { Lang } from '../i18n/types';

/** Every tag `lang` takes (src/i18n/languages.ts); a build offers these or some of them. */
export const LANGS: readonly Lang[] = LANG_TAGS;
export type { Lang };
export type Mode = 'self' | 'staff';

export interface AppConfig {
  readonly mode: Mode;
  readonly lang: Lang;
  /** True when `lang` came from the URL rather than the browser's preferences. */
  readonly langFromUrl: boolean;
  /** E.164: the center's `phone` or one of its `trackingNumbers` (contract v1.3). */
  readonly phone: string;
  /** The center's configured name (the URL can no longer change it, v1.3). */
  readonly center: string;
  /** 6-digit lower-case hex without "#", safe for white text. */
  readonly accent: string;
  readonly embed: boolean;
  /** An exact `http(s)://host[:port]` origin, for `postMessage` only. */
  readonly parentOrigin: string | null;
  /** 'level' only for a partner the center's config allows (v1.3); see `partner`. */
  readonly shareResult: 'level' | null;
  /** The partner told the level at the end, by name, when `shareResult` is 'level'. */
  readonly partner: string | null;
}

/** What each parameter reads as when it is good. */
interface ParamValues {
  mode: Mode;
  lang: Lang;
  phone: string;
  center: string;
  accent: string;
  embed: '1';
  parentOrigin: string;
  shareResult: 'level';
}

type Param = keyof ParamValues;
type Reader<T> = (raw: string) => Checked<T>;
type Warn = (message: string) => void;

/** Exactly one of `values`. */
function oneOf<T extends string>(values: readonly T[]): Reader<T> {
  return (raw) => {
    const value = values.find((v) => v === raw);
    return value === undefined
      ? { ok: false, reason: `expected ${values.join(' or ')}` }
      : { ok: true, value };
  };
}

const readers: { readonly [P in Param]: Reader<ParamValues[P]> } = {
  mode: oneOf<Mode>(['self', 'staff']),
  lang: (raw) =>
    isLang(raw)
      ? { ok: true, value: raw }
      : { ok: false, reason: `expected ${LANGS.join(' or ')}` },
  // An unencoded "+" in a hand-typed query string arrives as a space.
  phone: (raw) => checkE164(/^ \d/.test(raw) ? `+${raw.slice(1)}` : raw),
  // v1.3: removed; a link still carrying it gets the warning and the build's name.
  center: () => ({
    ok: false,
    reason: 'removed in v1.3',
  }),
  accent: checkAccent,
  embed: oneOf(['1']),
  parentOrigin: checkOrigin,
  shareResult: oneOf(['level']),
};

/** Quoted, shortened and escaped, so a hostile value can't flood or spoof the console. */
function preview(value: string): string {
  const short = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  return JSON.stringify(short).replace(
    /[^\x20-\x7e…]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function read<P extends Param>(
  params: URLSearchParams,
  name: P,
  warn: Warn,
  allowed: (value: ParamValues[P]) => Checked<ParamValues[P]> = (value) => ({ ok: true, value }),
): ParamValues[P] | undefined {
  const raw = params.get(name); // the first, if repeated
  if (raw === null) return undefined;
  const checked = readers[name](raw);
  const result = checked.ok ? allowed(checked.value) : checked;
  if (result.ok) return result.value;
  warn(
    `[loc-wizard] Ignoring URL parameter "${name}"=${preview(raw)}: ${result.reason}. Using the default.`,
  );
  return undefined;
}

function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}

/** The languages a build offers: the center's `languages`, by default every one with words. */
export function offeredLanguages(center: Pick<CenterConfig, 'languages'>): readonly Lang[] {
  return center.languages ?? DEFAULT_LANGUAGES;
}

/** The first of the browser's preferred languages that the build offers (see matchLanguage). */
export function preferredLang(
  languages: readonly string[],
  offered: readonly Lang[] = offeredLanguages(centerConfig),
): Lang | undefined {
  return matchLanguage(languages, offered);
}

type Center = Pick<
  CenterConfig,
  'name' | 'phone' | 'accent' | 'trackingNumbers' | 'partners' | 'languages'
>;

/**
 * Contract v1.3: a number is shown under the center's name only when the center lists it as its
 * own, so no link or partner page can route a call to someone else.
 */
function ownNumber(center: Center): (phone: string) => Checked<string> {
  const own = [center.phone, ...(center.trackingNumbers ?? []).map((t) => t.phone)];
  return (value) =>
    own.includes(value)
      ? { ok: true, value }
      : { ok: false, reason: "not one of the center's own numbers" };
}

export function parseParams(
  search: string,
  warn: Warn = console.warn,
  languages: readonly string[] = browserLanguages(),
  {
    // `embed=1` counts only inside a frame: opened on its own, the page is the person's (self mode).
    framed = window.parent !== window,
    center = centerConfig,
  }: { framed?: boolean; center?: Center } = {},
): AppConfig {
  const params = new URLSearchParams(search);
  const offered = offeredLanguages(center);
  const urlLang = read(params, 'lang', warn, (value) =>
    offered.includes(value)
      ? { ok: true, value }
      : { ok: false, reason: 'not offered by this build' },
  );
  read(params, 'center', warn);
  const embed = read(params, 'embed', warn) === '1' && framed;
  const parentOrigin = read(params, 'parentOrigin', warn) ?? null;
  // Contract v1.3: the level goes only to a framing partner the center allows, by name.
  const partner = embed
    ? center.partners?.find((p) => p.origin === parentOrigin && p.shareResult === 'level')
    : undefined;
  const shareResult =
    read(params, 'shareResult', warn, (value) =>
      partner ? { ok: true, value } : { ok: false, reason: 'not allowed for this parentOrigin' },
    ) ?? null;
  return {
    mode: read(params, 'mode', warn) ?? 'self',
    lang: urlLang ?? preferredLang(languages, offered) ?? 'en',
    langFromUrl: urlLang !== undefined,
    phone: read(params, 'phone', warn, ownNumber(center)) ?? center.phone,
    center: center.name,
    accent: read(params, 'accent', warn) ?? center.accent,
    embed,
    parentOrigin,
    shareResult,
    partner: shareResult && partner ? partner.name : null,
  };
}
