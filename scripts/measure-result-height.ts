/**
 * How long the result is on a phone (issue 19): the document height, in CSS px, of the result at
 * 390 px for three public vignettes, in English and Spanish, walked to through the UI as the
 * browser tests do (tests/browser/walk.ts). Folds (<details>) as the person first sees them,
 * closed, and every fold open.
 *
 *   npm run build && npm run measure:result-height            # serves dist/ with `vite preview`
 *   npm run measure:result-height -- --port 4303 --json        # another port; JSON lines out
 *   npm run measure:result-height -- --url http://127.0.0.1:4303/   # a server already running
 *
 * Chromium is Debian's (/usr/bin/chromium, or CHROMIUM_PATH), started as the browser tests start
 * it (tests/browser/chromium.ts: puppeteer-core, the same flags, reduced motion).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startChromium } from '../tests/browser/chromium';
import { waitUntil, type Surface } from '../tests/browser/driver';
import type { AnswerSet } from '../tests/browser/fixtures';
import { completeWith, outcome, submit, waitForApp } from '../tests/browser/walk';

const CASES = ['moderate-stable-worker', 'homeless-moderate', 'severe-works-alt-iop'] as const;
const LANGS = ['en', 'es'] as const;
const WIDTH = 390;

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const json = process.argv.includes('--json');
const port = Number(option('port') ?? 4303);
const givenUrl = option('url');

const vignettes = (
  JSON.parse(
    readFileSync(new URL('../tests/fixtures/vignettes.json', import.meta.url), 'utf8'),
  ) as { cases: { id: string; answers: AnswerSet }[] }
).cases;
function answersOf(id: string): AnswerSet {
  const found = vignettes.find((v) => v.id === id);
  if (!found) throw new Error(`No vignette ${id}`);
  return found.answers;
}

async function waitForServer(url: string, preview: ChildProcess | null): Promise<void> {
  for (let i = 0; i < 150; i++) {
    if (preview && preview.exitCode !== null) throw new Error('vite preview stopped');
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer`);
}

/** The whole result drawn: its later part is no longer aria-busy, and fonts are in. */
async function resultDrawn(s: Surface): Promise<void> {
  await outcome(s);
  await waitUntil(s, 'the whole result', () => !document.querySelector('[aria-busy="true"]'), []);
  await s.run(() => document.fonts.ready.then(() => undefined));
}

const height = (s: Surface) =>
  s.run(() => Math.max(document.documentElement.scrollHeight, document.body?.scrollHeight ?? 0));

async function main(): Promise<void> {
  let preview: ChildProcess | null = null;
  const base = givenUrl ?? `http://127.0.0.1:${port}/`;
  if (!givenUrl) {
    // Vite's own script, not `npx vite` (whose child would outlive a kill of npx).
    preview = spawn(
      process.execPath,
      [
        fileURLToPath(new URL('../node_modules/vite/bin/vite.js', import.meta.url)),
        'preview',
        '--host',
        '127.0.0.1',
        '--port',
        String(port),
        '--strictPort',
      ],
      { stdio: ['ignore', 'ignore', 'inherit'] },
    );
  }
  const engine = await startChromium();
  const rows: { id: string; lang: string; closed: number; open: number; folds: number }[] = [];
  try {
    await waitForServer(base, preview);
    for (const id of CASES) {
      for (const lang of LANGS) {
        const page = await engine.open({ width: WIDTH, height: 844 });
        await page.goto(lang === 'es' ? `${base}?lang=es` : base);
        // The app's own start screen, not the prerendered copy it replaces.
        await waitForApp(page);
        await submit(page);
        await completeWith(page, answersOf(id));
        await resultDrawn(page);
        const closed = await height(page);
        const folds = await page.run(() => {
          const all = [...document.querySelectorAll('details')];
          for (const d of all) d.open = true;
          return all.length;
        });
        const open = await height(page);
        rows.push({ id, lang, closed, open, folds });
        if (json) console.log(JSON.stringify(rows.at(-1)));
        await page.close();
      }
    }
  } finally {
    await engine.stop();
    if (preview?.pid) {
      preview.kill('SIGTERM');
    }
  }
  if (!json) {
    console.log(`Result height at ${WIDTH} px (CSS px; folds closed, and all open):`);
    for (const r of rows) {
      console.log(
        `  ${r.id.padEnd(24)} ${r.lang}  ${String(r.closed).padStart(5)}  (open: ${r.open}, folds: ${r.folds})`,
      );
    }
  }
}

await main();
