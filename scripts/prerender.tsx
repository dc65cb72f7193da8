/**
 * Build step (after `vite build`): writes the start screen into dist/index.html, so the first
 * paint needs no JavaScript, in every language the build offers (src/i18n/languages.ts, the
 * center's `languages`): English shown, each other one in a <template> that an inline script
 * swaps in before the first paint when it is the language, with `<html lang dir>` set to match
 * (docs/languages.md says why one page and not one per language). It also writes the <noscript>
 * call link in every offered language. The app's entry is started
 * after that first paint. The markup is the app's own: <App> rendered on
 * the server with the center's defaults, so the app's first render replaces it with the same
 * thing. Then writes dist/_headers with a CSP that allows the two inline scripts by hash.
 * See src/prerender/inline-scripts.ts for when the prerender shows and when it waits.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { prerenderToNodeStream } from 'react-dom/static';
import { text } from 'node:stream/consumers';
import { App } from '../src/app/App';
import { offeredLanguages, parseParams } from '../src/config/params';
import { centerConfig } from '../src/config/center';
import { formatPhone, smsHref, telHref } from '../src/config/phone';
import { format } from '../src/i18n/format';
import { LANGUAGES } from '../src/i18n/languages';
import { loadCoreWords } from '../src/i18n/load';
import type { CoreWords, Lang } from '../src/i18n/types';
import { bodyScript, headScript } from '../src/prerender/inline-scripts';
import { outDir } from './center-config';
import { withFrameAncestors } from './frame-ancestors';

const dist = outDir();
const offered = offeredLanguages(centerConfig);
const WORDS = Object.fromEntries(
  await Promise.all(offered.map(async (lang) => [lang, await loadCoreWords(lang)] as const)),
) as { [L in Lang]?: CoreWords };
const words = (lang: Lang): CoreWords => {
  const found = WORDS[lang];
  if (!found) throw new Error(`prerender: no core words for ${lang}`);
  return found;
};
/** The copy in #root before any script runs: English, the source and the fallback. */
const SHOWN: Lang = 'en';

async function startScreen(lang: Lang): Promise<string> {
  // The settings of a plain URL in a browser that prefers `lang`: the center's defaults.
  const settings = parseParams('', () => undefined, [lang], { framed: false });

  // Waits for the screen's lazy parts (the draft line): renderToString would write each as a
  // "switched to client rendering" template, with this machine's file paths in its stack.
  const { prelude } = await prerenderToNodeStream(
    <App settings={settings} dictionary={words(lang)} />,
  );
  const html = await text(prelude);
  // Marks the copy, so CSS shows it only for its language and once the head script chose it.
  // `hidden` keeps it hidden if the stylesheet never arrives (e.g. a sandboxed frame).
  const marked = html.replace(
    /^<div class="content-root"/,
    `<div class="content-root" data-prerendered="${lang}" hidden=""`,
  );
  if (marked === html) throw new Error('prerender: <App> no longer starts with .content-root');
  return marked;
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
const link = (href: string, text: string) =>
  `<a href="${escapeHtml(href)}" dir="ltr">${escapeHtml(text)}</a>`;

/** "{center}: call {phone}" and the crisis numbers, in `lang`, for the <noscript> message. */
function noscriptLine(lang: Lang): string {
  const t = words(lang);
  const { crisis } = centerConfig;
  // The number goes in as a link: "{phone}" is kept as it is, to split the sentence around it.
  const [before = '', after = ''] = format(t.app.callCenter, {
    center: centerConfig.name,
    phone: '{phone}',
  }).split('{phone}');
  const call = `${escapeHtml(before)}<bdi>${link(telHref(centerConfig.phone), formatPhone(centerConfig.phone))}</bdi>${escapeHtml(after)}`;
  const help = [
    `<a href="${telHref(crisis.emergency)}">${escapeHtml(t.help.call911)}</a>`,
    `<a href="${telHref(crisis.lifeline)}">${escapeHtml(t.help.call988)}</a>`,
    `<a href="${smsHref(crisis.lifelineText)}">${escapeHtml(t.help.text988)}</a>`,
  ].join(' · ');
  return `<p class="noscript" lang="${lang}" dir="${LANGUAGES[lang].dir}">${call}. ${help}</p>`;
}

const title = (t: CoreWords) => `${t.start.heading} – ${t.app.title}`; // as useStepTitle sets it
const sha256 = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;

const head = headScript({
  offered,
  titles: Object.fromEntries(offered.map((lang) => [lang, title(words(lang))])),
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
const body = bodyScript(
  entry,
  Object.fromEntries(offered.map((lang) => [lang, chunk(`src/i18n/${lang}.core.ts`)])),
  SHOWN,
);
const screens = Object.fromEntries(
  await Promise.all(offered.map(async (lang) => [lang, await startScreen(lang)] as const)),
) as { [L in Lang]?: string };
const root = '<div id="root"></div>';
if (!index.includes(root))
  throw new Error('prerender: dist/index.html has no empty #root (built twice?)');
index = index
  .replace('</title>', `</title>\n    <script>${head}</script>`)
  .replace(
    root,
    [
      `<div id="root">${screens[SHOWN]}</div>`,
      ...offered
        .filter((lang) => lang !== SHOWN)
        .map((lang) => `<template id="prerender-${lang}">${screens[lang]}</template>`),
      `<script>${body}</script>`,
    ].join('\n    '),
  );
// Without JavaScript: the English paragraph of index.html, then the call links in each other
// offered language, in its words (CoreWords' `app.callCenter` and `help`), numbers isolated LTR.
const noscriptEnd = '</noscript>';
if (!index.includes(noscriptEnd)) throw new Error('prerender: no <noscript> in dist/index.html');
index = index.replace(
  noscriptEnd,
  offered
    .filter((lang) => lang !== 'en')
    .map((lang) => `  ${noscriptLine(lang)}\n    `)
    .join('') + noscriptEnd,
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
  `prerendered the start screen (${offered.join(', ')}); CSP script hashes and frame-ancestors ` +
    `(${(centerConfig.partners ?? []).length} partners) written to dist/_headers`,
);
