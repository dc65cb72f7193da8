/**
 * URL parameters (integration contract, "Modes and configuration"). Each is parsed with its own
 * schema; a bad value is dropped with one warning naming it, and the default is used.
 */
import * as z from 'zod/mini';
import { centerConfig, plainTextSchema } from './center';
import { accentSchema } from './contrast';
import { e164Schema } from './phone';

export const LANGS = ['en', 'es'] as const;
export type Lang = (typeof LANGS)[number];
export type Mode = 'self' | 'staff';

export interface AppConfig {
  readonly mode: Mode;
  readonly lang: Lang;
  /** True when `lang` came from the URL rather than the browser's preferences. */
  readonly langFromUrl: boolean;
  /** E.164. */
  readonly phone: string;
  /** Plain text: render as text only. */
  readonly center: string;
  /** 6-digit lower-case hex without "#", safe for white text. */
  readonly accent: string;
  readonly embed: boolean;
  /** An exact `http(s)://host[:port]` origin, for `postMessage` only. */
  readonly parentOrigin: string | null;
  readonly shareResult: 'level' | null;
}

/** An origin and nothing else: the value must be exactly what `URL` reports as the origin. */
const originSchema = z.string().check(
  z.refine((value: string) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value;
    } catch {
      return false;
    }
  }, 'expected an origin like https://partner.example'),
);

// An unencoded "+" in a hand-typed query string arrives as a space.
const phoneParam = z.pipe(
  z.transform((value: string) => (/^ \d/.test(value) ? `+${value.slice(1)}` : value)),
  e164Schema,
);

const schemas = {
  mode: z.enum(['self', 'staff'], 'expected self or staff'),
  lang: z.enum(LANGS, `expected ${LANGS.join(' or ')}`),
  phone: phoneParam,
  center: plainTextSchema(60),
  accent: accentSchema,
  embed: z.literal('1', 'expected 1'),
  parentOrigin: originSchema,
  shareResult: z.literal('level', 'expected level'),
};

type Param = keyof typeof schemas;
type Warn = (message: string) => void;

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
): z.output<(typeof schemas)[P]> | undefined {
  const raw = params.get(name); // the first, if repeated
  if (raw === null) return undefined;
  const result = schemas[name].safeParse(raw);
  if (result.success) return result.data as z.output<(typeof schemas)[P]>;
  const reason = result.error.issues[0]?.message ?? 'invalid';
  warn(
    `[loc-wizard] Ignoring URL parameter "${name}"=${preview(raw)}: ${reason}. Using the default.`,
  );
  return undefined;
}

function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}

/** The first of the browser's preferred languages that the app speaks, by primary subtag. */
export function preferredLang(languages: readonly string[]): Lang | undefined {
  for (const tag of languages) {
    const primary = String(tag).toLowerCase().split(/[-_]/)[0];
    const match = LANGS.find((lang) => lang === primary);
    if (match) return match;
  }
  return undefined;
}

export function parseParams(
  search: string,
  warn: Warn = console.warn,
  languages: readonly string[] = browserLanguages(),
): AppConfig {
  const params = new URLSearchParams(search);
  const urlLang = read(params, 'lang', warn);
  return {
    mode: read(params, 'mode', warn) ?? 'self',
    lang: urlLang ?? preferredLang(languages) ?? 'en',
    langFromUrl: urlLang !== undefined,
    phone: read(params, 'phone', warn) ?? centerConfig.phone,
    center: read(params, 'center', warn) ?? centerConfig.name,
    accent: read(params, 'accent', warn) ?? centerConfig.accent,
    embed: read(params, 'embed', warn) === '1',
    parentOrigin: read(params, 'parentOrigin', warn) ?? null,
    shareResult: read(params, 'shareResult', warn) ?? null,
  };
}
