/**
 * The schema of record for src/config/center.ts, and its `CenterConfig` type. It runs at build
 * time (vite.config.ts, for `vite build` and the dev server) and in the tests, never in the app:
 * zod is too big for the first load. The rules themselves are in ./checks, shared with the
 * run-time checks of URL parameters.
 */
import * as z from 'zod/mini';
import { LEVEL_ORDER } from '../results/levels';
import {
  accentContrastRule,
  accentFormatRule,
  E164,
  e164Rule,
  originRule,
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

// The center's programs (center-programs.md §1).

export const PROGRAM_FORMATS = ['in-person', 'telehealth', 'both'] as const;
export const AGE_BANDS = ['under-18', '18-64', '65-plus'] as const;
export const PROGRAM_INSURANCE = ['commercial', 'medicaid', 'medicare', 'none'] as const;
export const SESSION_LANGUAGES = ['en', 'es'] as const;
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

const perLanguage = (max: number) =>
  z.strictObject({ en: plainTextSchema(max), es: plainTextSchema(max) });

/** A list without repeats, in any order. */
function setOf<T extends z.core.SomeType>(item: T) {
  return z.array(item).check(
    z.refine((list: readonly unknown[]) => new Set(list).size === list.length, {
      message: 'lists a value twice',
    }),
  );
}
const nonEmpty = z.minLength(1, 'must not be empty');

const clockTime = z
  .string()
  .check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a 24-hour time like 09:00 or 18:30'));

export const sessionSchema = z.strictObject({
  start: clockTime,
  end: clockTime,
  days: z.optional(setOf(z.enum(WEEKDAYS)).check(nonEmpty)),
});

export const programSchema = z
  .strictObject({
    id: z
      .string()
      .check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected kebab-case, e.g. evening-iop')),
    level: z.enum(LEVEL_ORDER),
    name: perLanguage(60),
    sessions: z.array(sessionSchema),
    format: z.enum(PROGRAM_FORMATS),
    location: z.nullable(perLanguage(80)),
    ages: setOf(z.enum(AGE_BANDS)).check(nonEmpty),
    insurance: setOf(z.enum(PROGRAM_INSURANCE)),
    languages: setOf(z.enum(SESSION_LANGUAGES)).check(nonEmpty),
  })
  .check(
    // Each rule names the field it is about: the build's message points at what to change.
    z.superRefine((program, ctx) => {
      program.sessions.forEach((session, i) => {
        if (session.start >= session.end) {
          ctx.addIssue({
            code: 'custom',
            path: ['sessions', i, 'end'],
            message: `must be after start (${session.start})`,
            input: session.end,
          });
        }
      });
      if (program.level === 'residential' && program.sessions.length > 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['sessions'],
          message: 'must be empty for residential (24-hour care has no sessions)',
          input: program.sessions,
        });
      }
      if (program.level !== 'residential' && program.sessions.length === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['sessions'],
          message: `must not be empty for ${program.level}`,
          input: program.sessions,
        });
      }
      if (program.format !== 'telehealth' && program.location === null) {
        ctx.addIssue({
          code: 'custom',
          path: ['location'],
          message: `is required for format ${program.format} (only telehealth may have none)`,
          input: program.location,
        });
      }
    }),
  );

export const programsSchema = z.array(programSchema).check(
  z.superRefine((programs, ctx) => {
    const seen = new Set<string>();
    programs.forEach((program, i) => {
      if (seen.has(program.id)) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'id'],
          message: `duplicate id ${program.id}`,
          input: program.id,
        });
      }
      seen.add(program.id);
    });
  }),
);

/**
 * Another number of the center's own, e.g. a line per referral partner, so the center can tell
 * where a call came from. Only these and `phone` may replace the number shown (URL `phone`).
 */
export const trackingNumberSchema = z.strictObject({
  label: plainTextSchema(60),
  phone: e164Schema,
});

/**
 * A partner site that may frame the wizard (its origin goes into frame-ancestors), and whether
 * it may be told the suggested level at the end (`shareResult: 'level'`; the person is told).
 */
export const partnerSchema = z.strictObject({
  origin: z.string().check(refine(originRule)),
  name: plainTextSchema(60),
  shareResult: z.optional(z.literal('level')),
});

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
    /** 'free': the center checks coverage for free before treatment starts. */
    insuranceVerification: z.nullable(z.literal('free')),
    programs: programsSchema,
    trackingNumbers: z.optional(z.array(trackingNumberSchema)),
    partners: z.optional(
      z
        .array(partnerSchema)
        .check(
          z.refine(
            (list: readonly { origin: string }[]) =>
              new Set(list.map((p) => p.origin)).size === list.length,
            { message: 'lists an origin twice' },
          ),
        ),
    ),
  }),
);

export type CenterConfig = z.infer<typeof centerConfigSchema>;
export type Program = z.infer<typeof programSchema>;
export type ProgramSession = z.infer<typeof sessionSchema>;
export type Partner = z.infer<typeof partnerSchema>;

const DEFAULT_FILE = 'src/config/center.ts';

// zod/mini ships no messages ("Invalid input"), so name the field and what was expected.
function describe(issue: z.core.$ZodIssue): string {
  const at = issue.path.join('.') || '(config)';
  if (issue.code === 'unrecognized_keys') return `${at}: unknown field ${issue.keys.join(', ')}`;
  if (issue.code === 'invalid_type') return `${at}: expected ${issue.expected}`;
  return `${at}: ${issue.message}`;
}

/** Validates a center configuration; throws an error naming every bad field. */
export function parseCenterConfig(input: unknown, file = DEFAULT_FILE): CenterConfig {
  const result = centerConfigSchema.safeParse(input);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${describe(issue)}`).join('\n');
    throw new Error(`Invalid center configuration (${file}):\n${problems}`);
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
export function verifyCenterConfig(input: unknown, file = DEFAULT_FILE): CenterConfig {
  const parsed = parseCenterConfig(input, file);
  const problems = changes(input, parsed, '');
  if (problems.length > 0) {
    throw new Error(
      `Center configuration is not written in normal form (${file}); ` +
        `nothing normalises it when the app runs:\n${problems.map((p) => `  ${p}`).join('\n')}`,
    );
  }
  return parsed;
}
