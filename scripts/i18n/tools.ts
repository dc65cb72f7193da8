/**
 * The translation tools (docs/translations.md), run by ./cli.ts:
 *
 *   npm run i18n:check                    missing, stale and unreviewed strings per language;
 *                                         fails on missing ones and on an untrue review record
 *   npm run i18n:export -- vi [--out f]   vi.po: every string for a translator's review
 *   npm run i18n:import -- vi.po --reviewed-by "Name or agency" --date 2027-01-15
 *                                         writes the words back, records the review
 *   build-report                          (in `npm run build`) which offered languages are drafts
 */
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as prettier from 'prettier';
import ts from 'typescript';
import * as z from 'zod/mini';
import { checkImport, exportPo, parsePo } from './po.ts';
import { writeStrings } from './write-words.ts';
import {
  hash,
  languagesPresent,
  languageStatus,
  loadRecords,
  loadStringReviews,
  loadStrings,
  recordOf,
  RECORDS_FILE,
  ROOT,
  SOURCE_LANG,
  sourceHash,
  statusOf,
  stringReviewsFile,
  type LanguageStatus,
} from './words.ts';
import type { ReviewRecord, StringReviews } from '../../src/i18n/review-record.ts';

/** Where the user ran npm from (npm runs scripts in the project's folder). */
const userDir = process.env.INIT_CWD ?? process.cwd();

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const list = (keys: readonly string[], all: boolean, limit = 12) =>
  (all || keys.length <= limit
    ? keys
    : [...keys.slice(0, limit), `… and ${keys.length - limit} more (--all)`]
  )
    .map((k) => `      ${k}`)
    .join('\n');

/** One language's lines for `check`, and whether it fails. */
export function describeStatus(s: LanguageStatus, all = false): { text: string; fails: boolean } {
  const lines = [`${s.lang}: ${s.record.status}`];
  if (s.record.status === 'reviewed') lines[0] += ` by ${s.record.by} on ${s.record.date}`;
  const sections = [
    ['missing', s.missing],
    ['stale (English changed since the review)', s.stale],
    ['unreviewed', s.unreviewed],
    ['extra (no English)', s.extra],
  ] as const;
  const neverReviewed = s.stale.length === 0 && s.unreviewed.length > 0 && !all;
  for (const [what, keys] of sections) {
    if (keys.length === 0) continue;
    if (neverReviewed && keys === s.unreviewed)
      lines.push(
        `  ${keys.length} unreviewed: no string has had a translator's review (--all lists them)`,
      );
    else lines.push(`  ${keys.length} ${what}:\n${list(keys, all)}`);
  }
  for (const problem of s.recordProblems) lines.push(`  record: ${problem}`);
  return {
    text: lines.join('\n'),
    fails: s.missing.length > 0 || s.extra.length > 0 || s.recordProblems.length > 0,
  };
}

/** `i18n:check`'s report and whether it fails, for the languages given (default: all). */
export async function checkReport(
  langs: readonly string[] = [],
  { all = false, root = ROOT } = {},
): Promise<{ text: string; fails: boolean }> {
  const chosen = langs.length > 0 ? langs : languagesPresent(root).slice(1);
  const parts: string[] = [];
  let fails = false;
  for (const lang of chosen) {
    const described = describeStatus(await statusOf(lang, root), all);
    parts.push(described.text);
    fails ||= described.fails;
  }
  parts.push(
    fails
      ? '\ni18n:check: a language is missing strings, or its review record is untrue (see above).'
      : '\ni18n:check: every language has every string.',
  );
  return { text: parts.join('\n'), fails };
}

export async function check(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { all: { type: 'boolean', default: false } },
  });
  const { text, fails } = await checkReport(positionals, { all: values.all });
  if (fails) fail(text);
  console.log(text);
}

