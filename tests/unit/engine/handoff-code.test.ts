/**
 * The handoff code (src/questions/handoff-code.ts, issue #15): round trips over generated answer
 * sets, every single wrong symbol and every swap of neighbours rejected, the version, the
 * lengths of the shortest and longest paths, and each way a typed code can be refused. Since
 * issue 18 the code names the language of the screen (in its unwritten version symbol): every
 * answer set round-trips in every language, and codes of the first version still open.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BANK, answerSetArb, normalise, type AnswerObject } from '../../arbitraries';
import { readAnswer, writeAnswer, type Answers } from '../../../src/questions/answers';
import { checkAnswerSet } from '../../../src/questions/answer-set';
import {
  ALPHABET,
  CODE_LANGUAGES,
  CODE_VERSIONS,
  LONGEST_LENGTH,
  SHORTEST_LENGTH,
  decodeHandoffCode,
  encodeHandoffCode,
  groupCode,
  versionSymbol,
} from '../../../src/questions/handoff-code';
import v1Codes from '../../fixtures/handoff-codes-v1.json';
import { recommend } from '../../../src/results/recommend';
import vignettes from '../../fixtures/vignettes.json';
import { LANG_TAGS } from '../../../src/i18n/language-tags';

/** The asked answers of a set, multi-selects in the bank's order (the order a code gives). */
function askedInBankOrder(answers: AnswerObject): Answers {
  const asked = checkAnswerSet(answers).answers;
  const out: Record<string, unknown> = {};
  for (const q of BANK) {
    const value = readAnswer(asked, q.id);
    if (value === undefined) continue;
    writeAnswer(
      out,
      q.id,
      Array.isArray(value) ? q.values.filter((v) => (value as string[]).includes(v)) : value,
    );
  }
  return out;
}

const bare = (code: string) => code.replace(/-/g, '');

/** Every code one wrong symbol away: each position, each of the 31 other symbols. */
function substitutions(code: string): string[] {
  const s = bare(code);
  const out: string[] = [];
  for (let i = 0; i < s.length; i++)
    for (const c of ALPHABET) if (c !== s[i]) out.push(s.slice(0, i) + c + s.slice(i + 1));
  return out;
}

/** Every code with two different neighbours swapped. */
function transpositions(code: string): string[] {
  const s = bare(code);
  const out: string[] = [];
  for (let i = 0; i + 1 < s.length; i++)
    if (s[i] !== s[i + 1]) out.push(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2));
  return out;
}

const kind = (typed: string) => {
  const read = decodeHandoffCode(typed);
  return read.ok ? 'ok' : read.error.kind;
};

const languageArb = fc.constantFrom(...CODE_LANGUAGES);

