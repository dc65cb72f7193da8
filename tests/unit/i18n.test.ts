/**
 * The dictionaries: both languages have the same keys, every reason and note the engine can
 * produce has words, placeholders match between languages and the fields the UI fills, no
 * string is empty, and the wording never judges. Also format() and voice().
 */
import { LANGUAGE_NAMES } from '../../src/i18n/language-names';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { es } from '../../src/i18n/es';
import { format, placeholders, voice } from '../../src/i18n/format';
import { voiceOf } from '../../src/i18n/voice';
import type { Dictionary, QuestionText } from '../../src/i18n/types';
import { QUESTIONS, type Question } from '../../src/questions/bank';
import { SCREENS } from '../../src/questions/screens';
import RULES_SOURCE from '../../src/results/rules.ts?raw';
import { NOTE_CODES } from '../../src/results/levels';
import {
  ALTERNATIVE_RULES,
  BASE_RULES,
  EMERGENCY_RULES,
  FLOOR_RULES,
  NOTE_RULES,
  URGENCY_RULES,
  WITHDRAWAL_RULES,
} from '../../src/results/rules';

/** A question's words by id, for a question held as the bank's general type. */
const questionText = (dict: Dictionary, id: string): QuestionText<string> =>
  (dict.questions as unknown as Record<string, QuestionText<string>>)[id]!;

const LANGUAGES: readonly (readonly [string, Dictionary])[] = [
  ['en', en],
  ['es', es],
];

// ---------------------------------------------------------------------------------------------
// Walking a dictionary. Paths join keys with "/" because question ids contain dots.

/** Every leaf, typed: "a/b (string)", "a/c (array)". Array items are not listed (presence only). */
function shape(node: unknown, path = ''): string[] {
  if (typeof node === 'string') return [`${path} (string)`];
  if (Array.isArray(node)) return [`${path} (array)`];
  if (typeof node === 'object' && node !== null) {
    return Object.entries(node).flatMap(([key, value]) =>
      shape(value, path ? `${path}/${key}` : key),
    );
  }
  return [`${path} (${typeof node})`];
}

interface Leaf {
  readonly path: string;
  readonly value: string;
}

/** Every string with its path; array items share their array's path with "[]" appended. */
function strings(node: unknown, path = ''): Leaf[] {
  if (typeof node === 'string') return [{ path, value: node }];
  if (Array.isArray(node)) return node.flatMap((item) => strings(item, `${path}[]`));
  if (typeof node === 'object' && node !== null) {
    return Object.entries(node).flatMap(([key, value]) =>
      strings(value, path ? `${path}/${key}` : key),
    );
  }
  return [];
}

/** Every array with its path. */
function arrays(node: unknown, path = ''): { path: string; length: number }[] {
  if (Array.isArray(node)) return [{ path, length: node.length }];
  if (typeof node === 'object' && node !== null) {
    return Object.entries(node).flatMap(([key, value]) =>
      arrays(value, path ? `${path}/${key}` : key),
    );
  }
  return [];
}

/** Placeholder names per path (for arrays, the union over the items), sorted. */
function placeholderMap(dict: Dictionary): Map<string, string> {
  const byPath = new Map<string, Set<string>>();
  for (const { path, value } of strings(dict)) {
    const set = byPath.get(path) ?? new Set<string>();
    for (const name of placeholders(value)) set.add(name);
    byPath.set(path, set);
  }
  return new Map([...byPath].map(([path, set]) => [path, [...set].sort().join(',')]));
}

const difference = (a: readonly string[], b: readonly string[]): string[] =>
  a.filter((x) => !b.includes(x));

// ---------------------------------------------------------------------------------------------
// What the engine can produce.

/** Reason codes of every rule list, plus any `reason: '…'` written in rules.ts. */
const REASON_CODES: readonly string[] = [
  ...new Set([
    ...[
      ...EMERGENCY_RULES,
      ...BASE_RULES,
      ...FLOOR_RULES,
      ...WITHDRAWAL_RULES,
      ...URGENCY_RULES,
      ...ALTERNATIVE_RULES,
    ].flatMap((rule) => (rule.reason === undefined ? [] : [rule.reason])),
    ...Array.from(RULES_SOURCE.matchAll(/\breason:\s*['"]([^'"]+)['"]/g), (m) => m[1] as string),
  ]),
].sort();

