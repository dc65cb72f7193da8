/**
 * `npm run bench` — measures the production build in dist/, served locally with gzip, against
 * its budgets, and prints one table. A benchmark, not a test: timings depend on the machine
 * (printed under the table). Exits 0, or 1 with --strict when a figure is over its budget.
 *
 * Byte sizes are deterministic (gzip level 9 of what was loaded); Lighthouse figures are the
 * median of 3 runs; Continue → next screen is a p95 over whole assessments at 4× CPU slowdown,
 * clicked with a mouse (the budget), and tapped on a touch phone (for information).
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { launchChromium } from '../tests/browser/chromium';
import { waitUntil } from '../tests/browser/driver';
import { DIST } from '../tests/browser/fixtures';
import { surfaceOf } from '../tests/browser/puppeteer';
import { serve } from '../tests/browser/server';
import { completeWith, submit, waitForApp } from '../tests/browser/walk';
import { bytesRows, embedBytes, loadBytes } from './bench/bytes';
import { CONTINUE_INTO, continueTimings } from './bench/interaction';
import { lighthouseRows, lighthouseRuns } from './bench/lighthouse';
import { longestVignette, RESULT } from './bench/vignette';
import { median, percentile, printTable, type Row } from './bench/table';

const BUDGET = {
  firstInteractionBytes: 110_000, // KB = 1000 bytes
  fullPathBytes: 150_000,
  embedBytes: 2000,
  performance: 98,
  accessibility: 100,
  lcpSeconds: 1.2,
  continueP95Ms: 50,
};
const LIGHTHOUSE_RUNS = 3;
const MIN_CONTINUE_SAMPLES = 40;

const began = performance.now();
const elapsed = () => `${((performance.now() - began) / 1000).toFixed(0)} s`;
// Progress on stderr, so stdout is just the table and its note.
const progress = (what: string) => console.error(`[${elapsed()}] ${what}…`);
/** Lighthouse's run warnings, and any request to another origin (there should be none). */
const warnings: string[] = [];
const foreign = (url: string) => `request to another origin than the server's: ${url}`;

// A snapshot of dist/, so a rebuild during the run can't mix two builds in one table.
const dist = mkdtempSync(join(tmpdir(), 'bench-dist-'));
cpSync(DIST, dist, { recursive: true });
const server = await serve(dist, { gzip: true });
const { vignette, screens } = longestVignette();
let loaded = '';
let bytes: Row[];
let continues: Row[];
let chromium: string;
let lighthouse: Row[];
let benchmarkIndex: number;
try {
  const browser = await launchChromium();
  chromium = await browser.version();
  /** The app's start screen, then Start: the first interaction. */
  const begin = async (page: Page) => {
    await page.goto(`${server.origin}/`);
    await waitForApp(surfaceOf(page));
    await submit(surfaceOf(page));
  };
  try {
    progress('Bytes to the first interaction');
    const first = await loadBytes(browser, server.origin, begin);
    progress(`Bytes of a whole assessment (${vignette.id}, ${screens} question screens)`);
    const full = await loadBytes(browser, server.origin, async (page) => {
      await begin(page);
      await completeWith(surfaceOf(page), vignette.answers);
      await waitUntil(
        surfaceOf(page),
        'the result',
        (sel: string) => !!document.querySelector(sel)?.getBoundingClientRect().height,
        [`${RESULT} #step-heading`],
      );
    });
    progress('Continue → next screen at 4× CPU slowdown');
    const samples = await continueTimings(
      browser,
      server.origin,
      vignette.answers,
      MIN_CONTINUE_SAMPLES,
    );
    progress('Continue → next screen, tapped on a touch phone, at 4× CPU slowdown');
    const taps = await continueTimings(
      browser,
      server.origin,
      vignette.answers,
      MIN_CONTINUE_SAMPLES,
      'tap',
    );
    warnings.push(...[...first.foreign, ...full.foreign].map(foreign));
    const later = full.files.filter((f) => !first.files.includes(f)).join(', ') || 'nothing';
    loaded = `First interaction loads ${first.files.join(', ')}; the full path adds ${later}.`;
    const embed = embedBytes(dist);
    bytes = [
      ...bytesRows('First interaction', first, BUDGET.firstInteractionBytes),
      ...bytesRows(`Full path, ${screens} screens,`, full, BUDGET.fullPathBytes),
      {
        metric: 'embed.js (gzip-9)',
        measured: embed === undefined ? 'missing from dist/' : `${embed} B`,
        budget: `≤ ${BUDGET.embedBytes} B`,
        ok: embed !== undefined && embed <= BUDGET.embedBytes,
      },
    ];
    const times = samples.map((s) => s.ms);
    const tapTimes = taps.map((s) => s.ms);
    const p95 = percentile(times, 95);
    // Where the time goes: each kind of screen change, by its own median.
    const byScreen = CONTINUE_INTO.map((into) => {
      const of = samples.filter((s) => s.into === into).map((s) => s.ms);
      return `${into} ${of.length ? median(of).toFixed(0) : '—'}`;
    }).join(', ');
    continues = [
      {
        metric: 'Continue → next screen, p95 (4× CPU)',
        measured: `${p95.toFixed(1)} ms (n=${times.length})`,
        budget: `≤ ${BUDGET.continueP95Ms} ms`,
        ok: p95 <= BUDGET.continueP95Ms,
      },
      {
        metric: 'Continue → next screen, p50 / max',
        measured: `${median(times).toFixed(1)} / ${Math.max(...times).toFixed(1)} ms`,
        budget: '(info)',
      },
      {
        metric: 'Continue p50 by screen shown (ms)',
        measured: byScreen,
        budget: '(info)',
      },
      // The same walk with a finger: the browser's tap handling (the mouse events it makes up,
      // focus) runs at the release, where a held mouse press did it at the press.
      {
        metric: 'Continue tapped on a touch phone, p95 / p50',
        measured: `${percentile(tapTimes, 95).toFixed(1)} / ${median(tapTimes).toFixed(1)} ms (n=${tapTimes.length})`,
        budget: '(info)',
      },
    ];
  } finally {
    await browser.close();
  }

  progress(`Lighthouse, ${LIGHTHOUSE_RUNS} runs`);
  const runs = await lighthouseRuns(`${server.origin}/`, LIGHTHOUSE_RUNS);
  for (const r of runs) warnings.push(...r.foreign.map(foreign), ...r.warnings);
  benchmarkIndex = median(runs.map((r) => r.benchmarkIndex));
  lighthouse = lighthouseRows(runs, BUDGET);
} finally {
  await server.close();
  rmSync(dist, { recursive: true, force: true });
}

const rows = [...bytes, ...lighthouse, ...continues];
console.log();
printTable(rows);
// Timings depend on the machine and on what else runs on it.
const cpu = cpus();
const load = loadavg()[0]!.toFixed(1);
console.log(
  `\nMachine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, load average ${load}; ` +
    `Chromium ${chromium}; Lighthouse benchmarkIndex ${Math.round(benchmarkIndex)}; ` +
    `took ${elapsed()}.`,
);
console.log(loaded);
for (const w of new Set(warnings)) console.log(`Warning: ${w}`);

const over = rows.filter((r) => r.ok === false);
if (over.length > 0) console.log(`Over budget: ${over.map((r) => r.metric).join('; ')}.`);
if (process.argv.includes('--strict') && over.length > 0) process.exit(1);