describe('handoff code: properties over generated answer sets', () => {
  it('every answer set in every language: decode(encode(a, lang)) gives the asked answers and lang', () => {
    fc.assert(
      fc.property(answerSetArb('allow'), languageArb, (answers, language) => {
        const read = decodeHandoffCode(encodeHandoffCode(answers, language));
        expect(read).toEqual({ ok: true, answers: askedInBankOrder(answers), language });
      }),
      { numRuns: 400 },
    );
  });

  it('the language costs no written symbol: the same length in every language', () => {
    fc.assert(
      fc.property(answerSetArb('allow'), (answers) => {
        const lengths = CODE_LANGUAGES.map((l) => bare(encodeHandoffCode(answers, l)).length);
        expect(new Set(lengths).size).toBe(1);
        expect(lengths[0]).toBeLessThanOrEqual(16);
      }),
      { numRuns: 100 },
    );
  });

  it('a code of the first version (symbol 1, no language) still opens: language not recorded', () => {
    fc.assert(
      fc.property(answerSetArb('allow'), (answers) => {
        const read = decodeHandoffCode(encodeHandoffCode(answers, 'en', 1));
        expect(read).toEqual({ ok: true, answers: askedInBankOrder(answers), language: null });
      }),
      { numRuns: 200 },
    );
  });

  it('decode(encode(a)) is the asked answers of a, and recommend() reads the same', () => {
    fc.assert(
      fc.property(answerSetArb('allow'), (answers) => {
        const read = decodeHandoffCode(encodeHandoffCode(answers));
        expect(read.ok).toBe(true);
        if (!read.ok) return;
        expect(read.answers).toEqual(askedInBankOrder(answers));
        expect(recommend(read.answers)).toEqual(recommend(answers));
      }),
      { numRuns: 400 },
    );
  });

  it('stale answers to questions not asked take no room and never come back', () => {
    fc.assert(
      fc.property(answerSetArb('allow'), answerSetArb('allow'), (answers, other) => {
        // Every answer of `other` that `answers` lacks, added as a stale one.
        const stale = normalise(answers);
        for (const q of BANK)
          if (readAnswer(stale, q.id) === undefined)
            writeAnswer(stale, q.id, readAnswer(other, q.id));
        expect(encodeHandoffCode(stale as Answers)).toBe(encodeHandoffCode(answers));
      }),
      { numRuns: 100 },
    );
  });

  it('rejects every single wrong symbol and every swap of neighbours, as a mistake', () => {
    let tried = 0;
    fc.assert(
      fc.property(answerSetArb('allow'), languageArb, (answers, language) => {
        const code = encodeHandoffCode(answers, language);
        const typos = [...substitutions(code), ...transpositions(code)];
        tried += typos.length;
        // Not another version either: a typo must never read as an old code.
        const missed = typos.filter((typo) => kind(typo) !== 'mistake');
        expect(missed, code).toEqual([]);
      }),
      { numRuns: 300 },
    );
    expect(tried).toBeGreaterThan(300 * 11 * 31);
  }, 30_000);

  it('a dropped or an added symbol opens another answer set rarely (measured, fixed seed)', () => {
    // The language rides in the unwritten version symbol: nine symbols now pass the check where
    // one did, so a code with a symbol too many or too few opens more often than before issue 18
    // (dropped: about 1 in 4,000; added: about 1 in 350; HAZ-18). The review read back with the
    // caller is the control for these; this test holds the rates from getting worse.
    let dropped = 0;
    let droppedOpened = 0;
    let added = 0;
    let addedOpened = 0;
    fc.assert(
      fc.property(answerSetArb('allow'), languageArb, (answers, language) => {
        const code = bare(encodeHandoffCode(answers, language));
        for (let i = 0; i < code.length; i++) {
          dropped++;
          if (decodeHandoffCode(code.slice(0, i) + code.slice(i + 1)).ok) droppedOpened++;
        }
        for (let i = 0; i <= code.length; i += 4)
          for (const c of ALPHABET) {
            added++;
            if (decodeHandoffCode(code.slice(0, i) + c + code.slice(i)).ok) addedOpened++;
          }
      }),
      { numRuns: 400, seed: 18 },
    );
    expect(droppedOpened / dropped).toBeLessThan(1 / 1000);
    expect(addedOpened / added).toBeLessThan(1 / 200);
    expect(added).toBeGreaterThan(40_000);
  }, 60_000);

  it('reads a code in any case, with or without hyphens and spaces, I/L as 1 and O as 0', () => {
    fc.assert(
      fc.property(answerSetArb('allow'), (answers) => {
        const code = encodeHandoffCode(answers);
        const expected = decodeHandoffCode(code);
        const loose = bare(code).toLowerCase().replace(/1/g, 'l').replace(/0/g, 'O');
        expect(decodeHandoffCode(` ${loose.replace(/(...)/g, '$1 ')} `)).toEqual(expected);
        expect(decodeHandoffCode(loose.replace(/1|l/g, 'I'))).toEqual(expected);
      }),
      { numRuns: 100 },
    );
  });
});

/** A complete set with every question asked (the longest path), and one with the fewest. */
const LONGEST: AnswerObject = normalise({
  respondent: 'other',
  use: { substances: ['alcohol', 'opioids'], frequency: 'daily', lastUse: 'today' },
  suicide: { wishedDead: 'yes' },
  history: { treatment: ['php'] },
  living: { situation: 'stable' },
});
const SHORTEST: AnswerObject = normalise({
  use: { substances: ['none'] },
  living: { situation: 'sober-living' },
});

