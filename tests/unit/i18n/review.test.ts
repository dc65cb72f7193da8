/**
 * Drafts and review (contract v1.2, languages §4; docs/clinical-safety.md HAZ-31): the review
 * records, stale and unreviewed strings, `npm run i18n:check`, and the PO round trip of
 * `npm run i18n:export`/`i18n:import`. Generic over the languages whose word files exist, so a
 * new language is checked when it lands. The round trips run on a copy of src/i18n.
 */
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import * as prettier from 'prettier';
import { afterAll, describe, expect, it } from 'vitest';
import { REVIEW_RECORDS } from '../../../src/i18n/review-records';
import { ReviewRecordSchema } from '../../../src/i18n/review-record';
import { exportPo, parsePo } from '../../../scripts/i18n/po';
import { checkReport, describeStatus, importPo } from '../../../scripts/i18n/tools';
import {
  hash,
  languagesPresent,
  languageStatus,
  loadStrings,
  loadStringReviews,
  placeholdersOf,
  ROOT,
  sourceHash,
  statusOf,
} from '../../../scripts/i18n/words';

const LANGS = languagesPresent();
const TRANSLATED = LANGS.filter((l) => l !== 'en');
const english = await loadStrings('en');
const byLang = new Map(
  await Promise.all(LANGS.map(async (l) => [l, await loadStrings(l)] as const)),
);

const temps: string[] = [];
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/**
 * A copy of the project's word files to run the tools on, inside the project (.scratch, ignored
 * by git): vitest loads modules from the project's folder only.
 */
function copyOfWords(): string {
  mkdirSync(join(ROOT, '.scratch'), { recursive: true });
  const root = mkdtempSync(join(ROOT, '.scratch', 'i18n-'));
  temps.push(root);
  cpSync(join(ROOT, 'src', 'i18n'), join(root, 'src', 'i18n'), { recursive: true });
  return root;
}

/** The same words at a new path (modules load once per path). */
function freshCopyOf(from: string): string {
  const root = copyOfWords();
  cpSync(join(from, 'src', 'i18n'), join(root, 'src', 'i18n'), { recursive: true });
  return root;
}

const read = (root: string, file: string) => readFileSync(join(root, 'src', 'i18n', file), 'utf8');
/** A language's word files: src/i18n/<lang>.*.ts. */
const wordFiles = (lang: string) =>
  readdirSync(join(ROOT, 'src', 'i18n')).filter(
    (f) => f.startsWith(`${lang}.`) && f.endsWith('.ts'),
  );

function poOf(lang: string): string {
  return exportPo({
    lang,
    english,
    strings: byLang.get(lang)!,
    reviews: loadStringReviews(lang),
    date: '2027-01-01',
  });
}

/** Every entry's "fuzzy" mark cleared: the translator approved every string. */
const approveAll = (po: string) => po.replaceAll('#, fuzzy\n', '');

/** A PO file with one entry's msgstr replaced. */
function withTranslation(po: string, key: string, text: string): string {
  const pattern = new RegExp(`(msgctxt "${key}"\\nmsgid .*\\nmsgstr )".*"`);
  expect(po).toMatch(pattern);
  return po.replace(pattern, `$1${JSON.stringify(text)}`);
}

describe('review records', () => {
  it('every record passes its schema; English is the source, Spanish a draft', () => {
    for (const [lang, record] of Object.entries(REVIEW_RECORDS))
      expect(ReviewRecordSchema.safeParse(record).success, lang).toBe(true);
    expect(REVIEW_RECORDS.en).toEqual({ status: 'source' });
    // No qualified human translator has reviewed the Spanish (issue 18).
    expect(REVIEW_RECORDS.es).toEqual({ status: 'draft' });
  });

  it.each(TRANSLATED)('%s: no record says reviewed unless every string is', async (lang) => {
    const status = await statusOf(lang);
    expect(status.recordProblems).toEqual([]);
  });
});