export async function exportCommand(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { out: { type: 'string' } },
  });
  const lang = positionals[0];
  if (!lang || lang === SOURCE_LANG) fail('Usage: npm run i18n:export -- <lang> [--out file.po]');
  if (!languagesPresent().includes(lang)) fail(`No word files for ${lang} in src/i18n.`);
  const out = resolve(userDir, values.out ?? `${lang}.po`);
  const [english, strings] = await Promise.all([loadStrings(SOURCE_LANG), loadStrings(lang)]);
  const text = exportPo({
    lang,
    english,
    strings,
    reviews: loadStringReviews(lang),
    date: new Date().toISOString().slice(0, 10),
  });
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, text);
  console.log(`${relative(userDir, out) || out}: ${english.size} strings of ${lang} for review.`);
}

/** Sets `lang`'s record in src/i18n/review-records.ts, keeping the file as written. */
export async function writeRecord(lang: string, record: ReviewRecord, root = ROOT) {
  const file = join(root, RECORDS_FILE);
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  let object: ts.ObjectLiteralExpression | undefined;
  source.forEachChild(function find(node) {
    if (
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      node.name.text === 'RECORDS' &&
      node.initializer
    ) {
      let init: ts.Expression = node.initializer;
      while (ts.isSatisfiesExpression(init) || ts.isAsExpression(init)) init = init.expression;
      if (ts.isObjectLiteralExpression(init)) object = init;
    }
    node.forEachChild(find);
  });
  if (!object) throw new Error(`${RECORDS_FILE}: no RECORDS object`);
  const value = JSON.stringify(record);
  const key = /^[A-Za-z_$][\w$]*$/.test(lang) ? lang : `'${lang}'`;
  const property = object.properties.find(
    (p) =>
      ts.isPropertyAssignment(p) &&
      (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) &&
      p.name.text === lang,
  ) as ts.PropertyAssignment | undefined;
  const updated = property
    ? text.slice(0, property.initializer.getStart()) +
      value +
      text.slice(property.initializer.getEnd())
    : text.slice(0, object.getEnd() - 1) +
      `  ${key}: ${value},\n` +
      text.slice(object.getEnd() - 1);
  const options = (await prettier.resolveConfig(file)) ?? {};
  writeFileSync(file, await prettier.format(updated, { ...options, filepath: file }));
}

export interface ImportOutcome {
  readonly lang: string;
  /** Strings in the file that were written (with words, checked). */
  readonly written: number;
  /** Of those, the ones whose words differ from the word files'. */
  readonly changed: number;
  readonly reviewed: number;
  readonly skipped: readonly string[];
  readonly record: ReviewRecord;
  readonly status: LanguageStatus;
}

/**
 * Imports a PO file into the word files under `root`: refuses it whole if a string is wrong
 * (placeholders, keys), writes every string with words, records a review for each one whose
 * "fuzzy" mark the translator cleared, and makes the language `reviewed` only when every one of
 * its strings is.
 */
export async function importPo(
  file: Buffer | string,
  options: { lang?: string; by: string; date: string; root?: string },
): Promise<ImportOutcome> {
  const root = options.root ?? ROOT;
  const parsed = parsePo(file);
  const lang = options.lang ?? parsed.lang;
  if (!lang || lang === SOURCE_LANG)
    throw new Error('The file names no language (its "Language" header).');
  if (!languagesPresent(root).includes(lang))
    throw new Error(`No word files for ${lang} in src/i18n.`);
  const [english, before, records] = await Promise.all([
    loadStrings(SOURCE_LANG, root),
    loadStrings(lang, root),
    loadRecords(root),
  ]);
  const { errors, skipped, accepted } = checkImport(english, parsed.strings);
  if (errors.length > 0) throw new Error(`Nothing imported:\n  ${errors.join('\n  ')}`);

  const updates = new Map(accepted.map((s) => [s.key, s.text]));
  const written = await writeStrings(lang, updates, root);

  const after = new Map([...before, ...updates]);
  const reviews: StringReviews = { ...loadStringReviews(lang, root) };
  for (const s of accepted)
    if (s.reviewed) reviews[s.key] = { en: hash(english.get(s.key)!), tr: hash(s.text) };
  // Reviews of strings that are gone from English are of no use.
  for (const key of Object.keys(reviews)) if (!english.has(key)) delete reviews[key];
  const reviewsFile = stringReviewsFile(lang, root);
  if (Object.keys(reviews).length > 0 || existsSync(reviewsFile)) {
    mkdirSync(dirname(reviewsFile), { recursive: true });
    const sorted = Object.fromEntries(Object.entries(reviews).sort(([a], [b]) => (a < b ? -1 : 1)));
    writeFileSync(reviewsFile, `${JSON.stringify(sorted, null, 2)}\n`);
  }

  const draft: ReviewRecord = { status: 'draft' };
  const candidate: ReviewRecord = {
    status: 'reviewed',
    by: options.by,
    date: options.date,
    sourceHash: sourceHash(english),
  };
  const complete = languageStatus(lang, english, after, candidate, reviews);
  const record = complete.recordProblems.length === 0 ? candidate : draft;
  if (record.status !== recordOf(records, lang).status || record.status === 'reviewed')
    await writeRecord(lang, record, root);
  return {
    lang,
    written: updates.size,
    changed: written.changed.length + written.added.length,
    reviewed: accepted.filter((s) => s.reviewed).length,
    skipped,
    record,
    status: languageStatus(lang, english, after, record, reviews),
  };
}

