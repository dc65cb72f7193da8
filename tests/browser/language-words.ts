/**
 * Which words are English (or Spanish) only, for the tests that look for one language's words
 * on the other's screens (tests/browser/spanish.test.ts): a word of
 * 4+ letters that one dictionary (src/i18n/en.ts, es.ts) uses and the other never does, minus
 * names that are the same in both languages.
 */
import { en } from '../../src/i18n/en';
import { es } from '../../src/i18n/es';
import { SAME_IN_EVERY_LANGUAGE } from '../fixtures/same-in-every-language';

const PLACEHOLDER = /\{[A-Za-z0-9_]+\}/g;
export const WORD = /\p{L}+/gu;
const MIN_LETTERS = 4;

/** Every string in a dictionary (placeholders like `{center}` are not words of it). */
function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(allStrings);
  return [];
}

function wordsOf(text: string): string[] {
  return text.replace(PLACEHOLDER, ' ').match(WORD) ?? [];
}

function vocabulary(dictionary: unknown): Set<string> {
  return new Set(
    allStrings(dictionary)
      .flatMap(wordsOf)
      .map((w) => w.toLowerCase()),
  );
}

export const ALLOWED = new Set(SAME_IN_EVERY_LANGUAGE.flatMap(wordsOf).map((w) => w.toLowerCase()));

/** Words of `dictionary` (4+ letters, lower case) that `other` never uses. */
function onlyIn(dictionary: unknown, other: unknown): Set<string> {
  const theirs = vocabulary(other);
  return new Set(
    [...vocabulary(dictionary)].filter(
      (w) => w.length >= MIN_LETTERS && !theirs.has(w) && !ALLOWED.has(w),
    ),
  );
}

export const ENGLISH_ONLY = onlyIn(en, es);
export const SPANISH_ONLY = onlyIn(es, en);

export interface Piece {
  readonly where: string;
  readonly text: string;
}

/** Each word of `words` found in the pieces, whole word and case-insensitive, with context. */
export function wordsFound(pieces: readonly Piece[], words: ReadonlySet<string>): string[] {
  const found: string[] = [];
  for (const { where, text } of pieces) {
    for (const match of text.matchAll(WORD)) {
      if (!words.has(match[0].toLowerCase())) continue;
      const from = Math.max(0, match.index - 40);
      const context = text
        .slice(from, match.index + match[0].length + 40)
        .replace(/\s+/g, ' ')
        .trim();
      found.push(`${where}: "${match[0]}" in "…${context}…"`);
    }
  }
  return found;
}
