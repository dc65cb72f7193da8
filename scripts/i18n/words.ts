/**
 * The i18n tools' view of the words (npm run i18n:check, i18n:export, i18n:import, the build's
 * draft list): every language's strings as a flat map from key to text, their review records,
 * and which strings are missing, stale or unreviewed. Generic over the languages present: a
 * language is a set of word files src/i18n/<lang>.core.ts, <lang>.later.ts and <lang>.draft.ts
 * (each file's export ending in Core, Later, Draft), so a new language is covered when its
 * files land.
 *
 * Keys join the path with "/" (question ids contain dots), list items by index:
 * "questions/use.criteria/hint/you", "start/intro/0", "draft/line".
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  ReviewRecordSchema,
  StringReviewsSchema,
  type ReviewRecord,
  type StringReviews,
} from '../../src/i18n/review-record.ts';

/** The project; I18N_ROOT points the tools at a copy (the tests' fixtures). */
export const ROOT = process.env.I18N_ROOT ?? resolve(import.meta.dirname, '..', '..');
export const SOURCE_LANG = 'en';

/** The word files of a language, by part: each part's export name ends with its suffix. */
export const PARTS = [
  { file: 'core', suffix: 'Core' },
  { file: 'later', suffix: 'Later' },
  { file: 'draft', suffix: 'Draft' },
] as const;

/** Keys that are codes, not words: never exported, never checked. */
const NOT_WORDS = new Set(['lang']);

export type Strings = ReadonlyMap<string, string>;

export function i18nDir(root = ROOT): string {
  return join(root, 'src', 'i18n');
}

/** The languages whose word files exist, English first. */
export function languagesPresent(root = ROOT): string[] {
  const tags = readdirSync(i18nDir(root))
    .map((name) => /^([A-Za-z]+(?:-[A-Za-z0-9]+)*)\.core\.ts$/.exec(name)?.[1])
    .filter((tag): tag is string => tag !== undefined);
  return [SOURCE_LANG, ...tags.filter((t) => t !== SOURCE_LANG).sort()];
}

export function partFile(lang: string, part: string, root = ROOT): string {
  return join(i18nDir(root), `${lang}.${part}.ts`);
}

/** The one export of a word file whose name ends with `suffix` (esCore, zhHantLater, …). */
export async function loadPart(file: string, suffix: string): Promise<unknown> {
  // A path, not a file: URL: vitest's module runner (the tests) takes only paths.
  const module = (await import(file)) as Record<string, unknown>;
  const names = Object.keys(module).filter((name) => name.endsWith(suffix));
  if (names.length !== 1)
    throw new Error(`${file}: expected one export ending in ${suffix}, found ${names.join(', ')}`);
  return module[names[0]!];
}

/** Every string of a value, by key. Anything else than strings, lists and objects is an error. */
export function flatten(value: unknown, prefix = '', into = new Map<string, string>()) {
  if (typeof value === 'string') into.set(prefix, value);
  else if (Array.isArray(value)) value.forEach((item, i) => flatten(item, `${prefix}/${i}`, into));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (prefix === '' && NOT_WORDS.has(key)) continue;
      flatten(item, prefix ? `${prefix}/${key}` : key, into);
    }
  } else throw new Error(`${prefix}: not a string (${typeof value})`);
  return into;
}

/**
 * A language's strings: the core and later words merged as the app merges them (the questions
 * of both parts under `questions/`), and the draft line's words under `draft/`. A part whose
 * file is missing adds nothing (its strings show as missing).
 */
export async function loadStrings(lang: string, root = ROOT): Promise<Map<string, string>> {
  const strings = new Map<string, string>();
  for (const { file, suffix } of PARTS) {
    const path = partFile(lang, file, root);
    if (!existsSync(path)) continue;
    const words = await loadPart(path, suffix);
    flatten(file === 'draft' ? { draft: words } : words, '', strings);
  }
  return strings;
}

/** 16 hex digits of SHA-256: enough to tell texts apart, short enough to diff. */
export function hash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}

/** The hash of the English a review covered: of each key with its English, in key order. */
export function sourceHash(english: Strings, keys: Iterable<string> = english.keys()): string {
  const lines = [...keys].sort().map((key) => `${key}\t${hash(english.get(key) ?? '')}`);
  return hash(lines.join('\n'));
}

