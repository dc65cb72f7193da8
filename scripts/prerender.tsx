/**
 * Build step (after `vite build`): writes the start screen into dist/index.html, so the first
 * paint needs no JavaScript, in English (shown) and Spanish (in a <template>, swapped in by an
 * inline script when Spanish is the language). The app's entry is started
 * after that first paint. The markup is the app's own: <App> rendered on
 * the server with the center's defaults, so the app's first render replaces it with the same
 * thing. Then writes dist/_headers with a CSP that allows the two inline scripts by hash.
 * See src/prerender/inline-scripts.ts for when the prerender shows and when it waits.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderToString } from 'react-dom/server';
import { App } from '../src/app/App';
import { parseParams } from '../src/config/params';
import { centerConfig } from '../src/config/center';
import { enCore } from '../src/i18n/en.core';
import { esCore } from '../src/i18n/es.core';
import type { CoreWords, Lang } from '../src/i18n/types';
import { bodyScript, headScript } from '../src/prerender/inline-scripts';
import { outDir } from './center-config';
import { withFrameAncestors } from './frame-ancestors';

const dist = outDir();
const WORDS: Record<Lang, CoreWords> = { en: enCore, es: esCore };

function startScreen(lang: Lang): string {
  // The settings of a plain URL in a browser that prefers `lang`: the center's defaults.
  const settings = parseParams('', () => undefined, [lang], { framed: false });

  const html = renderToString(<App settings={settings} dictionary={WORDS[lang]} />);
  // Marks the copy, so CSS shows it only for its language and once the head script chose it.
  // `hidden` keeps it hidden if the stylesheet never arrives (e.g. a sandboxed frame).
  const marked = html.replace(
    /^<div class="content-root"/,
    `<div class="content-root" data-prerendered="${lang}" hidden=""`,
  );
  if (marked === html) throw new Error('prerender: <App> no longer starts with .content-root');
  return marked;
}

const title = (t: CoreWords) => `${t.start.heading} – ${t.app.title}`; // as useStepTitle sets it
const sha256 = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;

const head = headScript({
  titles: { en: title(enCore), es: title(esCore) },
  neutralPage: centerConfig.neutralPage,
});
const indexPath = join(dist, 'index.html');
let index = readFileSync(indexPath, 'utf8');

// The app's entry, started by the body script: after the first paint when the prerendered
// screen shows (the first paint shares the network with nothing but the stylesheet), at once
// otherwise.
const entryTag = /<script type="module" crossorigin src="(\/assets\/[^"]+\.js)"><\/script>\s*/.exec(
  index,
);
if (!entryTag) throw new Error('prerender: no module script in dist/index.html');
const entry = entryTag[1]!;
index = index.replace(entryTag[0], '');
// The core words' chunk of each language, from Vite's manifest, preloaded beside the entry.
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<
  string,
  { file: string }
>;
const chunk = (source: string) => {
  const file = manifest[source]?.file;
  if (!file) throw new Error(`prerender: ${source} is not a chunk of the build`);
  return `/${file}`;
};
const body = bodyScript(entry, {
  en: chunk('src/i18n/en.core.ts'),
  es: chunk('src/i18n/es.core.ts'),
});
const root = '<div id="root"></div>';
if (!index.includes(root))
  throw new Error('prerender: dist/index.html has no empty #root (built twice?)');
index = index
  .replace('</title>', `</title>\n    <script>${head}</script>`)
  .replace(
    root,
    `<div id="root">${startScreen('en')}</div>\n    <template id="prerender-es">${startScreen('es')}</template>\n    <script>${body}</script>`,
  );
writeFileSync(indexPath, index);

// The host's headers: the CSP allows exactly these inline scripts, nothing else inline.
const headersPath = join(dist, '_headers');
const headers = readFileSync(headersPath, 'utf8');
const withHashes = headers.replace(
  /script-src 'self'(?: 'sha256-[^']+')*/,
  `script-src 'self' ${sha256(head)} ${sha256(body)}`,
);
if (withHashes === headers) throw new Error("prerender: no script-src 'self' in public/_headers");
// Only the center's listed partners may frame it (contract v1.3).
writeFileSync(headersPath, withFrameAncestors(withHashes, centerConfig.partners ?? []));
console.log(
  `prerendered the start screen (en, es); CSP script hashes and frame-ancestors ` +
    `(${(centerConfig.partners ?? []).length} partners) written to dist/_headers`,
);