export async function importCommand(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      'reviewed-by': { type: 'string' },
      date: { type: 'string' },
      lang: { type: 'string' },
    },
  });
  const usage =
    'Usage: npm run i18n:import -- vi.po --reviewed-by "Name or agency" --date 2027-01-15';
  const path = positionals[0];
  const by = values['reviewed-by']?.trim();
  if (!path || !by || by.length < 2) fail(usage);
  if (!z.iso.date().safeParse(values.date).success) fail(`--date must be YYYY-MM-DD.\n${usage}`);
  const file = resolve(userDir, path);
  let outcome: ImportOutcome;
  try {
    outcome = await importPo(readFileSync(file), {
      by,
      date: values.date!,
      lang: values.lang ?? undefined,
    });
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  const { lang, written, changed, reviewed, skipped, record, status } = outcome;
  console.log(
    `${basename(file)}: ${written} strings read, ${changed} changed in src/i18n/${lang}.*.ts, ${reviewed} marked reviewed.`,
  );
  if (skipped.length > 0) console.log(`Left out:\n  ${skipped.join('\n  ')}`);
  if (record.status === 'reviewed')
    console.log(`${lang} is now reviewed by ${record.by} on ${record.date}: the draft line goes.`);
  else
    console.log(
      `${lang} stays a draft: ${status.unreviewed.length} unreviewed, ${status.stale.length} stale, ${status.missing.length} missing (npm run i18n:check -- ${lang}).`,
    );
  console.log(
    'Then: npm run typecheck && npm test, and commit the word files with src/i18n/reviews/.',
  );
}

/** For `npm run build`: which languages the build offers are drafts, and untrue records. */
export async function buildReport() {
  const { centerConfig } = (await import('../../src/config/center.ts')) as {
    centerConfig: { languages?: unknown };
  };
  const present = languagesPresent();
  const offered = Array.isArray(centerConfig.languages)
    ? present.filter((l) => (centerConfig.languages as unknown[]).includes(l))
    : present;
  const records = await loadRecords();
  const english = await loadStrings(SOURCE_LANG);
  const drafts: string[] = [];
  const problems: string[] = [];
  for (const lang of offered) {
    if (lang === SOURCE_LANG) continue;
    const record = recordOf(records, lang);
    if (record.status !== 'reviewed') {
      drafts.push(lang);
      continue;
    }
    const s = languageStatus(
      lang,
      english,
      await loadStrings(lang),
      record,
      loadStringReviews(lang),
    );
    if (s.recordProblems.length > 0) problems.push(`${lang}: ${s.recordProblems.join('; ')}`);
  }
  console.log(
    drafts.length > 0
      ? `Draft translations (not yet reviewed by a qualified translator; they show the draft line): ${drafts.join(', ')}`
      : 'Draft translations: none.',
  );
  if (problems.length > 0)
    fail(
      `A language marked reviewed has strings its review didn't cover (HAZ-31):\n  ${problems.join('\n  ')}\n` +
        'Get them reviewed (npm run i18n:export, then i18n:import), or set the record back to draft in src/i18n/review-records.ts.',
    );
}
