/**
 * The rules for configuration values, written once and without zod: the app checks URL
 * parameters with them at run time (src/config/params.ts), and the zod schemas that check the
 * center configuration at build time and in tests (src/config/center-schema.ts) are built from
 * them. Keep zod out of this file: it is on the app's first load, and zod is not.
 */
import { HEX6, isUsableAccent, MIN_CONTRAST } from './contrast.ts';

/** A rule a value must pass, and what is wrong with it when it doesn't. */
export interface Rule {
  readonly test: (value: string) => boolean;
  readonly message: string;
}

/** A value checked: the value to use, or the reason it can't be used. */
export type Checked<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

/** The message of the first rule `value` breaks, or undefined when it passes them all. */
export function firstProblem(value: string, rules: readonly Rule[]): string | undefined {
  return rules.find((rule) => !rule.test(value))?.message;
}

function check(value: string, rules: readonly Rule[]): Checked<string> {
  const reason = firstProblem(value, rules);
  return reason === undefined ? { ok: true, value } : { ok: false, reason };
}

// Phone numbers

export const E164 = /^\+[1-9]\d{7,14}$/;

export const e164Rule: Rule = {
  test: (value) => E164.test(value),
  message: 'start with +1 for a US number, e.g. +17145550142',
};

export function checkE164(value: string): Checked<string> {
  return check(value, [e164Rule]);
}

// Plain text

// C0/C1 controls, line separators, lone surrogates and bidi overrides: the last can make a
// name read as something else.
export const UNSAFE_TEXT =
  /[\p{Cc}\p{Zl}\p{Zp}\p{Cs}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

/** The rules for plain text, in order, applied to the trimmed text. */
export function plainTextRules(max: number): readonly Rule[] {
  return [
    { test: (text) => !UNSAFE_TEXT.test(text), message: 'contains control characters' },
    { test: (text) => text.length >= 1, message: 'is empty' },
    { test: (text) => text.length <= max, message: `is longer than ${max} characters` },
  ];
}

/** Plain text for display: trimmed, 1–`max` characters, no control or bidi characters. */
export function checkPlainText(value: string, max: number): Checked<string> {
  return check(value.trim(), plainTextRules(max));
}

// Accent colour

/** Checked before lower-casing. */
export const accentFormatRule: Rule = {
  test: (value) => HEX6.test(value),
  message: 'expected a 6-digit hex colour without #',
};

/** Checked after lower-casing. */
export const accentContrastRule: Rule = {
  test: isUsableAccent,
  message: `white text on it has less than ${MIN_CONTRAST}:1 contrast`,
};

/** A 6-digit hex colour (no `#`), lower-cased, that keeps white text readable. */
export function checkAccent(value: string): Checked<string> {
  const format = firstProblem(value, [accentFormatRule]);
  if (format !== undefined) return { ok: false, reason: format };
  return check(value.toLowerCase(), [accentContrastRule]);
}

// Origins

/** An origin and nothing else: the value must be exactly what `URL` reports as the origin. */
export const originRule: Rule = {
  test: (value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value;
    } catch {
      return false;
    }
  },
  message: 'expected an origin like https://partner.example',
};

export function checkOrigin(value: string): Checked<string> {
  return check(value, [originRule]);
}
