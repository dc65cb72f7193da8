/**
 * `npm run bench:engine` — times recommend() (validation, skip logic and decision procedure)
 * over 100,000 valid answer sets generated from the question bank with a fixed seed, and
 * counts the results per level. A script, not a test: the figures depend on the machine.
 *
 * Options: --count N (default 100000), --seed S (default 20240601).
 */
import fc from 'fast-check';
import { answerSetArb } from '../tests/arbitraries';
import { checkAnswerSet } from '../src/questions/answer-set';
import { resolveAnswers } from '../src/questions/resolve';
import { decide, recommend } from '../src/results/recommend';
import { LEVELS, type Level } from '../src/results/levels';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  if (at === -1) return fallback;
  const value = Number(process.argv[at + 1]);
  if (!Number.isSafeInteger(value) || value <= 0) {
    console.error(`--${name} needs a positive integer`);
    process.exit(2);
  }
  return value;
}

const count = option('count', 100_000);
const seed = option('seed', 20240601);

let t = performance.now();
const sets = fc.sample(answerSetArb(), { numRuns: count, seed });
console.log(
  `Generated ${sets.length.toLocaleString('en-US')} valid answer sets (seed ${seed}) in ${((performance.now() - t) / 1000).toFixed(1)} s.`,
);

// Warm up: let the JIT settle before timing.
const warmup = Math.min(sets.length, 10_000);
for (let i = 0; i < warmup; i += 1) recommend(sets[i]);

const perLevel = Object.fromEntries(LEVELS.map((l) => [l, 0])) as Record<Level, number>;
let sink = 0;
t = performance.now();
for (const answers of sets) {
  const result = recommend(answers);
  perLevel[result.level] += 1;
  sink += result.reasons.length;
}
const ms = performance.now() - t;

const perSecond = (sets.length / ms) * 1000;
const microseconds = (ms * 1000) / sets.length;
console.log(
  `recommend(): ${Math.round(perSecond).toLocaleString('en-US')} calls/s, ` +
    `${microseconds.toFixed(1)} µs per call (${sets.length.toLocaleString('en-US')} calls in ${(ms / 1000).toFixed(2)} s; ${sink} reasons).`,
);
console.log('Results per level:');
const width = Math.max(...Object.keys(perLevel).map((l) => l.length));
for (const level of LEVELS) {
  const n = perLevel[level];
  console.log(
    `  ${level.padEnd(width)}  ${String(n).padStart(7)}  ${((100 * n) / sets.length).toFixed(1)}%`,
  );
}

// Where the time goes, on a subset: validation (schema, skip logic) vs the decision procedure.
const subset = sets.slice(0, Math.min(sets.length, 10_000));
t = performance.now();
const walked = subset.map((answers) => checkAnswerSet(answers));
const checkMs = performance.now() - t;
const resolved = walked.map((w) => resolveAnswers(w));
t = performance.now();
for (const answers of resolved) sink += decide(answers).reasons.length;
const decideMs = performance.now() - t;
const us = (total: number) => ((total * 1000) / subset.length).toFixed(1);
console.log(
  `Breakdown over ${subset.length.toLocaleString('en-US')} sets: checkAnswerSet() ${us(checkMs)} µs, ` +
    `decide() ${us(decideMs)} µs per call.`,
);
