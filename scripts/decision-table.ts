/**
 * Renders docs/decision-table.md from the engine itself: the rule lists of
 * src/results/rules.ts and the skip logic of src/questions/bank.ts. Pure and deterministic (no
 * dates, no environment): the same sources always give the same text, so CI can compare the
 * committed file with what this would write (`npm run docs:rules -- --check`).
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { QUESTIONS, type Condition, type Question } from '../src/questions/bank';
import { CONTRACT_VERSION, DIMENSIONS, LEVEL_ORDER } from '../src/results/levels';
import {
  ALTERNATIVE_RULES,
  ASAM_LEVEL,
  BASE_RULES,
  DIMENSION_RULES,
  EMERGENCY_RULES,
  FLOOR_RULES,
  NOTE_RULES,
  SEVERITY_RULES,
  URGENCY_RULES,
  WITHDRAWAL_RULES,
} from '../src/results/rules';

/** Where the generated table lives, relative to the repository root. */
export const DECISION_TABLE_FILE = 'docs/decision-table.md';

/**
 * Absolute path of the generated table. (Not `new URL(…, import.meta.url)` with a template:
 * Vite rewrites that pattern as an asset import under vitest.)
 */
export const decisionTablePath = (): string =>
  resolve(dirname(fileURLToPath(import.meta.url)), '..', DECISION_TABLE_FILE);

const DIMENSION_NAMES: Record<(typeof DIMENSIONS)[number], string> = {
  d1: 'D1 withdrawal',
  d2: 'D2 biomedical',
  d3: 'D3 emotional/behavioral',
  d4: 'D4 readiness',
  d5: 'D5 relapse/continued use',
  d6: 'D6 recovery environment',
};

const LEVEL_NAMES: Record<string, string> = {
  emergency: 'emergency',
  residential: 'residential',
  php: 'partial hospitalization (PHP)',
  iop: 'intensive outpatient (IOP)',
  outpatient: 'outpatient',
  'early-intervention': 'early intervention',
};

/** Inline code. */
const code = (s: string | number): string => `\`${s}\``;

/** A table cell: no line breaks, pipes escaped. */
const cell = (s: string): string => s.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

