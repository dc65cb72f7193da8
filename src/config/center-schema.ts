/**
 * The schema of record for src/config/center.ts, and its `CenterConfig` type. It runs at build
 * time (vite.config.ts, for `vite build` and the dev server) and in the tests, never in the app:
 * zod is too big for the first load. The rules themselves are in ./checks, shared with the
 * run-time checks of URL parameters.
 */
import * as z from 'zod/mini';
import { LEVEL_ORDER } from '../results/levels.ts';
import {
  accentContrastRule,
  accentFormatRule,
  E164,
  e164Rule,
  originRule,
  plainTextRules,
  type Rule,
} from './checks.ts';
import { LANG_TAGS } from '../i18n/language-tags.ts';
import type { Lang } from '../i18n/types.ts';

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
/** A program's sessions are held in languages of the registry (src/i18n/languages.ts). */
export const SESSION_LANGUAGES = LANG_TAGS as [Lang, ...Lang[]];
/** The languages an intake note can be written in (issue 18): those of the registry. */
export const RECORD_LANGUAGES = SESSION_LANGUAGES;
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/**
 * A name or place per language: English always; any other language may be left out, and the
 * English shows instead, marked `lang="en"` (languages spec §3).
 */
const perLanguage = (max: number) =>
  z.strictObject(
    Object.fromEntries(
      LANG_TAGS.map((tag) => [
        tag,
        tag === 'en' ? plainTextSchema(max) : z.optional(plainTextSchema(max)),
      ]),
    ) as { en: ReturnType<typeof plainTextSchema> } & {
      [L in Exclude<Lang, 'en'>]: z.ZodMiniOptional<ReturnType<typeof plainTextSchema>>;
    },
  );

/**
 * The languages a build offers (menu, `lang`, prerendered pages): English, the source and the
 * default, and any of the others whose words exist (src/i18n/languages.ts).
 */
export const offeredLanguagesSchema = setOf(z.enum(SESSION_LANGUAGES)).check(
  z.refine((list: readonly Lang[]) => list.includes('en'), {
    message: "must include 'en' (the source, and the language a browser gets by default)",
  }),
);

/** A list without repeats, in any order. */
function setOf<T extends z.core.SomeType>(item: T) {
  return z.array(item).check(
    z.refine((list: readonly unknown[]) => new Set(list).size === list.length, {
      message: 'lists a value twice',
    }),
  );
}
const nonEmpty = z.minLength(1, 'must not be empty');

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;
const clockTime = z
  .string()
  .check(z.regex(CLOCK, 'expected a 24-hour time like 09:00 or 18:30 (two digits for the hour)'));

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
        // A bad time has its own message; comparing it would only add a confusing second one.
        if (!CLOCK.test(session.start) || !CLOCK.test(session.end)) return;
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

// Admissions hours (issue 19): when someone answers the center's phone and tracking numbers.

/** A time zone name the browsers know, written as the IANA database writes it. */
export function timeZoneProblem(value: string): string | null {
  const example = 'expected an IANA time zone name such as America/Los_Angeles';
  let resolved: string;
  try {
    resolved = new Intl.DateTimeFormat('en-US', { timeZone: value }).resolvedOptions().timeZone;
  } catch {
    return example;
  }
  // "PST" or "US/Pacific" work, but an older browser may not know them: the canonical name.
  if (resolved !== value) return `write it as ${resolved}`;
  return null;
}

const admissionsClock = z
  .string()
  .check(
    z.regex(
      /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/,
      'expected a 24-hour time like 08:00 or 18:30 (24:00 for midnight at the end of a day)',
    ),
  );

export const admissionsBlockSchema = z.strictObject({
  days: setOf(z.enum(WEEKDAYS)).check(nonEmpty),
  open: admissionsClock,
  close: admissionsClock,
});

const minutes = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3));