/** The placeholders of a text, sorted: "{center}" → "center". */
export function placeholdersOf(text: string): string[] {
  return [...new Set(Array.from(text.matchAll(/\{([A-Za-z0-9_]+)\}/g), (m) => m[1]!))].sort();
}

// ---------------------------------------------------------------------------------------------
// Review records

export const RECORDS_FILE = 'src/i18n/review-records.ts';

export async function loadRecords(root = ROOT): Promise<Record<string, ReviewRecord>> {
  const module = (await import(join(root, RECORDS_FILE))) as {
    REVIEW_RECORDS: Record<string, unknown>;
  };
  return Object.fromEntries(
    Object.entries(module.REVIEW_RECORDS).map(([lang, record]) => {
      const parsed = ReviewRecordSchema.safeParse(record);
      if (!parsed.success) throw new Error(`${RECORDS_FILE}: ${lang}: not a review record`);
      return [lang, parsed.data];
    }),
  );
}

/** What the app does with a language that has no record: a draft (src/i18n/review-records.ts). */
export function recordOf(records: Record<string, ReviewRecord>, lang: string): ReviewRecord {
  return records[lang] ?? { status: 'draft' };
}

export function stringReviewsFile(lang: string, root = ROOT): string {
  return join(i18nDir(root), 'reviews', `${lang}.json`);
}

export function loadStringReviews(lang: string, root = ROOT): StringReviews {
  const file = stringReviewsFile(lang, root);
  if (!existsSync(file)) return {};
  const parsed = StringReviewsSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: not a list of string reviews`);
  return parsed.data;
}

// ---------------------------------------------------------------------------------------------
// Status

export interface LanguageStatus {
  readonly lang: string;
  readonly record: ReviewRecord;
  /** English keys the language has no (or an empty) string for. */
  readonly missing: readonly string[];
  /** Keys the language has that English hasn't. */
  readonly extra: readonly string[];
  /** Reviewed against English that has changed since. */
  readonly stale: readonly string[];
  /** Never reviewed, or the translation was edited after its review. */
  readonly unreviewed: readonly string[];
  /** Problems with the record itself: a `reviewed` record that isn't true of every string. */
  readonly recordProblems: readonly string[];
}

/**
 * Per string: missing, stale (its review checked other English), unreviewed (never reviewed, or
 * its words changed after the review), else reviewed. A `reviewed` record must be true of every
 * string: its sourceHash the hash of the current English, nothing stale, unreviewed or missing.
 */
export function languageStatus(
  lang: string,
  english: Strings,
  strings: Strings,
  record: ReviewRecord,
  reviews: StringReviews,
): LanguageStatus {
  const missing: string[] = [];
  const stale: string[] = [];
  const unreviewed: string[] = [];
  for (const [key, source] of english) {
    const text = strings.get(key);
    if (text === undefined || text.trim() === '') {
      missing.push(key);
      continue;
    }
    const review = reviews[key];
    if (!review || review.tr !== hash(text)) unreviewed.push(key);
    else if (review.en !== hash(source)) stale.push(key);
  }
  const extra = [...strings.keys()].filter((key) => !english.has(key));
  const recordProblems: string[] = [];
  if (record.status === 'reviewed') {
    const counts = [
      [missing.length, 'missing'],
      [stale.length, 'stale'],
      [unreviewed.length, 'unreviewed'],
    ] as const;
    for (const [n, what] of counts)
      if (n > 0) recordProblems.push(`the record says reviewed, but ${n} strings are ${what}`);
    if (record.sourceHash !== sourceHash(english))
      recordProblems.push(
        `the record's sourceHash ${record.sourceHash} is not that of the current English (${sourceHash(english)})`,
      );
  }
  if (record.status === 'source' && lang !== SOURCE_LANG)
    recordProblems.push('only English is the source');
  return { lang, record, missing, extra, stale, unreviewed, recordProblems };
}

export async function statusOf(lang: string, root = ROOT): Promise<LanguageStatus> {
  const [english, strings, records] = await Promise.all([
    loadStrings(SOURCE_LANG, root),
    loadStrings(lang, root),
    loadRecords(root),
  ]);
  return languageStatus(
    lang,
    english,
    strings,
    recordOf(records, lang),
    loadStringReviews(lang, root),
  );
}