describe('stale detection', () => {
  const en = new Map([
    ['a', 'Call {center}.'],
    ['b', 'Yes'],
  ]);
  const es = new Map([
    ['a', 'Llame a {center}.'],
    ['b', 'Sí'],
  ]);
  const reviews = Object.fromEntries(
    [...en].map(([key, text]) => [key, { en: hash(text), tr: hash(es.get(key)!) }]),
  );
  const reviewed = {
    status: 'reviewed',
    by: 'A',
    date: '2027-01-15',
    sourceHash: sourceHash(en),
  } as const;

  it('a string reviewed against the current English is neither stale nor unreviewed', () => {
    const s = languageStatus('es', en, es, reviewed, reviews);
    expect([s.missing, s.stale, s.unreviewed, s.recordProblems]).toEqual([[], [], [], []]);
  });

  it('an English string changed after the review makes that string stale, and the record untrue', () => {
    const changed = new Map(en).set('b', 'Yes, please');
    const s = languageStatus('es', changed, es, reviewed, reviews);
    expect(s.stale).toEqual(['b']);
    expect(s.unreviewed).toEqual([]);
    expect(s.recordProblems.join()).toMatch(/1 strings are stale/);
    expect(s.recordProblems.join()).toMatch(/sourceHash/);
  });

  it('a translation edited after its review is unreviewed', () => {
    const edited = new Map(es).set('a', 'Llame ya a {center}.');
    expect(languageStatus('es', en, edited, reviewed, reviews).unreviewed).toEqual(['a']);
  });

  it('in the word files: an English string changed after an import shows as stale', async () => {
    const root = copyOfWords();
    const outcome = await importPo(approveAll(poOf('es')), {
      by: 'Agency',
      date: '2027-01-15',
      root,
    });
    expect(outcome.record.status).toBe('reviewed');
    // A fresh copy, whose English then changes.
    const changed = freshCopyOf(root);
    const core = read(changed, 'en.core.ts');
    expect(core).toContain("continue: 'Continue',");
    writeFileSync(
      join(changed, 'src', 'i18n', 'en.core.ts'),
      core.replace("continue: 'Continue',", "continue: 'Next',"),
    );
    const status = await statusOf('es', changed);
    expect(status.stale).toEqual(['common/continue']);
    expect(status.unreviewed).toEqual([]);
    expect(describeStatus(status).fails).toBe(true);
  });
});

describe('npm run i18n:check', () => {
  /** A copy of the words with one Spanish string taken out. */
  function withoutRetry(): string {
    const root = copyOfWords();
    const file = join(root, 'src', 'i18n', 'es.core.ts');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain("    retry: 'Intentar de nuevo',\n");
    writeFileSync(file, text.replace("    retry: 'Intentar de nuevo',\n", ''));
    return root;
  }

  it('fails on a missing key, naming it', async () => {
    const { text, fails } = await checkReport([], { root: withoutRetry() });
    expect(text).toMatch(/1 missing:\s+common\/retry/);
    expect(fails).toBe(true);
  });

  it('passes on the project, listing the drafts as unreviewed', async () => {
    const { text, fails } = await checkReport();
    expect(text).toMatch(/es: draft\n\s+\d+ unreviewed/);
    expect(fails).toBe(false);
  });

  it('the command exits with an error on a missing key', () => {
    const run = () =>
      execFileSync(process.execPath, ['--import', 'tsx', 'scripts/i18n/cli.ts', 'check'], {
        cwd: ROOT,
        env: { ...process.env, I18N_ROOT: withoutRetry() },
        stdio: 'pipe',
      });
    expect(run).toThrow(/common\/retry/);
  }, 60_000);
});

