/**
 * Screenshots for a person to look at (`npm run screenshots`): every screen of a walk that shows
 * every question screen, the review, an urgent result, the crisis screen and the failed-download
 * screen, in every language the build has (src/config/params.ts LANGS), at 390 and 1280 px, in
 * Chromium, Firefox and WebKit. It checks nothing: it writes PNGs to a folder it prints.
 *
 *   npm run screenshots                              everything (builds first)
 *   npm run screenshots -- --engine webkit --lang es --no-build
 *   npm run screenshots -- --out /tmp/shots
 *
 * WebKit's shots are of the viewport only (its driver has no full-page screenshot); the others
 * are of the whole page.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { LANGS } from '../src/config/params';
import {
  ENGINE_NAMES,
  SIZES,
  waitUntil,
  type EngineName,
  type EngineSession,
} from '../tests/browser/driver';
import { answersWith, EVERY_SCREEN } from '../tests/browser/fixtures';
import { openApp, startAppServer, startEngine } from '../tests/browser/harness';
import { answerScreen, hasOutcome, heading, submit } from '../tests/browser/walk';

const ROOT = join(import.meta.dirname, '..');

function parse(argv: string[]) {
  const engines: EngineName[] = [];
  const langs: string[] = [];
  let out = join(ROOT, 'artifacts', 'screenshots');
  let build = true;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const next = () => argv[++i] ?? '';
    if (arg === '--engine') engines.push(...(next().split(',') as EngineName[]));
    else if (arg === '--lang') langs.push(...next().split(','));
    else if (arg === '--out') out = next();
    else if (arg === '--no-build') build = false;
    else throw new Error(`Unknown argument ${arg}`);
  }
  for (const e of engines)
    if (!(ENGINE_NAMES as readonly string[]).includes(e)) throw new Error(`Unknown engine ${e}`);
  for (const l of langs)
    if (!(LANGS as readonly string[]).includes(l)) throw new Error(`Unknown language ${l}`);
  return {
    engines: engines.length ? engines : [...ENGINE_NAMES],
    langs: langs.length ? langs : [...LANGS],
    out,
    build,
  };
}

const slug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);

/** The screens that carry the draft line in a translation (contract v1.2 §4). */
const WITH_DRAFT_LINE = new Set(['start', 'result', 'crisis']);

/**
 * Shoots the screen as it is now, once it is whole: nothing busy and, on the screens that have
 * one, the draft line of a translation there (it comes as a chunk of its own, a moment later).
 * A screen named by a heading in another script is named by its first question instead.
 */
async function shoot(
  s: EngineSession,
  dir: string,
  n: number,
  name: string,
  lang: string,
): Promise<void> {
  // (No function declared inside a page function: tsx names them with a helper the page lacks.)
  await waitUntil(s, 'a whole screen', () => !document.querySelector('[aria-busy="true"]'), []);
  if (lang !== 'en' && WITH_DRAFT_LINE.has(name))
    await waitUntil(
      s,
      'the draft line',
      () => !!document.querySelector('[data-translation-draft]'),
      [],
    ).catch(() => console.warn(`${dir}: no draft line on ${name}`));
  if (!slug(name))
    name = await s.run(
      () => document.querySelector('main form input[name]')?.getAttribute('name') ?? '',
    );
  await s.run(() => window.scrollTo(0, 0));
  await s.screenshot(join(dir, `${String(n).padStart(2, '0')}-${slug(name)}.png`));
}

async function main(): Promise<void> {
  const { engines, langs, out, build } = parse(process.argv.slice(2));
  if (build) {
    const result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
  if (engines.includes('webkit') && !process.env.WEBKIT_WEBDRIVER_URLS) {
    // WebKit's drivers live as long as a command run inside scripts/with-webkit.sh: this one.
    const args = process.argv.slice(2).filter((a) => a !== '--no-build');
    const result = spawnSync(
      join(ROOT, 'scripts/with-webkit.sh'),
      ['npx', 'tsx', 'scripts/screenshots.ts', '--no-build', ...args],
      { cwd: ROOT, stdio: 'inherit', env: { ...process.env, WEBKIT_DRIVERS: '1' } },
    );
    process.exit(result.status ?? 1);
  }
  const server = await startAppServer();
  const crisis = answersWith(EVERY_SCREEN, { 'safety.emergencyNow': 'yes' });
  let count = 0;
  try {
    for (const name of engines) {
      const engine = await startEngine(name);
      try {
        for (const lang of langs)
          for (const [size, viewport] of SIZES) {
            const dir = join(out, name, `${lang}-${size}`);
            mkdirSync(dir, { recursive: true });
            const query = `lang=${lang}`;
            // A whole walk, every screen.
            let s = await openApp(engine, server, viewport, { query });
            let n = 0;
            try {
              await shoot(s, dir, n++, 'start', lang);
              await submit(s);
              for (let i = 0; i < 40 && !(await hasOutcome(s)); i++) {
                const h = await heading(s);
                await shoot(s, dir, n++, h, lang);
                await answerScreen(s, EVERY_SCREEN);
                await submit(s);
              }
              await shoot(s, dir, n++, 'result', lang);
            } finally {
              await s.close();
            }
            // The crisis screen.
            s = await openApp(engine, server, viewport, { query });
            try {
              await submit(s);
              for (let i = 0; i < 5 && !(await hasOutcome(s)); i++) {
                await answerScreen(s, crisis);
                await submit(s);
              }
              await shoot(s, dir, n++, 'crisis', lang);
            } finally {
              await s.close();
            }
            // The later part failing to download.
            s = await openApp(engine, server, viewport, {
              query,
              routes: [
                {
                  match: /\/assets\/(deferred|[a-z]{2}(-Han[st])?\.later)-[^/?]+\.(js|css)(\?.*)?$/,
                  fail: true,
                },
              ],
            });
            try {
              await submit(s);
              await answerScreen(s, EVERY_SCREEN);
              await s.clickOn(() => document.querySelector('main form button[type="submit"]'));
              await waitUntil(
                s,
                'the failure screen',
                () => !document.querySelector('main form'),
                [],
              );
              await shoot(s, dir, n++, 'load-failed', lang);
            } finally {
              await s.close();
            }
            count += n;
            process.stdout.write(`${name} ${lang} ${size}: ${n} screens\n`);
          }
      } finally {
        await engine.stop();
      }
    }
  } finally {
    await server.server.close();
  }
  process.stdout.write(`${count} screenshots in ${out}\n`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
