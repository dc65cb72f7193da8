/**
 * The browser tests (tests/browser) in Chromium, Firefox and WebKit: `npm run test:browsers`.
 *
 *   npm run test:browsers                        every engine (one build, engines side by side)
 *   npm run test:browsers -- --engine firefox    one engine (repeat or comma-separate for more)
 *   npm run test:browsers -- --list              ENGINE<TAB>FILE<TAB>TEST NAME, nothing run
 *   npm run test:browsers -- tests/browser/crisis.test.ts   vitest's own filters pass through
 *
 * --no-build uses dist/ and dist-example/ as they are; --jobs N runs at most N engines at once
 * (LOC_BROWSER_JOBS, default 2: the CI machine's two cores); WebKit runs inside
 * scripts/with-webkit.sh (Xvfb, openbox and WebKitWebDriver, stopped when it ends). With two
 * jobs, the last engine runs as two shards of its files, one on each core once the others end.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { ENGINE_NAMES, type EngineName } from '../tests/browser/driver';

const ROOT = join(import.meta.dirname, '..');
const CONFIG = 'vitest.browser.config.ts';
/** How harness.ts names a test excepted in an engine (forEngines, itExcept). */
const NOT_RUN = 'NOT RUN: ';

function parse(argv: string[]) {
  const engines: EngineName[] = [];
  const rest: string[] = [];
  let list = false;
  let build = true;
  let jobs = Number(process.env.LOC_BROWSER_JOBS ?? 2);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const [flag, inline] = arg.split('=', 2);
      if (inline !== undefined) return inline;
      const next = argv[++i];
      if (next === undefined) throw new Error(`${flag} needs a value`);
      return next;
    };
    if (arg === '--')
      continue; // `tsx scripts/test-browsers.ts -- FILE`, as npm would pass it
    else if (arg === '--list') list = true;
    else if (arg === '--no-build') build = false;
    else if (arg.startsWith('--engine')) {
      for (const name of value().split(',')) {
        if (!(ENGINE_NAMES as readonly string[]).includes(name))
          throw new Error(`Unknown engine ${name}: one of ${ENGINE_NAMES.join(', ')}`);
        engines.push(name as EngineName);
      }
    } else if (arg.startsWith('--jobs')) jobs = Number(value());
    else rest.push(arg);
  }
  return { engines: engines.length ? engines : [...ENGINE_NAMES], rest, list, build, jobs };
}

interface Listed {
  readonly name: string;
  readonly file: string;
}

