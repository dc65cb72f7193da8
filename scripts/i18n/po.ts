/**
 * The translator's round trip in gettext PO (docs/translations.md says why PO): one entry per
 * string, the key as msgctxt, the English as msgid, the current draft as msgstr, the voice and
 * the notes as extracted comments (#.), and the "fuzzy" flag on every string not yet reviewed,
 * which translators' tools show as "needs review". Reading and writing PO is gettext-parser's.
 */
import { po, type PoEntry } from 'gettext-parser';
import type { StringReviews } from '../../src/i18n/review-record.ts';
import { hash, placeholdersOf, type Strings } from './words.ts';

/**
 * Where an official translation of the ASQ exists or was looked for, per language. Say only
 * what is sourced (spec §3: never claim an official translation the project doesn't have).
 */
const ASQ_SOURCES: Readonly<Record<string, string>> = {
  ko: 'A validated Korean ASQ exists (Kim et al., J Korean Med Sci 2023): use its wording.',
};

/** The voice of a key, as the translator should read it (contract §2: you / they / staff). */
export function voiceOf(key: string): string | undefined {
  const last = key.split('/').at(-1);
  if (last === 'you') return 'you: the person answering for themself';
  if (last === 'they') return 'they: someone answering for a loved one (say who: "your loved one")';
  if (last === 'staff' || key.startsWith('staff/'))
    return 'staff: admissions staff read it; the person is "the person", never "you"';
  return undefined;
}

/** The notes a translator needs for one string. */
export function notesFor(lang: string, key: string, english: string): string[] {
  const voice = voiceOf(key);
  const notes = voice ? [`Voice: ${voice}.`] : [];
  const names = placeholdersOf(english);
  if (names.length > 0)
    notes.push(
      `Keep the placeholders exactly as written, each once or more: ${names.map((n) => `{${n}}`).join(' ')}. The app puts a name, number or phrase there.`,
    );
  // The ASQ's five items (src/questions/bank.ts, section "suicide"), with their options.
  if (/^questions\/suicide\./.test(key))
    notes.push(
      'ASQ (Ask Suicide-Screening Questions, NIMH): a validated instrument. Use the official NIMH translation in this language where one exists, word for word, and say in a translator comment (#) which one you used; where none exists, keep the meaning and the time frame exactly.',
      ...(ASQ_SOURCES[lang] ? [ASQ_SOURCES[lang]] : []),
    );
  if (key === 'languageName')
    notes.push(
      'The name of this language in its own script (e.g. "Español"), not a translation of "English".',
    );
  if (key === 'common/languageSwitch')
    notes.push('The name of the other language offered, in its own script ("English").');
  if (/\/\d+$/.test(key)) notes.push('One item of a list.');
  if (key.startsWith('draft/'))
    notes.push('The draft line: once your review is imported, this language no longer shows it.');
  return notes;
}

export interface ExportInput {
  readonly lang: string;
  readonly english: Strings;
  readonly strings: Strings;
  readonly reviews: StringReviews;
  /** Written into the header for the translator's tool. */
  readonly date: string;
}

/** The PO file of a language: every English string, with the language's current words. */
export function exportPo({ lang, english, strings, reviews, date }: ExportInput): string {
  const translations: Record<string, Record<string, PoEntry>> = {
    '': {
      '': { msgid: '', msgstr: [''] },
    },
  };
  for (const [key, source] of english) {
    const text = strings.get(key) ?? '';
    const review = reviews[key];
    const reviewed = review && review.tr === hash(text) && review.en === hash(source);
    const notes = notesFor(lang, key, source);
    translations[key] = {
      [source]: {
        msgctxt: key,
        msgid: source,
        msgstr: [text],
        comments: {
          ...(notes.length > 0 ? { extracted: notes.join('\n') } : {}),
          ...(reviewed ? {} : { flag: 'fuzzy' }),
        },
      },
    };
  }
  const compiled = po.compile(
    {
      charset: 'utf-8',
      headers: {
        'Project-Id-Version': 'level-of-care-wizard',
        Language: lang,
        'Content-Type': 'text/plain; charset=UTF-8',
        'Content-Transfer-Encoding': '8bit',
        'POT-Creation-Date': date,
        'X-Source-Language': 'en',
      },
      translations,
    },
    { foldLength: 0 },
  );
  const intro = [
    `# ${lang}: the words of the level-of-care self-assessment, for review by a qualified human translator.`,
    '# Every string marked "fuzzy" has not been reviewed. Review each one, correct it where needed,',
    '# then clear its "fuzzy" mark (in Poedit: "Needs work" off). Keep the msgctxt lines as they are.',
    '# Send the file back to the center, which imports it: docs/translations.md.',
  ].join('\n');
  return `${intro}\n${compiled.toString('utf8')}\n`;
}

export interface ImportedString {
  readonly key: string;
  readonly english: string;
  readonly text: string;
  /** Cleared "fuzzy": the translator approved it. */
  readonly reviewed: boolean;
}

export interface ParsedImport {
  readonly lang: string | undefined;
  readonly strings: readonly ImportedString[];
}

/** The entries of a PO file, header aside. */
export function parsePo(file: Buffer | string): ParsedImport {
  const parsed = po.parse(file, { defaultCharset: 'utf-8' });
  const strings: ImportedString[] = [];
  for (const [context, entries] of Object.entries(parsed.translations)) {
    for (const entry of Object.values(entries)) {
      if (context === '' && entry.msgid === '') continue; // the header
      const flags = (entry.comments?.flag ?? '').split(',').map((f) => f.trim());
      strings.push({
        key: entry.msgctxt ?? context,
        english: entry.msgid,
        text: entry.msgstr[0] ?? '',
        reviewed: !flags.includes('fuzzy'),
      });
    }
  }
  return { lang: parsed.headers?.Language || undefined, strings };
}

export interface ImportCheck {
  /** Refuse the whole import: a placeholder lost, a key that doesn't exist. */
  readonly errors: readonly string[];
  /** Left out, with the reason: no words, or English that changed since the export. */
  readonly skipped: readonly string[];
  readonly accepted: readonly ImportedString[];
}

/** Which strings of an import can be written: every check is against the current English. */
export function checkImport(english: Strings, strings: readonly ImportedString[]): ImportCheck {
  const errors: string[] = [];
  const skipped: string[] = [];
  const accepted: ImportedString[] = [];
  const seen = new Set<string>();
  for (const s of strings) {
    const source = english.get(s.key);
    if (source === undefined) {
      errors.push(`${s.key}: no such English string (a key was changed in the file?)`);
      continue;
    }
    if (seen.has(s.key)) {
      errors.push(`${s.key}: twice in the file`);
      continue;
    }
    seen.add(s.key);
    if (s.english !== source) {
      skipped.push(`${s.key}: the English has changed since the export: export again`);
      continue;
    }
    if (s.text.trim() === '') {
      skipped.push(`${s.key}: no translation`);
      continue;
    }
    const want = placeholdersOf(source).join(', ');
    const got = placeholdersOf(s.text).join(', ');
    if (want !== got) {
      errors.push(`${s.key}: placeholders {${got}} where the English has {${want}}`);
      continue;
    }
    if (/[{}]/.test(s.text.replace(/\{[A-Za-z0-9_]+\}/g, ''))) {
      errors.push(`${s.key}: a brace outside a placeholder`);
      continue;
    }
    if (s.text !== s.text.trim() && source === source.trim()) {
      errors.push(`${s.key}: space at the start or end`);
      continue;
    }
    accepted.push(s);
  }
  return { errors, skipped, accepted };
}