export const admissionsHoursSchema = z
  .strictObject({
    timeZone: z.string().check(
      z.superRefine((value: string, ctx) => {
        const problem = timeZoneProblem(value);
        if (problem) ctx.addIssue({ code: 'custom', message: problem, input: value });
      }),
    ),
    hours: z
      .array(admissionsBlockSchema)
      .check(z.minLength(1, "must not be empty (use '24/7' or null)")),
  })
  .check(
    z.superRefine((admissions, ctx) => {
      const valid = (clock: string) => /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/.test(clock);
      admissions.hours.forEach((block, i) => {
        if (!valid(block.open) || !valid(block.close)) return;
        if (block.open === '24:00') {
          ctx.addIssue({
            code: 'custom',
            path: ['hours', i, 'open'],
            message: 'must be before 24:00 (write 00:00 for the start of a day)',
            input: block.open,
          });
        } else if (minutes(block.close) <= minutes(block.open)) {
          ctx.addIssue({
            code: 'custom',
            path: ['hours', i, 'close'],
            message: `must be after open (${block.open}); for hours past midnight, close at 24:00 and add the next day from 00:00`,
            input: block.close,
          });
        }
        // Two blocks on one day that overlap: one of them is a mistake.
        admissions.hours.slice(0, i).forEach((earlier, j) => {
          const day = block.days.find((d) => earlier.days.includes(d));
          if (
            day !== undefined &&
            minutes(block.open) < minutes(earlier.close) &&
            minutes(earlier.open) < minutes(block.close)
          ) {
            ctx.addIssue({
              code: 'custom',
              path: ['hours', i],
              message: `overlaps hours #${j + 1} on ${day}`,
              input: block,
            });
          }
        });
      });
    }),
  );

/**
 * null: say nothing about hours; '24/7'; or the center's time zone and weekly hours. A wrong
 * kind of value gets one message saying what is allowed; an object gets its own field messages.
 */
export const admissionsSchema = z.nullable(
  z.union([z.literal('24/7'), admissionsHoursSchema], {
    error: "expected null, '24/7', or { timeZone, hours }",
  }),
);

