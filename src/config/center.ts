/**
 * The one file a center edits to deploy its own copy. It is checked when the app loads, so a
 * bad edit fails the tests and the build instead of shipping.
 */
import * as z from 'zod/mini';
import { accentSchema } from './contrast';
import { e164Schema } from './phone';

// Types resolve before the schema below is declared, so the data can come first.
const center: z.input<typeof centerConfigSchema> = {
  /** Display name, plain text, 1–60 characters. */
  name: 'Trust SoCal',
  /** The admissions line, E.164. */
  phone: '+19492808360',
  /** Button and link colour, 6-digit hex without "#"; white text on it must reach 4.5:1. */
  accent: '1f6feb',
  /** What "Leave this site" opens: an ordinary, unremarkable https page. */
  neutralPage: 'https://www.google.com/',
  crisis: { emergency: '911', lifeline: '988', lifelineText: '988' },
  /** The state's Medicaid programme by name, per language, or null to say "Medicaid". */
  stateInsuranceProgram: { en: 'Medi-Cal', es: 'Medi-Cal' },
};

// C0/C1 controls, line separators, lone surrogates and bidi overrides: the last can make a
// name read as something else.
const UNSAFE_TEXT = /[\p{Cc}\p{Zl}\p{Zp}\p{Cs}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

/** Plain text for display: trimmed, 1–`max` characters, no control or bidi characters. */
export function plainTextSchema(max: number) {
  return z.string().check(
    z.trim(),
    z.refine((s: string) => !UNSAFE_TEXT.test(s), 'contains control characters'),
    z.minLength(1, 'is empty'),
    z.maxLength(max, `is longer than ${max} characters`),
  );
}

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

export const centerConfig: CenterConfig = parseCenterConfig(center);
