/**
 * `npm run check:config-loader`: loads the Vite configs as `vite` (the dev server) and
 * `vite build` do, with Vite's own config loader, and fails if the loader prints any warning,
 * e.g. `import "../results/levels" without a file extension (src/config/center-schema.ts:8:29)`
 * (issue 19: it came back with a merge once). Vite's switch that hides that warning
 * (VITE_CONFIG_NATIVE_IGNORE_WARNING) is cleared first, so it can't hide it here.
 */
import { createLogger, loadConfigFromFile, type ConfigEnv, type Logger } from 'vite';
import { resolve } from 'node:path';

delete process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING;

const ROOT = resolve(import.meta.dirname, '..');
const CONFIGS = ['vite.config.ts', 'vite.embed.config.ts'];
const RUNS: readonly ConfigEnv[] = [
  { command: 'serve', mode: 'development' }, // npm run dev
  { command: 'build', mode: 'production' }, // npm run build
];

/** A logger that keeps every warning and error (and prints them) instead of only printing. */
function recordingLogger(into: string[]): Logger {
  const base = createLogger('info');
  const keep = (kind: string) => (msg: string) => {
    into.push(`${kind}: ${msg}`);
  };
  return {
    ...base,
    warn: keep('warning'),
    warnOnce: keep('warning'),
    error: keep('error'),
  };
}

let failed = false;
for (const file of CONFIGS) {
  for (const env of RUNS) {
    const problems: string[] = [];
    const logger = recordingLogger(problems);
    await loadConfigFromFile(env, resolve(ROOT, file), ROOT, 'info', logger);
    const what = `${file} (vite ${env.command === 'build' ? 'build' : 'dev'})`;
    if (problems.length > 0) {
      failed = true;
      console.error(`\n✗ ${what}: the config loader warned:\n${problems.join('\n')}`);
    } else {
      console.log(`✓ ${what}: no warning from the config loader`);
    }
  }
}
if (failed) {
  console.error('\nFix the warnings above (npm run dev prints them too).');
  process.exit(1);
}
