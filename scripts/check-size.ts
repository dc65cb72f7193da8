/**
 * Size budget, checked in CI (sizes are deterministic; timings stay in benchmarks).
 * Sums the gzip size of the JS and CSS that index.html loads before the first screen, and
 * lists every other asset (lazy chunks, such as the Spanish words) on its own; then checks
 * embed.js, the partner's snippet, against its own budget.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** KB = 1000 bytes, gzip level 9. The app's first load must fit a cheap phone on a slow link. */
export const BUDGET_INITIAL_KB = 150;
/** embed.js runs on every page of a partner's site, wizard or not: it must stay tiny. */
export const BUDGET_EMBED_KB = 2;

const dist = join(import.meta.dirname, '..', 'dist');
const gz = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;

const html = readFileSync(join(dist, 'index.html'), 'utf8');
const initial = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map(
  (m) => m[1]!,
);
const all = readdirSync(join(dist, 'assets'))
  .filter((f) => /\.(js|css)$/.test(f))
  .map((f) => `assets/${f}`);

const rows = all.map((file) => ({
  file,
  gzipKB: +(gz(file) / 1000).toFixed(1),
  loaded: initial.includes(file) ? 'first load' : 'on demand',
}));
console.table(rows);
const total = rows.filter((r) => r.loaded === 'first load').reduce((sum, r) => sum + r.gzipKB, 0);
console.log(`first load: ${total.toFixed(1)} KB gzip (budget ${BUDGET_INITIAL_KB} KB)`);
let failed = false;
if (total > BUDGET_INITIAL_KB) {
  console.error(`Size budget exceeded by ${(total - BUDGET_INITIAL_KB).toFixed(1)} KB`);
  failed = true;
}

// The partner's snippet, built apart from the app (vite.embed.config.ts) at a stable address.
if (!existsSync(join(dist, 'embed.js'))) {
  console.error('embed.js is missing: run `npm run build` (it builds the app, then embed.js)');
  failed = true;
} else {
  const embedBytes = gz('embed.js');
  console.log(`embed.js: ${embedBytes} bytes gzip (budget ${BUDGET_EMBED_KB * 1000} bytes)`);
  if (embedBytes > BUDGET_EMBED_KB * 1000) {
    console.error(`embed.js budget exceeded by ${embedBytes - BUDGET_EMBED_KB * 1000} bytes`);
    failed = true;
  }
}
if (failed) process.exit(1);
