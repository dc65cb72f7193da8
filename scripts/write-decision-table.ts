/**
 * `npm run docs:rules` — writes docs/decision-table.md from the engine's rules and the
 * question bank (see scripts/decision-table.ts).
 * `npm run docs:rules -- --check` — writes nothing; exits 1 when the committed file differs
 * from what would be written (or is missing), 0 when it is current.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { DECISION_TABLE_FILE, decisionTablePath, renderDecisionTable } from './decision-table';

const args = process.argv.slice(2);
const unknown = args.filter((a) => a !== '--check');
if (unknown.length > 0) {
  console.error(`Unknown argument(s): ${unknown.join(' ')}. Usage: write-decision-table [--check]`);
  process.exit(2);
}

const target = decisionTablePath();
const expected = renderDecisionTable();
const current = existsSync(target) ? readFileSync(target, 'utf8') : undefined;

if (args.includes('--check')) {
  if (current === expected) {
    console.log(`${DECISION_TABLE_FILE} is up to date.`);
    process.exit(0);
  }
  console.error(
    current === undefined
      ? `${DECISION_TABLE_FILE} is missing.`
      : `${DECISION_TABLE_FILE} is out of date: it differs from what src/results/rules.ts and ` +
          'src/questions/bank.ts generate.',
  );
  console.error('Run `npm run docs:rules` and commit the result.');
  process.exit(1);
}

if (current === expected) {
  console.log(`${DECISION_TABLE_FILE} is already up to date.`);
} else {
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, expected);
  console.log(`Wrote ${DECISION_TABLE_FILE}.`);
}
