// `tsx --import ./scripts/use-center-config.mjs script.tsx`: when CENTER_CONFIG names another
// configuration file, the script (and everything it imports) gets that file wherever it imports
// src/config/center.ts, as the Vite build does (vite.config.ts). The prerendered start screen
// then shows the same center as the app.
import { register } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const given = process.env.CENTER_CONFIG;
if (given) {
  register('./center-config-hooks.mjs', import.meta.url, {
    data: {
      from: pathToFileURL(resolve(import.meta.dirname, '../src/config/center.ts')).href,
      to: pathToFileURL(resolve(process.cwd(), given)).href,
    },
  });
}