const NOTES_USED: readonly string[] = [
  ...new Set([
    ...NOTE_RULES.map((rule) => rule.note as string),
    ...Array.from(RULES_SOURCE.matchAll(/\bnote:\s*['"]([^'"]+)['"]/g), (m) => m[1] as string),
  ]),
].sort();

/** Placeholders a template must use: without them the sentence loses its point. */
const REQUIRED: Readonly<Record<string, readonly string[]>> = {
  'app/callCenter': ['center', 'phone'],
  'help/callCenter': ['center'],
  'common/questionOfAbout': ['n', 'total'],
  'common/questionOfTotal': ['n', 'total'],
  'review/changeHidden': ['question'],
  'result/oftenCalled': ['asam'],
  'result/alternativeBody/you': ['level', 'alternative'],
  'result/alternativeBody/they': ['level', 'alternative'],
  'result/alternativeBody/staff': ['level', 'alternative'],
  'result/callBody': ['center', 'phone'],
  'result/sharedWithPartner': ['partner'],
  'start/privacyShared': ['partner'],
  'result/scheduleChosen/you': ['time'],
  'result/scheduleChosen/they': ['time'],
  'result/scheduleChosen/staff': ['time'],
  'notes/insurance/medicaid/you': ['program'],
  'notes/insurance/medicaid/they': ['program'],
  'notes/insurance/medicaid/staff': ['program'],
  'handoff/errors/character': ['character'],
  'call/closedNow/you': ['day', 'time', 'zone'],
  'call/closedNow/they': ['day', 'time', 'zone'],
  'call/closedNow/staff': ['day', 'time', 'zone'],
  'call/callHelpline': ['phone'],
  'call/meanwhile/staff': ['phone'],
  'call/text/link': ['phone'],
  'call/text/body': ['code'],
  'call/reminder/title': ['center'],
  'call/reminder/description': ['center', 'phone'],
  'handoff/self/errors/character': ['character'],
  'handoff/keep': ['question'],
  'staff/start/privacy': ['newCaller'],
  'staff/start/privacyShared': ['partner', 'newCaller'],
  'interpreter/ask/you': ['center', 'language'],
  'interpreter/ask/they': ['center', 'language'],
  'interpreter/staff/offer': ['language'],
  'interpreter/staff/same': ['language'],
};

// ---------------------------------------------------------------------------------------------

describe('dictionary structure', () => {
  it('es has exactly the keys of en (deep; arrays by presence)', () => {
    const enShape = shape(en);
    const esShape = shape(es);
    expect(difference(enShape, esShape), 'missing from es').toEqual([]);
    expect(difference(esShape, enShape), 'extra in es (missing from en)').toEqual([]);
  });

  it.each(LANGUAGES)('%s: no string is empty, no list is empty', (_, dict) => {
    const empty = strings(dict)
      .filter(({ value }) => value.trim() === '')
      .map(({ path }) => path);
    expect(empty).toEqual([]);
    const emptyLists = arrays(dict)
      .filter(({ length }) => length === 0)
      .map(({ path }) => path);
    expect(emptyLists).toEqual([]);
  });

  it.each(LANGUAGES)('%s: strings have no stray whitespace', (_, dict) => {
    // errorTitlePrefix and urgentPrefix end in a space by design: text follows them.
    const prefixes = ['common/errorTitlePrefix', 'result/urgentPrefix'];
    const stray = strings(dict)
      .filter(({ path }) => !prefixes.includes(path))
      .filter(({ value }) => value !== value.trim() || /\s{2,}/.test(value))
      .map(({ path }) => path);
    expect(stray).toEqual([]);
  });

  it('each language names itself as the menu lists it (the toggle shows its own)', () => {
    expect(en.lang).toBe('en');
    expect(es.lang).toBe('es');
    expect(en.languageName).toBe(LANGUAGE_NAMES.en);
    expect(es.languageName).toBe(LANGUAGE_NAMES.es);
  });
});

