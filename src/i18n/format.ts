/**
 * Filling dictionary templates. Placeholders are `{name}` (letters, digits, underscores).
 */
import type { Voiced } from './types';

const PLACEHOLDER = /\{([A-Za-z0-9_]+)\}/g;

/**
 * Replaces each `{name}` in `template` with `values[name]`. A placeholder with no value is left
 * as it is, visible, so a missing value shows up in tests and review instead of vanishing.
 * Values are inserted as plain text (never parsed again), so a value holding `{x}` stays as is.
 */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole,
  );
}

/** The names of the placeholders in a template, in order of first use, without repeats. */
export function placeholders(template: string): string[] {
  return [...new Set(Array.from(template.matchAll(PLACEHOLDER), (m) => m[1] as string))];
}

/**
 * Picks the wording for who is answering: `they` when someone answers about a loved one
 * (`respondent = other`), else `you` (also before the question has been answered).
 */
export function voice(v: Voiced, respondent: 'self' | 'other' | undefined): string {
  return respondent === 'other' ? v.they : v.you;
}