describe('handoff code: lengths', () => {
  it('every question asked: 16 symbols, four groups of four; the fewest: 11', () => {
    expect(BANK.every((q) => readAnswer(LONGEST, q.id) !== undefined)).toBe(true);
    expect(BANK.filter((q) => readAnswer(SHORTEST, q.id) !== undefined)).toEqual(
      BANK.filter((q) => !q.askedWhen),
    );
    expect([SHORTEST_LENGTH, LONGEST_LENGTH]).toEqual([11, 16]);
    expect(bare(encodeHandoffCode(LONGEST))).toHaveLength(16);
    expect(encodeHandoffCode(LONGEST)).toMatch(/^(\w{4}-){3}\w{4}$/);
    expect(bare(encodeHandoffCode(SHORTEST))).toHaveLength(11);
  });

  it('is never shorter or longer than those two paths', () => {
    fc.assert(
      fc.property(answerSetArb('allow'), (answers) => {
        const n = bare(encodeHandoffCode(answers)).length;
        expect(n).toBeGreaterThanOrEqual(SHORTEST_LENGTH);
        expect(n).toBeLessThanOrEqual(LONGEST_LENGTH);
      }),
      { numRuns: 200 },
    );
  });

  it('groups by four for reading aloud', () => {
    expect(groupCode('0123456789A')).toBe('0123-4567-89A');
    expect(groupCode('01234567')).toBe('0123-4567');
  });

  it('codes of the first version, written before issue 18, open with their answers and no language', () => {
    expect(v1Codes.codes).toHaveLength(vignettes.cases.length);
    for (const { id, code } of v1Codes.codes) {
      const v = vignettes.cases.find((c) => c.id === id)!;
      const read = decodeHandoffCode(code);
      expect(read).toEqual({
        ok: true,
        answers: askedInBankOrder(v.answers as AnswerObject),
        language: null,
      });
      // The same answers now give a code of the new version, never the old one.
      expect(encodeHandoffCode(v.answers as Answers)).not.toBe(code);
      expect(encodeHandoffCode(v.answers as Answers, 'en', 1)).toBe(code);
    }
  });

  it('codes every public vignette, and gives one back as it was', () => {
    for (const v of vignettes.cases) {
      const code = encodeHandoffCode(v.answers as Answers);
      const read = decodeHandoffCode(code);
      expect(read.ok && recommend(read.answers)).toEqual(recommend(v.answers as Answers));
    }
  });
});

describe('handoff code: refusals', () => {
  const code = encodeHandoffCode(LONGEST);

  it('names what is wrong: empty, a character that cannot be in a code, too short, too long', () => {
    expect(decodeHandoffCode(' - ')).toEqual({ ok: false, error: { kind: 'empty' } });
    for (const character of ['U', '*', 'É', '#'])
      expect(decodeHandoffCode(`${code.slice(0, 5)}${character}${code.slice(6)}`)).toEqual({
        ok: false,
        error: { kind: 'character', character },
      });
    expect(kind(bare(code).slice(0, SHORTEST_LENGTH - 1))).toBe('too-short');
    expect(kind(`${bare(code)}0`)).toBe('too-long');
  });

  it('refuses a code of another contract version, or of a version symbol not yet given out', () => {
    const used = new Set(CODE_VERSIONS.map((v) => v.symbol));
    const unused = Array.from({ length: 31 }, (_, i) => i + 1).filter((s) => !used.has(s));
    expect(unused).toContain(31);
    for (const version of unused) {
      expect(kind(encodeHandoffCode(LONGEST, 'en', version))).toBe('version');
      expect(kind(encodeHandoffCode(SHORTEST, 'en', version))).toBe('version');
    }
    expect(() => versionSymbol('vi', 2)).toThrow();
  });

  it('version symbols are never reused: each names one contract and language', () => {
    const symbols = CODE_VERSIONS.map((v) => v.symbol);
    expect(new Set(symbols).size).toBe(symbols.length);
    expect(symbols.every((s) => s >= 1 && s <= 31)).toBe(true);
    // The wire order is fixed: a code made in Vietnamese today says Vietnamese tomorrow.
    expect(CODE_LANGUAGES).toEqual(['en', 'es', 'vi', 'ko', 'zh-Hant', 'zh-Hans', 'fa', 'ar']);
    expect(CODE_LANGUAGES.map((l) => versionSymbol(l))).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('refuses the same number written with a symbol too many, whatever its check', () => {
    // A leading zero keeps the number; only the rule "the fewest symbols" tells it apart.
    const data = bare(encodeHandoffCode(SHORTEST)).slice(0, -2);
    const readings = [...ALPHABET].flatMap((p) =>
      [...ALPHABET].map((q) => kind(`0${data}${p}${q}`)),
    );
    expect(readings).not.toContain('ok');
    expect(readings).toContain('mistake');
  });

  it('codes only a complete, valid answer set', () => {
    expect(() => encodeHandoffCode({ respondent: 'self' })).toThrow();
    expect(() => encodeHandoffCode({ ...LONGEST, use: { substances: [] } })).toThrow();
    const partial = normalise({ safety: { emergencyNow: 'yes' } });
    delete (partial as { insurance?: unknown }).insurance;
    expect(() => encodeHandoffCode(partial as Answers)).toThrow();
  });
});

describe('handoff code: the languages it can carry', () => {
  it('has a symbol for every language of the registry (a new language needs one appended)', () => {
    expect([...CODE_LANGUAGES].sort()).toEqual([...LANG_TAGS].sort());
  });
});