describe('reasons and notes', () => {
  it('the rules use reason codes (sanity check of the scan)', () => {
    expect(REASON_CODES.length).toBeGreaterThan(20);
    expect(REASON_CODES).toContain('no-safe-place-to-live');
  });

  it.each(LANGUAGES)('%s: every reason code in the rules has words', (_, dict) => {
    expect(difference(REASON_CODES, Object.keys(dict.reasons))).toEqual([]);
  });

  it.each(LANGUAGES)('%s: no reason is worded that no rule uses', (_, dict) => {
    expect(difference(Object.keys(dict.reasons), REASON_CODES)).toEqual([]);
  });

  it.each(LANGUAGES)('%s: every note code has words, and no others', (_, dict) => {
    const keys = Object.keys(dict.notes).sort();
    expect(keys).toEqual([...NOTE_CODES].sort());
    expect(difference(NOTES_USED, keys)).toEqual([]);
  });

  it.each(LANGUAGES)('%s: the insurance note has a wording per insurance type', (_, dict) => {
    const types = QUESTIONS.find((q) => q.id === 'insurance.type')!.values;
    expect(Object.keys(dict.notes.insurance).sort()).toEqual([...types].sort());
  });
});

describe('questions and screens', () => {
  const questions = QUESTIONS as readonly Question[];

  it.each(LANGUAGES)('%s: every question words exactly its values', (_, dict) => {
    for (const q of questions) {
      const text = questionText(dict, q.id);
      expect(text, q.id).toBeDefined();
      expect(Object.keys(text.options).sort(), q.id).toEqual([...q.values].sort());
    }
    expect(Object.keys(dict.questions).sort()).toEqual(questions.map((q) => q.id).sort());
  });

  it.each(LANGUAGES)('%s: every screen has a title, and no other', (_, dict) => {
    expect(Object.keys(dict.screens).sort()).toEqual(SCREENS.map((s) => s.id as string).sort());
  });

  it.each(LANGUAGES)('%s: multi-selects have a hint and one "none of these" wording', (_, dict) => {
    const multis = questions.filter((q) => q.kind === 'multi');
    const noneLabels = new Set(
      multis.map((q) => questionText(dict, q.id).options[q.exclusive]!.label),
    );
    expect(noneLabels.size).toBe(1);
    const [noneLabel] = [...noneLabels] as [string];
    expect(dict.errors.requiredMulti).toContain(noneLabel);
    expect(dict.errors.exclusive).toContain(noneLabel);
    for (const q of multis) expect(questionText(dict, q.id).hint, q.id).toBeDefined();
  });

  it('the "they" form of each question is about the loved one', () => {
    for (const q of questions.filter((q) => q.id !== 'respondent')) {
      expect(questionText(en, q.id).label.they, q.id).toMatch(/loved one/);
      expect(questionText(es, q.id).label.they, q.id).toMatch(/ser querido|la persona/);
      for (const [, dict] of LANGUAGES) {
        const { you, they } = questionText(dict, q.id).label;
        expect(they, q.id).not.toBe(you);
      }
    }
  });

  it('use.criteria says not to count tolerance or withdrawal from a prescribed medicine', () => {
    for (const v of ['you', 'they'] as const) {
      expect(en.questions['use.criteria'].hint[v]).toMatch(/tolerance.*withdrawal.*prescribed/i);
      expect(es.questions['use.criteria'].hint?.[v]).toMatch(/tolerancia.*abstinencia.*recet/i);
    }
  });

  it('safety.emergencyNow spells out the signs of danger', () => {
    for (const v of ['you', 'they'] as const) {
      const q = en.questions['safety.emergencyNow'];
      const text = `${q.label[v]} ${q.hint[v]}`;
      for (const sign of [/overdose/, /seizure/, /chest pain/, /trouble breathing/, /woken/]) {
        expect(text).toMatch(sign);
      }
    }
  });
});

/**
 * Second-person forms the staff voice must never use (contract §2, v1.1): the reader is the
 * staff member, and the sentence is about the person, whoever is calling. Spanish: the "tú"
 * forms, "usted" and its object pronouns and commands as the dictionary uses them, and the
 * family's wording ("su ser querido", "sus respuestas").
 */
const word = (words: string) => `(?<!\\p{L})(${words})(?!\\p{L})`;
/** A "usted" command opens its sentence; inside one, the same form is a third-person "que …". */
const command = (verbs: string) => `(^|[.:;!?]\\s+|¡)(${verbs})(?!\\p{L})`;
const SECOND_PERSON: Readonly<Record<'en' | 'es', RegExp>> = {
  en: new RegExp(
    word("you|your|yours|yourself|yourselves|you're|you've|you'll|you'd|loved one|loved ones"),
    'iu',
  ),
  es: new RegExp(
    [
      word('usted|ustedes|tú|tu|tus|te|ti|contigo|vos|le|les'),
      word('ser querido|seres queridos|sus respuestas|su respuesta'),
      command(
        'llame|pregunte|avise|diga|pida|preste|trate|tenga|téngala|lleve|llévela|hable|ayude',
      ),
    ].join('|'),
    'iu',
  ),
};