/** Every test per engine, from vitest's own collection (test files are imported, none run). */
function listTests(engines: readonly EngineName[], rest: readonly string[]): number {
  const dir = mkdtempSync(join(tmpdir(), 'loc-list-'));
  const out = join(dir, 'list.json');
  try {
    const result = spawnSync(
      'npx',
      ['vitest', 'list', '--config', CONFIG, `--json=${out}`, ...rest],
      {
        cwd: ROOT,
        stdio: ['ignore', 'ignore', 'inherit'],
        env: { ...process.env, LOC_LIST: '1', LOC_ENGINES: engines.join(',') },
      },
    );
    if (result.status !== 0) return result.status ?? 1;
    const tests = JSON.parse(readFileSync(out, 'utf8')) as Listed[];
    const lines: string[] = [];
    const notRun: string[] = [];
    for (const t of tests) {
      const [engine, ...path] = t.name.split(' > ');
      const file = relative(ROOT, t.file);
      const name = path.join(' > ');
      const at = name.indexOf(NOT_RUN);
      if (at >= 0)
        notRun.push(
          `# ${engine}\t${file}\t${name.slice(0, at).trim() || '(whole file)'}: not run: ${name.slice(at + NOT_RUN.length)}`,
        );
      else lines.push(`${engine}\t${file}\t${name}`);
    }
    process.stdout.write(
      lines
        .concat(notRun)
        .map((l) => `${l}\n`)
        .join(''),
    );
    const counts = engines.map((e) => `${e} ${lines.filter((l) => l.startsWith(`${e}\t`)).length}`);
    process.stderr.write(`${lines.length} tests: ${counts.join(', ')}\n`);
    return 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function build(): void {
  for (const script of ['build', 'build:example']) {
    const result = spawnSync('npm', ['run', '--silent', script], { cwd: ROOT, stdio: 'inherit' });
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
}

/** One vitest process: an engine, or a shard of its files (`--shard=1/2`). */
interface Run {
  readonly engine: EngineName;
  readonly shard?: string;
}

const labelOf = (run: Run) => (run.shard ? `${run.engine} ${run.shard}` : run.engine);

/**
 * The runs, in order. With more than one engine and room for more than one run at a time, the
 * last engine is split in two halves by file, so once the first engines end it runs on every
 * core: the engines take 20 to 25 minutes each, and that leaves no core idle at the end.
 */
function plan(engines: readonly EngineName[], jobs: number): Run[] {
  const runs: Run[] = engines.map((engine) => ({ engine }));
  if (jobs < 2 || engines.length < 2) return runs;
  const last = runs.pop()!;
  return [...runs, { ...last, shard: '1/2' }, { ...last, shard: '2/2' }];
}

interface Finished {
  readonly label: string;
  readonly code: number;
  readonly seconds: number;
  /** Vitest's report of what failed, kept to repeat at the end (CI logs show their tail). */
  readonly failures: readonly string[];
}

/** Where vitest's report of what failed starts, on its standard error, which it ends. */
const FAILURES_START = /⎯{3,} (Failed (Tests|Suites)|Unhandled Errors|Startup Error|Collect Error)/;
/** Enough to read every failure of a bad run; a broken build's wall of errors is cut. */
const MAX_FAILURE_LINES = 400;

/** One engine's vitest run, its output line by line prefixed with the engine's name. */
function runEngine({ engine, shard }: Run, rest: readonly string[]): Promise<Finished> {
  const label = labelOf({ engine, shard });
  const vitest = [
    'npx',
    'vitest',
    'run',
    '--config',
    CONFIG,
    // A shard may find none of the files a filter names.
    ...(shard ? [`--shard=${shard}`, '--passWithNoTests'] : []),
    ...rest,
  ];
  const [command, ...args] = engine === 'webkit' ? ['scripts/with-webkit.sh', ...vitest] : vitest;
  const started = Date.now();
  const failures: string[] = [];
  let inFailures = false;
  const keep = (line: string) => {
    if (FAILURES_START.test(line)) inFailures = true;
    if (inFailures && failures.length < MAX_FAILURE_LINES) failures.push(line);
  };
  return new Promise((resolve) => {
    const child = spawn(command!, args, {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        LOC_ENGINES: engine,
        ...(process.stdout.isTTY ? {} : { NO_COLOR: '1', FORCE_COLOR: '0' }),
      },
    });
    for (const [stream, to] of [
      [child.stdout, process.stdout],
      [child.stderr, process.stderr],
    ] as const) {
      let pending = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        const lines = (pending + chunk).split('\n');
        pending = lines.pop()!;
        for (const line of lines) {
          if (to === process.stderr) keep(line);
          to.write(`[${label}] ${line}\n`);
        }
      });
      stream.on('end', () => pending && to.write(`[${label}] ${pending}\n`));
    }
    child.on('close', (code) =>
      resolve({
        label,
        code: code ?? 1,
        seconds: Math.round((Date.now() - started) / 1000),
        failures,
      }),
    );
  });
}

async function main(): Promise<number> {
  const { engines, rest, list, build: doBuild, jobs } = parse(process.argv.slice(2));
  if (list) return listTests(engines, rest);
  if (doBuild) build();
  const queue = plan(engines, jobs);
  const finished: Finished[] = [];
  const started = Date.now();
  await Promise.all(
    Array.from({ length: Math.max(1, Math.min(jobs, queue.length)) }, async () => {
      for (let run = queue.shift(); run; run = queue.shift())
        finished.push(await runEngine(run, rest));
    }),
  );
  for (const f of finished.filter((f) => f.code !== 0 && f.failures.length > 0))
    process.stdout.write(
      `\n=== what failed in ${f.label}, again\n${f.failures.map((l) => `[${f.label}] ${l}\n`).join('')}`,
    );
  process.stdout.write('\n');
  for (const f of finished)
    process.stdout.write(`${f.label}: ${f.code === 0 ? 'passed' : 'FAILED'} in ${f.seconds} s\n`);
  process.stdout.write(`all: ${Math.round((Date.now() - started) / 1000)} s\n`);
  return finished.every((f) => f.code === 0) ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${String(error instanceof Error ? error.message : error)}\n`);
    process.exit(2);
  },
);
