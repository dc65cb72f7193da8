/**
 * docs/decision-table.md is generated from the engine (scripts/decision-table.ts). It must be
 * current, and it must document every rule, reason code and note code the engine can give.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DECISION_TABLE_FILE,
  decisionTablePath,
  describeAskedWhen,
  renderDecisionTable,
} from '../../../scripts/decision-table';
import { QUESTIONS, type Question } from '../../../src/questions/bank';
import { NOTE_CODES } from '../../../src/results/levels';
import {
  ALTERNATIVE_RULES,
  BASE_RULES,
  DIMENSION_RULES,
  EMERGENCY_RULES,
  FLOOR_RULES,
  NOTE_RULES,
  SEVERITY_RULES,
  URGENCY_RULES,
  WITHDRAWAL_RULES,
} from '../../../src/results/rules';

const rendered = renderDecisionTable();
const named = [
  ...DIMENSION_RULES,
  ...EMERGENCY_RULES,
  ...BASE_RULES,
  ...FLOOR_RULES,
  ...WITHDRAWAL_RULES,
  ...URGENCY_RULES,
  ...ALTERNATIVE_RULES,
  ...NOTE_RULES,
];
const reasons = [
  ...EMERGENCY_RULES,
  ...BASE_RULES,
  ...FLOOR_RULES,
  ...WITHDRAWAL_RULES,
  ...URGENCY_RULES,
  ...ALTERNATIVE_RULES,
].flatMap((r) => (r.reason ? [r.reason] : []));

describe(DECISION_TABLE_FILE, () => {
  it('is committed and current (run `npm run docs:rules` after changing the rules)', () => {
    const path = decisionTablePath();
    expect(existsSync(path), `${DECISION_TABLE_FILE} is missing`).toBe(true);
    expect(readFileSync(path, 'utf8') === rendered, `${DECISION_TABLE_FILE} is stale`).toBe(true);
  });

  it('is deterministic', () => {
    expect(renderDecisionTable()).toBe(rendered);
    expect(rendered).not.toMatch(/\b20\d\d-\d\d-\d\d\b/); // no dates
    expect(rendered.endsWith('\n')).toBe(true);
  });

  it('names every rule, with its condition', () => {
    expect(new Set(named.map((r) => r.name)).size).toBe(named.length); // names are unique
    for (const r of named) {
      expect(rendered).toContain(`\`${r.name}\``);
      expect(rendered).toContain(r.when);
    }
    for (const r of SEVERITY_RULES) expect(rendered).toContain(`| ${r.when} | \`${r.severity}\` |`);
  });

  it('lists every reason code and every note code', () => {
    expect(reasons.length).toBeGreaterThan(0);
    for (const reason of reasons) expect(rendered).toContain(`\`${reason}\``);
    for (const note of NOTE_CODES) expect(rendered).toContain(`\`${note}\``);
    expect(NOTE_RULES.map((r) => r.note).sort()).toEqual([...NOTE_CODES].sort());
  });

  it('says it is generated, from where, and how precedence works', () => {
    expect(rendered).toMatch(/generated/i);
    expect(rendered).toContain('src/results/rules.ts');
    expect(rendered).toContain('src/questions/bank.ts');
    expect(rendered).toContain('npm run docs:rules');
    expect(rendered).toMatch(/first match/i);
    expect(rendered).toMatch(/all that apply/i);
  });

  it('documents the skip logic of every question in plain words', () => {
    for (const q of QUESTIONS as readonly Question[]) {
      const row = rendered.split('\n').find((line) => line.includes(`| \`${q.id}\` |`));
      expect(row, q.id).toBeDefined();
      expect(row).toContain(describeAskedWhen(q).replace(/\|/g, '\\|'));
      for (const v of q.values) expect(row).toContain(`\`${v}\``);
      if (q.kind === 'single' && q.ifNotAsked) expect(row).toContain(`\`${q.ifNotAsked}\``);
    }
    expect(describeAskedWhen(QUESTIONS[0])).toBe('always');
    expect(rendered).toContain(
      '`use.substances` does not include `none`, and `use.frequency` is not `not-recent`',
    );
    expect(rendered).toContain('`history.treatment` includes `php` or `residential`');
  });
});
