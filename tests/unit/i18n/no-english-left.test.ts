/**
 * No English left in any translation (contract v1.2 §7): a word-list heuristic per language,
 * over every language whose word files exist (scripts/i18n/words.ts), so a new language is
 * checked the day it lands. A string is flagged when it is the English string itself, or when it
 * uses two or more of a list of common English words no language of the project writes in
 * Latin letters. Names that stay the same in every language (the center, helplines, medicines,
 * ASAM levels) are not words of either. The browser suites look at the screens the same way
 * (tests/browser/language-words.ts).
 */
import { describe, expect, it } from 'vitest';
import { languagesPresent, loadStrings } from '../../../scripts/i18n/words';
import { SAME_IN_EVERY_LANGUAGE } from '../../fixtures/same-in-every-language';

/**
 * Common English words, none of them a word of Spanish, Vietnamese (without its diacritics),
 * or a transliteration the other languages use. Two of them in one string is English.
 */
const ENGLISH = new Set(
  'the and you your with this that what when have will from about please after before someone loved answer answers call help they their them were would could should which there'.split(
    ' ',
  ),
);

/**
 * Strings that are the same word in a language as in English (cognates), by language and key.
 * A new language adds its own, each one checked by a reader of the language.
 */
const SAME_AS_ENGLISH: Readonly<Record<string, readonly string[]>> = {
  es: [
    'common/errorTitlePrefix', // "Error: "
    'questions/use.substances/options/alcohol/label', // "Alcohol"
    'questions/use.substances/options/cannabis/label', // "Cannabis"
  ],
};

const words = (text: string) =>
  SAME_IN_EVERY_LANGUAGE.reduce(
    (t, name) => t.replaceAll(name, ' '),
    text.replace(/\{[A-Za-z0-9_]+\}/g, ' '),
  )
    .toLowerCase()
    .match(/\p{L}+(?:'\p{L}+)?/gu) ?? [];

/** The strings of `strings` that look English, with the reason. */
function englishLeft(
  lang: string,
  english: ReadonlyMap<string, string>,
  strings: ReadonlyMap<string, string>,
): string[] {
  const found: string[] = [];
  for (const [key, text] of strings) {
    if (SAME_AS_ENGLISH[lang]?.includes(key)) continue;
    const source = english.get(key);
    // Only names, numbers and placeholders: the same in every language.
    const hasWords = words(source ?? text).some((w) => w.length >= 3);
    if (source !== undefined && text === source && hasWords) {
      found.push(`${key}: the English itself ("${text}")`);
      continue;
    }
    const englishWords = [...new Set(words(text).filter((w) => ENGLISH.has(w)))];
    if (englishWords.length >= 2)
      found.push(`${key}: English words ${englishWords.join(', ')} ("${text}")`);
  }
  return found;
}

const LANGS = languagesPresent().filter((l) => l !== 'en');
const english = await loadStrings('en');

describe('no English left', () => {
  it.each(LANGS)('%s: no string is English', async (lang) => {
    expect(englishLeft(lang, english, await loadStrings(lang))).toEqual([]);
  });

  it('the check finds English where there is some (a control for the test above)', async () => {
    const spanish = await loadStrings('es');
    const withEnglish = new Map(spanish)
      .set('common/continue', english.get('common/continue')!)
      .set('crisis/call988Body', 'Llame o escriba: the helpline will answer your call.');
    expect(englishLeft('es', english, withEnglish).map((line) => line.split(':')[0])).toEqual([
      'common/continue',
      'crisis/call988Body',
    ]);
    // The words of the list are English: each is in the English words, none in the Spanish.
    const englishText = [...english.values()].join(' ').toLowerCase();
    for (const word of ENGLISH) expect(englishText, word).toMatch(new RegExp(`\\b${word}\\b`));
  });
});
