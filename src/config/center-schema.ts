/**
 * The schema of record for src/config/center.ts, and its `CenterConfig` type. It runs at build
 * time (vite.config.ts, for `vite build` and the dev server) and in the tests, never in the app:
 * zod is too big for the first load. The rules themselves are in ./checks, shared with the
 * run-time checks of URL parameters.
 */
import * as z from 'zod/mini';
import {
  accentContrastRule,
  accentFormatRule,
  E164,
  e164Rule,
  plainTextRules,
  type Rule,
} from './checks.ts';

function refine(rule: Rule) {
  return z.refine<string>((value) => rule.test(value), rule.message);
}

/** Plain text for display: trimmed, 1–`max` characters, no control or bidi characters. */
export function plainTextSchema(max: number) {
  return z.string().check(z.trim(), ...plainTextRules(max).map(refine));
}

export const e164Schema = z.string().check(z.regex(E164, e164Rule.message));

/** A 6-digit hex colour (no `#`), lower-cased, that keeps white text readable. */
export const accentSchema = z
  .pipe(
    z.string().check(refine(accentFormatRule)),
    z.transform((hex: string) => hex.toLowerCase()),
  )
  .check(refine(accentContrastRule));

const dialCode = z.string().check(z.regex(/^\+?\d{2,15}$/, 'expected digits, e.g. 988'));

const httpsUrl = z.string().check(
  z.refine((s: string) => {
    try {
      const url = new URL(s);
      return url.protocol === 'https:' && !url.username && !url.password;
    } catch {
      return false;
    }
  }, 'expected an https:// URL'),
);

export const centerConfigSchema = z.readonly(
  z.strictObject({
    name: plainTextSchema(60),
    phone: e164Schema,
    accent: accentSchema,
    neutralPage: httpsUrl,
    crisis: z.strictObject({ emergency: dialCode, lifeline: dialCode, lifelineText: dialCode }),
    stateInsuranceProgram: z.nullable(
      z.strictObject({ en: plainTextSchema(60), es: plainTextSchema(60) }),
    ),
  }),
);

export type CenterConfig = z.infer<typeof centerConfigSchema>;

// zod/mini ships no messages ("Invalid input"), so name the field and what was expected.
function describe(issue: z.core.$ZodIssue): string {
  const at = issue.path.join('.') || '(config)';
  if (issue.code === 'unrecognized_keys') return `${at}: unknown field ${issue.keys.join(', ')}`;
  if (issue.code === 'invalid_type') return `${at}: expected ${issue.expected}`;
  return `${at}: ${issue.message}`;
}

/** Validates a center configuration; throws an error naming every bad field. */
export function parseCenterConfig(input: unknown): CenterConfig {
  const result = centerConfigSchema.safeParse(input);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${describe(issue)}`).join('\n');
    throw new Error(`Invalid center configuration (src/config/center.ts):\n${problems}`);
  }
  return result.data;
}

/** Every leaf where `parsed` differs from `written`, as "path: written …, must be …". */
function changes(written: unknown, parsed: unknown, path: string): string[] {
  if (typeof parsed === 'object' && parsed !== null) {
    const fields: Record<string, unknown> =
      typeof written === 'object' && written !== null ? { ...written } : {};
    return Object.entries(parsed).flatMap(([key, value]) =>
      changes(fields[key], value, path ? `${path}.${key}` : key),
    );
  }
  if (Object.is(written, parsed)) return [];
  return [`${path}: written ${JSON.stringify(written)}, must be ${JSON.stringify(parsed)}`];
}

/**
 * Checks the configuration as shipped: it must be valid and already in the schema's normal form
 * (accent lower-cased, text trimmed), because nothing normalises it when the app runs. Throws an
 * error naming every bad field.
 */
export function verifyCenterConfig(input: unknown): CenterConfig {
  const parsed = parseCenterConfig(input);
  const problems = changes(input, parsed, '');
  if (problems.length > 0) {
    throw new Error(
      'Center configuration is not written in normal form (src/config/center.ts); ' +
        `nothing normalises it when the app runs:\n${problems.map((p) => `  ${p}`).join('\n')}`,
    );
  }
  return parsed;
}