describe('the PO round trip', () => {
  it.each(TRANSLATED)(
    '%s: the export holds every English string with its key, words and notes',
    (lang) => {
      const { lang: header, strings } = parsePo(poOf(lang));
      expect(header).toBe(lang);
      expect(strings.map((s) => s.key)).toEqual([...english.keys()]);
      for (const s of strings) {
        expect(s.english, s.key).toBe(english.get(s.key));
        expect(s.text, s.key).toBe(byLang.get(lang)!.get(s.key) ?? '');
      }
      const po = poOf(lang);
      expect(po).toMatch(/#\. Keep the placeholders exactly as written.*\{center\}/);
      expect(po).toMatch(/#\. Voice: they: someone answering for a loved one/);
      expect(po).toMatch(/#\. Voice: staff/);
      expect(po).toMatch(
        /#\. ASQ \(Ask Suicide-Screening Questions, NIMH\)[^\n]*\n(#\. [^\n]*\n)*#, fuzzy\nmsgctxt "questions\/suicide\.thoughts\/label\/you"/,
      );
    },
  );

  it.each(TRANSLATED)('%s: export then import leaves the word files identical', async (lang) => {
    const root = copyOfWords();
    const outcome = await importPo(poOf(lang), { by: 'Agency', date: '2027-01-15', root });
    expect(outcome.changed).toBe(0);
    expect(wordFiles(lang).length).toBeGreaterThan(2);
    for (const file of wordFiles(lang)) expect(read(root, file), file).toBe(read(ROOT, file));
    expect(read(root, 'review-records.ts')).toBe(read(ROOT, 'review-records.ts'));
  });

  it('an edited string is written where it was, formatted, and only it changes', async () => {
    const root = copyOfWords();
    const po = withTranslation(poOf('es'), 'crisis/call988Body', 'Texto nuevo, revisado.');
    await importPo(po, { by: 'Agency', date: '2027-01-15', root });
    const strings = await loadStrings('es', freshCopyOf(root));
    expect(strings.get('crisis/call988Body')).toBe('Texto nuevo, revisado.');
    const others = [...strings].filter(([k]) => k !== 'crisis/call988Body');
    expect(others).toEqual([...byLang.get('es')!].filter(([k]) => k !== 'crisis/call988Body'));
    const file = join(root, 'src', 'i18n', 'es.core.ts');
    const text = readFileSync(file, 'utf8');
    const options = await prettier.resolveConfig(join(ROOT, 'src', 'i18n', 'es.core.ts'));
    expect(text).toBe(await prettier.format(text, { ...options, filepath: file }));
  });

  it('a key missing from the word files is added back where it belongs', async () => {
    const root = copyOfWords();
    const file = join(root, 'src', 'i18n', 'es.core.ts');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace("    retry: 'Intentar de nuevo',\n", ''),
    );
    await importPo(poOf('es'), { by: 'Agency', date: '2027-01-15', root });
    expect(readFileSync(file, 'utf8')).toBe(read(ROOT, 'es.core.ts'));
  });

  it('refuses a file that loses a placeholder, and writes nothing', async () => {
    const root = copyOfWords();
    const po = withTranslation(poOf('es'), 'app/callCenter', 'Llame al {phone}');
    await expect(importPo(po, { by: 'Agency', date: '2027-01-15', root })).rejects.toThrow(
      /app\/callCenter: placeholders \{phone\} where the English has \{center, phone\}/,
    );
    for (const file of wordFiles('es')) expect(read(root, file), file).toBe(read(ROOT, file));
  });

  it('refuses two different words for one shared constant', async () => {
    const root = copyOfWords();
    // es.later.ts's `selectAll` gives every multi-select the same hint, in both voices.
    const po = withTranslation(
      poOf('es'),
      'questions/use.substances/hint/you',
      'Marque todas las que correspondan.',
    );
    await expect(importPo(po, { by: 'Agency', date: '2027-01-15', root })).rejects.toThrow(
      /shares one string/,
    );
  });

  it('records a review per approved string; the language is reviewed only once every string is', async () => {
    const root = copyOfWords();
    const partial = approveAll(poOf('es')).replace(/(msgctxt "common\/back")/, '#, fuzzy\n$1');
    const first = await importPo(partial, { by: 'Agency', date: '2027-01-15', root });
    expect(first.record).toEqual({ status: 'draft' });
    expect(first.status.unreviewed).toEqual(['common/back']);
    const second = await importPo(approveAll(poOf('es')), {
      by: 'Agency',
      date: '2027-01-16',
      root,
    });
    expect(second.record).toEqual({
      status: 'reviewed',
      by: 'Agency',
      date: '2027-01-16',
      sourceHash: sourceHash(english),
    });
    expect(read(root, 'review-records.ts')).toContain(
      `es: { status: 'reviewed', by: 'Agency', date: '2027-01-16', sourceHash: '${sourceHash(english)}' }`,
    );
  });
});

describe('every translation', () => {
  it.each(TRANSLATED)('%s: keeps the placeholders of the English, string by string', (lang) => {
    const strings = byLang.get(lang)!;
    const differ = [...english]
      .filter(([key]) => strings.has(key))
      .filter(
        ([key, text]) => placeholdersOf(text).join() !== placeholdersOf(strings.get(key)!).join(),
      )
      .map(
        ([key, text]) =>
          `${key}: en {${placeholdersOf(text).join()}} ${lang} {${placeholdersOf(strings.get(key)!).join()}}`,
      );
    expect(differ).toEqual([]);
  });

  it.each(TRANSLATED)('%s: has every English string', (lang) => {
    expect([...english.keys()].filter((key) => !byLang.get(lang)!.get(key)?.trim())).toEqual([]);
  });
});