/** "`a`", "`a` or `b`", "`a`, `b` or `c`" (or "and"). */
function list(values: readonly string[], joiner: 'or' | 'and' = 'or'): string {
  const quoted = values.map(code);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} ${joiner} ${quoted.at(-1)}`;
}

const byId = new Map((QUESTIONS as readonly Question[]).map((q) => [q.id, q]));

/** One skip-logic condition in plain words. */
export function describeCondition(c: Condition): string {
  const multi = byId.get(c.question)?.kind === 'multi';
  const parts: string[] = [];
  if (c.anyOf?.length) {
    parts.push(
      multi
        ? `${code(c.question)} includes ${list(c.anyOf)}`
        : `${code(c.question)} is ${list(c.anyOf)}`,
    );
  }
  if (c.noneOf?.length) {
    parts.push(
      multi
        ? `${code(c.question)} does not include ${list(c.noneOf)}`
        : `${code(c.question)} is not ${list(c.noneOf)}`,
    );
  }
  return parts.join(' and ');
}

/** When a question is asked, in plain words. */
export function describeAskedWhen(q: Question): string {
  const rule = q.askedWhen;
  if (!rule) return 'always';
  if ('all' in rule) return rule.all.map(describeCondition).join(', and ');
  return `any of: ${rule.any.map(describeCondition).join('; or ')}`;
}

function describeIfNotAsked(q: Question): string {
  if (!q.askedWhen) return '— (always asked)';
  if (q.kind === 'multi') return code(q.exclusive);
  if (q.ifNotAsked === undefined) return '— (not read)';
  const offered = (q.values as readonly string[]).includes(q.ifNotAsked);
  return offered ? code(q.ifNotAsked) : `${code(q.ifNotAsked)} (not a value the form offers)`;
}

function describeValues(q: Question): string {
  if (q.kind === 'multi') {
    const others = q.values.filter((v) => v !== q.exclusive);
    return `one or more of ${others.map(code).join(', ')}; or exactly ${code(q.exclusive)}`;
  }
  return q.values.map(code).join(', ');
}

function describeRisk(q: Question): string {
  if (q.kind === 'multi') return `grows with the set (${code(q.exclusive)} lowest)`;
  const order = q.riskOrder.map(code).join(' < ');
  return q.emergencyWhen?.length ? `${order}; emergency: ${list(q.emergencyWhen)}` : order;
}

const levelCell = (level: string): string => `${code(level)} (${LEVEL_NAMES[level] ?? level})`;

/** Reason codes with the rules (by name) that give them, in first-seen order. */
function reasonIndex(): [string, string[]][] {
  const index = new Map<string, string[]>();
  const add = (reason: string | undefined, name: string) => {
    if (!reason) return;
    index.set(reason, [...(index.get(reason) ?? []), name]);
  };
  for (const r of EMERGENCY_RULES) add(r.reason, r.name);
  for (const r of BASE_RULES) add(r.reason, r.name);
  for (const r of FLOOR_RULES) add(r.reason, r.name);
  for (const r of WITHDRAWAL_RULES) add(r.reason, r.name);
  for (const r of URGENCY_RULES) add(r.reason, r.name);
  for (const r of ALTERNATIVE_RULES) add(r.reason, r.name);
  return [...index.entries()];
}

/** The whole document, ending with a newline. */
export function renderDecisionTable(): string {
  const questions = QUESTIONS as readonly Question[];
  const sections: string[] = [];
  const add = (...blocks: string[]) => sections.push(...blocks);

  add(
    '# Decision table',
    [
      `Assessment contract v${CONTRACT_VERSION}. **Generated — do not edit by hand.** This file is`,
      'written by `npm run docs:rules` (`scripts/write-decision-table.ts`) from the rule lists in',
      '`src/results/rules.ts` and the questions and skip logic in `src/questions/bank.ts`, the',
      'same data `recommend()` evaluates. Change those, then run `npm run docs:rules`; CI runs',
      '`npm run docs:rules -- --check` and fails when this file is out of date.',
    ].join('\n'),
    [
      'The steps run in the order below (contract §2). Within a step, rules combine in one of two',
      'ways:',
      '',
      '- **First match**: the rules are tried from the top and the first whose condition holds',
      '  decides; the rest are not read. Severity, each dimension, the base level, withdrawal',
      '  management and the alternative work this way.',
      '- **All that apply**: every rule whose condition holds takes effect. Emergency triggers (any',
      '  one makes the result an emergency, and each names its reason), floors (the level is the',
      '  most intensive of the base and every floor that applies), urgency (any one makes it',
      '  `today`) and notes work this way.',
      '',
      `Levels, least to most intensive: ${LEVEL_ORDER.map(code).join(' < ')}. \`emergency\``,
      'stands outside the order and overrides everything. Answers to questions that are not asked',
      'are ignored; the engine reads the "if not asked" value instead (see the last table).',
    ].join('\n'),
  );

  add(
    '## Step 0 — Emergency (all that apply)',
    'Any match makes the level `emergency`: ASAM level none, urgency `emergency`, no alternative, no notes, and the reasons are the codes of the triggers that fired. Severity, dimensions and withdrawal management are still computed.',
    table(
      ['Rule', 'When', 'Effect', 'Reason code'],
      EMERGENCY_RULES.map((r) => [code(r.name), r.when, 'level `emergency`', code(r.reason)]),
    ),
  );

  add(
    '## Step 1 — Severity (first match)',
    'The criteria count is the number of `use.criteria` values chosen (`none` counts 0).',
    table(
      ['#', 'When', 'Severity'],
      SEVERITY_RULES.map((r, i) => [String(i + 1), r.when, code(r.severity)]),
    ),
  );

  add(
    '## Step 2 — Dimension ratings (first match per dimension; none matching → 0)',
    '"Sedative" means alcohol or benzodiazepines; "recent" means last use today or 1–7 days ago; "ASQ positive" means any of the first four `suicide.*` answers is `yes` or `decline`.',
    table(
      ['Dimension', 'Rule', 'When', 'Rating'],
      DIMENSIONS.flatMap((d) =>
        DIMENSION_RULES.filter((r) => r.dimension === d).map((r) => [
          DIMENSION_NAMES[d],
          code(r.name),
          r.when,
          String(r.rating),
        ]),
      ),
    ),
  );

  add(
    '## Step 3 — Level: base (first match)',
    table(
      ['Rule', 'When', 'Base level', 'Reason code'],
      BASE_RULES.map((r) => [code(r.name), r.when, levelCell(r.level), code(r.reason)]),
    ),
  );

  add(
    '## Step 3 — Level: floors (all that apply; the most intensive of base and floors wins)',
    'A residential result is ASAM 3.7 when any floor marked "medically monitored" applied, else 3.5.',
    table(
      ['Rule', 'When', 'At least', 'Medically monitored', 'Reason code'],
      FLOOR_RULES.map((r) => [
        code(r.name),
        r.when,
        levelCell(r.level),
        r.medicallyMonitored ? 'yes' : 'no',
        code(r.reason),
      ]),
    ),
  );

  add(
    '## Step 3 — ASAM level',
    table(
      ['Level', 'Often called ASAM level'],
      [
        [levelCell('residential'), '`3.7` when a medically monitored floor applied, else `3.5`'],
        ...Object.entries(ASAM_LEVEL)
          .sort(
            ([a], [b]) =>
              LEVEL_ORDER.indexOf(b as (typeof LEVEL_ORDER)[number]) -
              LEVEL_ORDER.indexOf(a as (typeof LEVEL_ORDER)[number]),
          )
          .map(([level, asam]) => [levelCell(level), code(asam)]),
        [levelCell('emergency'), 'none (`null`)'],
      ],
    ),
  );

  add(
    '## Step 4 — Withdrawal management (first match; none matching → `none`, no reason)',
    table(
      ['Rule', 'When', 'Withdrawal management', 'Reason code'],
      WITHDRAWAL_RULES.map((r) => [
        code(r.name),
        r.when,
        code(r.withdrawal),
        r.reason ? code(r.reason) : '—',
      ]),
    ),
  );

  add(
    '## Step 5 — Urgency (all that apply; any → `today`, none → `soon`)',
    'An emergency always has urgency `emergency`.',
    table(
      ['Rule', 'When', 'Effect', 'Reason code'],
      URGENCY_RULES.map((r) => [code(r.name), r.when, 'urgency `today`', code(r.reason)]),
    ),
  );

  add(
    '## Step 6 — Alternative (first match; none matching → no alternative)',
    'Never changes the recommendation; it is the next-best option to discuss.',
    table(
      ['Rule', 'When', 'Alternative', 'Reason code'],
      ALTERNATIVE_RULES.map((r) => [
        code(r.name),
        r.when,
        levelCell(r.alternative),
        code(r.reason),
      ]),
    ),
  );

  add(
    '## Step 7 — Notes (all that apply, listed in this order; never for an emergency)',
    'Notes do not change the level.',
    table(
      ['Rule', 'When', 'Note code'],
      NOTE_RULES.map((r) => [code(r.name), r.when, code(r.note)]),
    ),
  );

  add(
    '## Reason codes',
    'A result lists the reason codes of the rules that set its base, floors, withdrawal management, urgency and alternative (each code once), or, for an emergency, of the triggers that fired.',
    table(
      ['Reason code', 'Given by'],
      reasonIndex().map(([reason, names]) => [code(reason), names.map(code).join(', ')]),
    ),
  );

  add(
    '## Questions and skip logic',
    'In the order the wizard asks them. A condition on a question that was not asked is false, so skip conditions chain. A question that is not asked is read as its "if not asked" value, whatever the answers object holds for it. In a set cut short by an emergency (contract §1 "Partial answers"), a question asked after the emergency but left unanswered is read as the lowest value of its risk order (a multi-select as its "none" value).',
    table(
      ['#', 'Question', 'Kind', 'Values', 'Risk (least → most)', 'Asked when', 'If not asked'],
      questions.map((q, i) => [
        String(i + 1),
        code(q.id),
        q.kind === 'multi' ? 'multi-select' : 'single choice',
        describeValues(q),
        describeRisk(q),
        describeAskedWhen(q),
        describeIfNotAsked(q),
      ]),
    ),
  );

  return `${sections.join('\n\n')}\n`;
}