describe('the staff voice', () => {
  /** Every staff-voiced sentence of the reasons and notes, by code (insurance by type). */
  const staffTexts = (dict: Dictionary): [string, string | undefined][] => [
    ...REASON_CODES.map((code): [string, string | undefined] => [code, dict.reasons[code]?.staff]),
    ...NOTE_CODES.filter((n) => n !== 'insurance').map((note): [string, string | undefined] => [
      note,
      dict.notes[note].staff,
    ]),
    ...Object.entries(dict.notes.insurance).map(([type, v]): [string, string | undefined] => [
      `insurance/${type}`,
      v.staff,
    ]),
  ];

  it.each(LANGUAGES)('%s: every reason and note code has a staff form', (_, dict) => {
    const missing = staffTexts(dict).filter(([, text]) => !text);
    expect(missing.map(([code]) => code)).toEqual([]);
    expect(staffTexts(dict).length).toBe(REASON_CODES.length + NOTE_CODES.length - 1 + 5);
  });

  it.each(LANGUAGES)('%s: no reason or note speaks to "you" in staff mode', (lang, dict) => {
    const pattern = SECOND_PERSON[lang as 'en' | 'es'];
    const found = staffTexts(dict)
      .filter(([, text]) => pattern.test(text ?? ''))
      .map(([code, text]) => `${code}: ${text}`);
    expect(found).toEqual([]);
  });

  it.each(LANGUAGES)('%s: nor does any other staff-voiced sentence of the result', (lang, dict) => {
    const pattern = SECOND_PERSON[lang as 'en' | 'es'];
    const staffLeaves = strings(dict).filter(({ path }) => path.endsWith('/staff'));
    expect(staffLeaves.length).toBeGreaterThan(REASON_CODES.length + NOTE_CODES.length);
    const found = staffLeaves
      .filter(({ value }) => pattern.test(value))
      .map(({ path, value }) => `${path}: ${value}`);
    expect(found).toEqual([]);
  });

  it('the lists catch the family forms they guard against', () => {
    expect(SECOND_PERSON.en.test(en.reasons['no-substance-use'].they)).toBe(true);
    expect(SECOND_PERSON.en.test(en.reasons['no-substance-use'].you)).toBe(true);
    expect(SECOND_PERSON.es.test(es.reasons['no-substance-use']!.they)).toBe(true);
    expect(SECOND_PERSON.es.test(es.notes.naloxone.you)).toBe(true);
    expect(SECOND_PERSON.es.test(es.notes.readiness.you)).toBe(true);
    // Not over-eager: third-person Spanish and English pass.
    expect(SECOND_PERSON.en.test('The person said they use daily.')).toBe(false);
    expect(SECOND_PERSON.es.test('Pregunte al centro.')).toBe(true);
    expect(SECOND_PERSON.es.test('Es importante que la persona hable hoy.')).toBe(false);
    expect(SECOND_PERSON.es.test('La persona tiene un lugar estable.')).toBe(false);
  });
});

