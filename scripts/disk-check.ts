/**
 * What a person's browser keeps on disk after the wizard (docs/privacy.md, HAZ-23): runs a
 * build in Chromium and Firefox ESR with real profiles on disk (as people's browsers have, not
 * the private contexts of the tests), walks to the crisis screen, waits for the browser's
 * session file to be written, presses "Leave this site", closes the browser, and lists every
 * file of the profile that names an answer, the wizard's storage key or a screen's title.
 *
 *   npm run build && npm run disk-check            # the current build (dist/)
 *   npm run disk-check -- path/to/other/dist       # another build, e.g. an older version
 *
 * Firefox's session files are LZ4-compressed ("mozLz4"): they are read decompressed. The HTTP
 * and code caches are skipped: they hold the app's own files, which name every question.
 * Not a test: it waits on the browsers' own timers (about 20 s each) and prints what it found.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { serve } from '../tests/browser/server';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../tests/browser/chromium';

const root = resolve(process.argv[2] ?? 'dist');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** What the wizard would leave if it kept anything: its storage key, answer ids, titles. */
const NEEDLES = ['loc-wizard', 'emergencyNow', '"respondent"', 'Get help now', 'Question '];
const CACHES = /[/\\](cache2|startupCache|Cache|Code Cache|GPUCache)[/\\]/;

/** Decodes one LZ4 block (the format inside Firefox's .jsonlz4 / .baklz4 files). */
function lz4Block(input: Buffer, size: number): Buffer {
  const out = Buffer.alloc(size);
  let i = 0;
  let o = 0;
  const length = (n: number) => {
    if (n !== 15) return n;
    let more = 255;
    while (more === 255) n += more = input[i++]!;
    return n;
  };
  while (i < input.length) {
    const token = input[i++]!;
    const literals = length(token >> 4);
    input.copy(out, o, i, i + literals);
    i += literals;
    o += literals;
    if (i >= input.length) break;
    const offset = input[i]! | (input[i + 1]! << 8);
    i += 2;
    const match = length(token & 15) + 4;
    for (let k = 0; k < match; k++, o++) out[o] = out[o - offset]!;
  }
  return out.subarray(0, o);
}

function readable(path: string): Buffer {
  const bytes = readFileSync(path);
  const magic = Buffer.from('mozLz40\0', 'latin1');
  return bytes.subarray(0, 8).equals(magic)
    ? lz4Block(bytes.subarray(12), bytes.readUInt32LE(8))
    : bytes;
}

/** Every file of the profile (caches skipped) that holds a needle, in UTF-8 or UTF-16. */
function findings(profile: string): string[] {
  const names = readdirSync(profile, { recursive: true, encoding: 'utf8' });
  return names.flatMap((name) => {
    const path = join(profile, name);
    try {
      if (!statSync(path).isFile() || CACHES.test(`/${name}`)) return [];
      const bytes = readable(path);
      const hits = NEEDLES.filter(
        (n) => bytes.includes(Buffer.from(n, 'utf8')) || bytes.includes(Buffer.from(n, 'utf16le')),
      );
      return hits.length ? [`${name}: ${hits.join(', ')}`] : [];
    } catch {
      return [];
    }
  });
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function walkToCrisis(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/`);
  const next = async () => {
    const before = await page.$eval('#step-heading', (h) => h.textContent);
    await page.click('main form:last-of-type button[type="submit"]');
    await page.waitForFunction(
      (b) => document.getElementById('step-heading')?.textContent !== b,
      {},
      before,
    );
  };
  await page.waitForSelector('#root > .content-root:not([data-prerendered]) #step-heading');
  await next();
  for (const [name, value] of [
    ['respondent', 'self'],
    ['about.age', '18-64'],
    ['safety.emergencyNow', 'yes'],
  ]) {
    await page.click(`input[name="${name}"][value="${value}"]`);
    await next();
  }
  await page.waitForSelector('[data-level="emergency"]');
}

async function leave(page: Page): Promise<void> {
  await page.evaluate(() =>
    [...document.querySelectorAll<HTMLButtonElement>('header button')]
      .find((b) => b.textContent?.startsWith('Leave this site'))
      ?.click(),
  );
  await pause(3000); // the neutral page is on the internet, which may not be reachable
}

async function check(name: string, launch: (profile: string) => Promise<Browser>, origin: string) {
  const profile = mkdtempSync(join(tmpdir(), `disk-check-${name}-`));
  try {
    const browser = await launch(profile);
    const page = (await browser.pages())[0] ?? (await browser.newPage());
    await walkToCrisis(page, origin);
    await pause(16_000); // both browsers write their session files every 10–15 s
    console.log(`${name}, on the crisis screen:`, findings(profile));
    await leave(page);
    await pause(16_000);
    console.log(`${name}, after "Leave this site":`, findings(profile));
    await browser.close();
    console.log(`${name}, after closing the browser:`, findings(profile));
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

const server = await serve(root);
try {
  await check(
    'Chromium',
    (userDataDir) =>
      puppeteer.launch({
        executablePath: CHROMIUM_PATH,
        headless: true,
        args: [...CHROMIUM_FLAGS],
        userDataDir,
      }),
    server.origin,
  );
  await check(
    'Firefox',
    (userDataDir) =>
      puppeteer.launch({
        browser: 'firefox',
        executablePath: FIREFOX,
        headless: true,
        userDataDir,
        extraPrefsFirefox: {
          'browser.sessionstore.interval': 5000,
          'network.captive-portal-service.enabled': false,
          'network.connectivity-service.enabled': false,
          'browser.safebrowsing.update.enabled': false,
          'app.update.auto': false,
        },
      }),
    server.origin,
  );
} finally {
  await server.close();
}