export const centerConfigSchema = z.readonly(
  z.strictObject({
    name: plainTextSchema(60),
    phone: e164Schema,
    accent: accentSchema,
    neutralPage: httpsUrl,
    crisis: z.strictObject({ emergency: dialCode, lifeline: dialCode, lifelineText: dialCode }),
    /** Languages the build offers (the menu keeps the registry's order); absent: all with words. */
    languages: z.optional(offeredLanguagesSchema),
    stateInsuranceProgram: z.nullable(perLanguage(60)),
    /** 'free': the center checks coverage for free before treatment starts. */
    insuranceVerification: z.nullable(z.literal('free')),
    /**
     * Who licenses treatment programs in the center's state, per language, for "Questions to ask
     * any program" (issue 19); null or left out: "licensed by the state".
     */
    licensingBody: z.optional(z.nullable(perLanguage(120))),
    programs: programsSchema,
    trackingNumbers: z.optional(z.array(trackingNumberSchema)),
    /** When admissions answers (issue 19); absent is null: say nothing. */
    admissions: z.optional(admissionsSchema),
    /**
     * 'free': the center brings in an interpreter at no cost (issue 18); the call card, the
     * referral and the crisis screen say so, and how to ask, in a language other than English.
     * Absent or null: say nothing.
     */
    interpreters: z.optional(z.nullable(z.literal('free'))),
    /**
     * The language the staff intake note is written in, whatever the staff screen shows
     * (issue 18); absent: 'en'. Tied to the language registry at merge.
     */
    recordLanguage: z.optional(z.enum(RECORD_LANGUAGES)),
    /** A number that takes text messages, E.164; absent or null: no "Prefer to text?". */
    textNumber: z.optional(z.nullable(e164Schema)),
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
export type AdmissionsConfig = z.infer<typeof admissionsSchema>;

const DEFAULT_FILE = 'src/config/center.ts';

/** A bad center configuration: its message is for the person editing the file, printed alone. */
export class CenterConfigError extends Error {
  override name = 'CenterConfigError';
}

/**
 * Where a problem is, in the file's own words: a program by its id (`programs "evening-iop"
 * sessions #2 end`), any other list item counted from 1; and the value found there.
 */
function locate(path: readonly PropertyKey[], input: unknown): { at: string; value: unknown } {
  const parts: string[] = [];
  let value: unknown = input;
  const idOf = (item: unknown): unknown =>
    typeof item === 'object' && item !== null ? Reflect.get(item, 'id') : undefined;
  path.forEach((key, i) => {
    const list = value;
    value = typeof value === 'object' && value !== null ? Reflect.get(value, key) : undefined;
    if (typeof key !== 'number') parts.push(String(key));
    else {
      // By id only when the id is a name and names this one program alone.
      const id = idOf(value);
      const byId =
        path[i - 1] === 'programs' &&
        typeof id === 'string' &&
        id !== '' &&
        Array.isArray(list) &&
        list.filter((item) => idOf(item) === id).length === 1;
      parts.push(byId ? JSON.stringify(id) : `#${key + 1}`);
    }
  });
  return { at: parts.join(' ') || '(config)', value };
}

/** What was written, quoted, shortened past 40 characters; undefined for a list or an object. */
function shown(value: unknown): string | undefined {
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
}

// zod/mini ships no messages ("Invalid input"): name the field, repeat what was written, and
// say what is allowed.
function describe(issue: z.core.$ZodIssue, input: unknown): string {
  const { at, value } = locate(issue.path, input);
  const written = shown(value);
  if (issue.code === 'unrecognized_keys') return `${at}: unknown field ${issue.keys.join(', ')}`;
  if (issue.code === 'invalid_value')
    return `${at}: ${written ?? 'the value'} is not one of ${issue.values.map(String).join(', ')}`;
  if (issue.code === 'invalid_type')
    return value === undefined
      ? `${at}: missing (expected ${issue.expected})`
      : `${at}: expected ${issue.expected}, not ${written ?? typeof value}`;
  return written === undefined
    ? `${at}: ${issue.message}`
    : `${at} is ${written}: ${issue.message}`;
}

/**
 * A union's failure (`admissions`) as the failures of the one branch that took the value's
 * kind: an object with a bad day gets "admissions hours #1 days #1: …", not the union's
 * general message, which stays for a value of no branch's kind.
 */
function intoBranch(issue: z.core.$ZodIssue, input: unknown): z.core.$ZodIssue[] {
  if (issue.code !== 'invalid_union') return [issue];
  const { value } = locate(issue.path, input);
  const branch = issue.errors.find(
    // Not the branch that refused the value's kind ('24/7' refuses any object).
    (issues) =>
      !issues.some(
        (i) => i.path.length === 0 && (i.code === 'invalid_type' || i.code === 'invalid_value'),
      ),
  );
  if (typeof value !== 'object' || value === null || !branch) return [issue];
  return branch
    .map((i) => ({ ...i, path: [...issue.path, ...i.path] }))
    .flatMap((i) => intoBranch(i, input));
}

/** Validates a center configuration; throws a CenterConfigError naming every bad field. */
export function parseCenterConfig(input: unknown, file = DEFAULT_FILE): CenterConfig {
  const result = centerConfigSchema.safeParse(input);
  if (!result.success) {
    const problems = result.error.issues
      .flatMap((issue) => intoBranch(issue, input))
      .map((issue) => `  ${describe(issue, input)}`)
      .join('\n');
    throw new CenterConfigError(`Invalid center configuration (${file}):\n${problems}`);
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
    throw new CenterConfigError(
      `Center configuration is not written in normal form (${file}); ` +
        `nothing normalises it when the app runs:\n${problems.map((p) => `  ${p}`).join('\n')}`,
    );
  }
  return parsed;
}