describe('placeholders', () => {
  const enMap = placeholderMap(en);
  const esMap = placeholderMap(es);

  it('es uses the same placeholders as en, key by key', () => {
    const differ = [...enMap]
      .filter(([path, names]) => esMap.get(path) !== names)
      .map(([path, names]) => `${path}: en {${names}} es {${esMap.get(path) ?? '(missing)'}}`);
    expect(differ).toEqual([]);
  });

  // What the UI fills is typed: format() and formatParts() need a value for each placeholder of
  // the English words at the same place (src/i18n/format.ts `Filled`). So a language may use
  // only the English's placeholders there, never others, which no call would fill.
  it.each(LANGUAGES)('%s: only the placeholders the English has at the same place', (_, dict) => {
    const wrong = strings(dict).flatMap(({ path, value }) => {
      const english = (enMap.get(path) ?? '').split(',').filter(Boolean);
      return difference(placeholders(value), english).map(
        (name) => `${path}: {${name}}, which the English (${english.join(', ') || 'none'}) lacks`,
      );
    });
    expect(wrong).toEqual([]);
  });

  it('a call that leaves out a placeholder of the English does not compile', () => {
    const t: Dictionary = en;
    // @ts-expect-error: "Call {center} at {phone} …" needs the phone too
    expect(format(t.result.callBody, { center: 'Harbor' })).toContain('{phone}');
    // @ts-expect-error: the voices carry theirs ({level} and {alternative})
    expect(format(t.result.alternativeBody.staff, { level: 'IOP' })).toContain('{alternative}');
    expect(format(t.result.callBody, { center: 'Harbor', phone: '988' })).not.toContain('{');
  });

  it.each(LANGUAGES)('%s: templates use the placeholders they need', (_, dict) => {
    const map = placeholderMap(dict);
    const missing = Object.entries(REQUIRED).flatMap(([path, names]) =>
      difference([...names], (map.get(path) ?? '').split(',')).map((name) => `${path}: {${name}}`),
    );
    expect(missing).toEqual([]);
  });

  it('every path in the table exists', () => {
    const paths = [...enMap.keys()];
    expect(difference(Object.keys(REQUIRED), paths)).toEqual([]);
  });

  it.each(LANGUAGES)('%s: no stray braces outside placeholders', (_, dict) => {
    const stray = strings(dict)
      .filter(({ value }) => /[{}]/.test(value.replace(/\{[A-Za-z0-9_]+\}/g, '')))
      .map(({ path }) => path);
    expect(stray).toEqual([]);
  });
});

describe('wording', () => {
  it('English is person-first and never judging', () => {
    const judging = /\b(abus\w*|addict\w*|clean|dirty|junkie\w*|alcoholics?|drunks?)\b/i;
    const found = strings(en)
      .filter(({ value }) => judging.test(value))
      .map(({ path, value }) => `${path}: ${value}`);
    expect(found).toEqual([]);
  });

  it('Spanish is person-first and never judging', () => {
    const judging =
      /(?<!\p{L})(abus\p{L}*|adict\p{L}*|adicci\p{L}*|drogadict\p{L}*|limpi[oa]s?|suci[oa]s?|alcoh[oó]lic\p{L}*|borrach\p{L}*)(?!\p{L})/iu;
    const found = strings(es)
      .filter(({ value }) => judging.test(value))
      .map(({ path, value }) => `${path}: ${value}`);
    expect(found).toEqual([]);
  });

  it('Spanish speaks as "usted", never "tú"', () => {
    const tu =
      /(?<!\p{L})(tú|tu|tus|te|ti|tienes|puedes|quieres|eres|estás|sientes|has)(?!\p{L})/iu;
    const found = strings(es)
      .filter(({ value }) => tu.test(value))
      .map(({ path, value }) => `${path}: ${value}`);
    expect(found).toEqual([]);
  });

  // From a back-translation of the Spanish (issue 18): shifts that change what a reader does.
  it('Spanish overdose signs set the bar where the English does: "slow", "can\'t be woken up"', () => {
    const overdose = strings(es).filter(({ value }) => /sobredosis/i.test(value));
    const stricter = overdose
      .filter(({ value }) => /muy lent|no despierta(?!\p{L})/iu.test(value))
      .map(({ path, value }) => `${path}: ${value}`);
    expect(stricter).toEqual([]);
    const signs = overdose.filter(({ value }) => /señales de sobredosis:/iu.test(value));
    expect(signs.length).toBeGreaterThan(0);
    for (const { value } of signs) expect(value).toMatch(/no se puede despertar a la persona/);
  });

  it("Spanish says a center doesn't list a program, never that it has none (the app can't know)", () => {
    const found = strings(es)
      .filter(({ value }) => /no tiene (un )?programa|no hay programa/i.test(value))
      .map(({ path, value }) => `${path}: ${value}`);
    expect(found).toEqual([]);
  });

  it('the crisis screen says "you are not alone" in both languages and voices', () => {
    for (const who of ['you', 'they'] as const) {
      expect(en.crisis.intro[who]).toMatch(/You are not alone/);
      // Without a gendered "solo/sola".
      expect(es.crisis.intro[who]).toMatch(/no está a solas/);
    }
  });

  it("the staff note calls it a screening, never the clinician's assessment", () => {
    const { title, notDiagnosis, sections } = es.staff.note;
    for (const text of [title, notDiagnosis, sections.suicide])
      expect(text).not.toMatch(/evaluaci[oó]n/i);
  });

  it.each(LANGUAGES)('%s: no state programme name is hard-coded (the UI fills it)', (_, dict) => {
    const found = strings(dict)
      .filter(({ value }) => /medi-cal/i.test(value))
      .map(({ path }) => path);
    expect(found).toEqual([]);
  });

  it.each(LANGUAGES)('%s: the result is never called an ASAM placement', (_, dict) => {
    const found = strings(dict)
      .filter(({ value }) => /placement|ubicaci[oó]n/i.test(value))
      .map(({ path }) => path);
    expect(found).toEqual([]);
  });
});

