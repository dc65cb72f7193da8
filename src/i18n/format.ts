/**
 * Filling dictionary templates. Placeholders are `{name}` (letters, digits, underscores).
 *
 * The English words are the source, and their types carry their placeholders: `Filled` gives
 * each dictionary string the names of the placeholders of the English string at its place, and
 * `format()` then needs a value for each. A call that stops passing `{phone}` where the English
 * says `{phone}` does not compile. Types only: nothing of this reaches the build.
 */
import type { Voiced } from './types';

declare const placeholderNames: unique symbol;

/**
 * A dictionary string whose English has the placeholders `Names`. Any string is one (the
 * translations are plain strings); the names only tell `format()` what the call must give.
 */
export type Template<Names extends string> = string & { readonly [placeholderNames]?: Names };

/** The placeholder names of a string literal type: "Call {center} at {phone}" → center | phone. */
export type PlaceholdersOf<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | PlaceholdersOf<Rest>
  : never;

/**
 * A dictionary `Shape` (the interface a language is checked against) whose strings carry the
 * placeholders of the English words `En` (declared `as const`) at the same place. Fields
 * English leaves out keep the shape's type, and optional fields stay optional.
 */
export type Filled<Shape, En> = Shape extends string
  ? string extends Shape
    ? En extends string
      ? [PlaceholdersOf<En>] extends [never]
        ? Shape
        : Template<PlaceholdersOf<En>>
      : Shape
    : Shape
  : Shape extends readonly (infer Item)[]
    ? En extends readonly (infer EnItem)[]
      ? readonly Filled<Item, EnItem>[]
      : Shape
    : Shape extends object
      ? { readonly [K in keyof Shape]: K extends keyof En ? Filled<Shape[K], En[K]> : Shape[K] }
      : Shape;

const PLACEHOLDER = /\{([A-Za-z0-9_]+)\}/g;

/**
 * Replaces each `{name}` in `template` with `values[name]`. A placeholder with no value is left
 * as it is, visible, so a missing value shows up in tests and review instead of vanishing.
 * Values are inserted as plain text (never parsed again), so a value holding `{x}` stays as is.
 */
export function format<Names extends string>(
  template: Template<Names>,
  values: Readonly<Record<NoInfer<Names>, string | number>> &
    Readonly<Record<string, string | number>>,
): string {
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
export function voice<V extends Voiced>(
  v: V,
  respondent: 'self' | 'other' | undefined,
): V['you'] | V['they'] {
  return respondent === 'other' ? v.they : v.you;
}