describe('format()', () => {
  it('fills placeholders', () => {
    expect(
      format('{center}: call {phone}', { center: 'Trust SoCal', phone: '(949) 280-8360' }),
    ).toBe('Trust SoCal: call (949) 280-8360');
  });

  it('fills numbers and repeated placeholders', () => {
    expect(format('Question {n} of {n}', { n: 3 })).toBe('Question 3 of 3');
    expect(format('{n}', { n: 0 })).toBe('0');
  });

  it('leaves unknown placeholders visible', () => {
    expect(format('Call {center} at {phone}', { center: 'A' })).toBe('Call A at {phone}');
    expect(format('{toString} {constructor}', {})).toBe('{toString} {constructor}');
  });

  it('ignores extra values and text without placeholders', () => {
    expect(format('No placeholders', { n: 1 })).toBe('No placeholders');
    expect(format('', {})).toBe('');
  });

  it('inserts values as plain text, never expanding them again', () => {
    expect(format('{a}{b}', { a: '{b}', b: 'x' })).toBe('{b}x');
    expect(format('{a}', { a: '$& $1 $$' })).toBe('$& $1 $$');
  });

  it('leaves braces that are not placeholders alone', () => {
    expect(format('{ n } {} {n-1}', { n: 1 })).toBe('{ n } {} {n-1}');
  });

  it('fills every template of both dictionaries completely', () => {
    const values = {
      center: 'C',
      phone: 'P',
      n: 1,
      total: 17,
      question: 'Q',
      asam: '2.1',
      level: 'L',
      alternative: 'A',
      time: 'T',
      program: 'Medicaid',
      start: 'S',
      end: 'E',
      days: 'D',
      h: 9,
      mm: '00',
      period: 'AM',
      place: 'P',
      list: 'L',
      languages: 'English',
      a: 'A',
      b: 'B',
      character: 'U',
      partner: 'Partner',
      newCaller: 'New caller',
      from: 'F',
      to: 'T',
      day: 'Tuesday, December 8',
      zone: 'Pacific Time',
      code: 'ABCD-EFGH',
      licensingBody: 'B',
      language: 'Vietnamese',
    };
    for (const [, dict] of LANGUAGES) {
      for (const { path, value } of strings(dict)) {
        expect(format(value, values), path).not.toMatch(/\{[A-Za-z0-9_]+\}/);
      }
    }
  });

  it('placeholders() lists names once, in order', () => {
    expect(placeholders('{b} {a} {b}')).toEqual(['b', 'a']);
    expect(placeholders('none')).toEqual([]);
  });
});

describe('voice()', () => {
  const v = { you: 'you form', they: 'they form' };

  it('uses "you" for someone answering for themself', () => {
    expect(voice(v, 'self')).toBe('you form');
  });

  it('uses "they" for someone answering about a loved one', () => {
    expect(voice(v, 'other')).toBe('they form');
  });

  it('uses "you" before the respondent is known', () => {
    expect(voice(v, undefined)).toBe('you form');
  });

  it('works on dictionary entries', () => {
    expect(voice(en.questions['about.age'].label, 'other')).toBe('How old is your loved one?');
    expect(voice(es.questions['about.age'].label, 'self')).toBe('¿Qué edad tiene?');
  });
});

describe('voiceOf()', () => {
  it('staff mode speaks in the staff voice, whoever is calling', () => {
    expect(voiceOf('staff', 'self')).toBe('staff');
    expect(voiceOf('staff', 'other')).toBe('staff');
    expect(voiceOf('staff', undefined)).toBe('staff');
  });

  it('self mode follows the respondent, as voice() does', () => {
    expect(voiceOf('self', 'self')).toBe('you');
    expect(voiceOf('self', 'other')).toBe('they');
    expect(voiceOf('self', undefined)).toBe('you');
  });
});
