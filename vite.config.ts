import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import {
  CenterConfigError,
  verifyCenterConfig,
  type CenterConfig,
} from './src/config/center-schema.ts';
import { formatPhone, telHref } from './src/config/phone.ts';
import {
  centerConfigPath,
  DEFAULT_CENTER_CONFIG,
  importCenterConfig,
  outDir,
  ROOT,
  typeErrors,
} from './scripts/center-config.ts';

/** src/config/center.ts, or the file CENTER_CONFIG names (scripts/center-config.ts). */
const centerFile = centerConfigPath();
const writtenConfig = await importCenterConfig(centerFile);
const centerName = (writtenConfig as { name?: unknown }).name;
// First, so a forgotten CENTER_CONFIG shows before anything is built.
console.log(`Building ${String(centerName)} (${relative(process.cwd(), centerFile)})`);

/** A mistake in the center's file: its message alone, without Vite's wrapper or a stack. */
function stop(message: string): never {
  console.error(`\n${message}\n`);
  process.exit(1);
}
const typeProblems = await typeErrors(centerFile);
if (typeProblems.length > 0)
  stop(`Type errors in ${relative(ROOT, centerFile)}:\n${typeProblems.join('\n')}`);
const CENTER_PROGRAMS = resolve(ROOT, 'src/config/center-programs.ts');
const CENTER_CALL = resolve(ROOT, 'src/config/center-call.ts');
const CENTER_LANGUAGES = resolve(ROOT, 'src/config/center-languages.ts');

/**
 * The tab icon, inline (the CSP allows data: images): a heart on the center's colour. Without
 * one the browser asks for /favicon.ico on every visit and logs the 404 as an error.
 */
function tabIcon(accent: string): string {
  const svg =
    `<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'>` +
    `<rect width='32' height='32' rx='7' fill='#${accent}'/>` +
    `<path d='M16 25s-8.5-5.2-8.5-11.2A4.6 4.6 0 0 1 16 11a4.6 4.6 0 0 1 8.5 2.8C24.5 19.8 16 25 16 25z' fill='#fff'/>` +
    `</svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

/**
 * Checks the center configuration file (the app itself doesn't: zod stays off its first load),
 * serves it to the app in two parts, then fills index.html's no-JavaScript fallback from it.
 * The app imports src/config/center.ts; the build answers with the chosen file's data (so
 * CENTER_CONFIG builds another center) without its programs, which it answers for
 * src/config/center-programs.ts instead: only the result's code imports that, so the programs
 * travel with the lazily loaded part, not the first load. The admissions hours and text number
 * go the same way, in src/config/center-call.ts, and the interpreters and record language in
 * src/config/center-languages.ts.
 */
function centerInApp(): Plugin {
  const file = relative(ROOT, centerFile);
  // A bad edit stops `vite build` and the dev server alike, naming the field.
  let centerConfig: CenterConfig;
  try {
    centerConfig = verifyCenterConfig(writtenConfig, file);
  } catch (error) {
    if (error instanceof CenterConfigError) stop(error.message);
    throw error;
  }
  const {
    programs,
    insuranceVerification,
    licensingBody = null,
    admissions,
    textNumber,
    interpreters,
    recordLanguage,
    ...core
  } = centerConfig;
  const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const values: Record<string, string> = {
    CENTER_NAME: escape(centerConfig.name),
    CENTER_TEL: escape(telHref(centerConfig.phone)),
    CENTER_PHONE: escape(formatPhone(centerConfig.phone)),
    CENTER_ICON: escape(tabIcon(centerConfig.accent)),
  };
  const frozen = (value: unknown) => `Object.freeze(${JSON.stringify(value)})`;
  return {
    name: 'center-in-app',
    load(id) {
      if (id === DEFAULT_CENTER_CONFIG) return `export const centerConfig = ${frozen(core)};\n`;
      if (id === CENTER_PROGRAMS) {
        const part = { programs, insuranceVerification, licensingBody };
        return `export const centerPrograms = ${frozen(part)};\n`;
      }
      if (id === CENTER_CALL) {
        const call = { admissions: admissions ?? null, textNumber: textNumber ?? null };
        return `export const centerCall = ${frozen(call)};\n`;
      }
      if (id === CENTER_LANGUAGES) {
        const languages = {
          interpreters: interpreters ?? null,
          recordLanguage: recordLanguage ?? 'en',
        };
        return `export const centerLanguages = ${frozen(languages)};\n`;
      }
      return null;
    },
    // The dev server read the file once: an edit restarts it, so it is checked again.
    configureServer(server) {
      server.watcher.add(centerFile);
      server.watcher.on('change', (path) => {
        if (resolve(path) === centerFile) void server.restart();
      });
    },
    // The stylesheet's default accent, so the prerendered start screen has the center's colour.
    transform(code, id) {
      if (!id.endsWith('/src/styles/core.css')) return null;
      return code.replace(/--accent: #[0-9a-f]{6};/, `--accent: #${centerConfig.accent};`);
    },
    transformIndexHtml: (html) =>
      html.replace(/%(CENTER_\w+)%/g, (m, key: string) => values[key] ?? m),
  };
}

/**
 * V8's explicit compile hint (v8.dev/blog/explicit-compile-hints) on the entry chunk: its
 * functions are compiled eagerly while the file streams in, off the main thread, instead of
 * lazily on first call. Without it the first Continue spent most of its time compiling the
 * question screen and react-hook-form. The other chunks stay lazy: eager compiling costs memory,
 * and the later part's chunk would be ready later (its screens would show "Loading…" longer)
 * for no gain we could measure.
 */
const EAGER_CHUNKS = new Set(['index']);
function compileHints(): Plugin {
  return {
    name: 'compile-hints',
    apply: 'build',
    // Once written: V8 reads the hint only as a file's first line, and Vite's own last step
    // puts a line of its own at the top of the entry chunk.
    writeBundle({ dir }, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk' || !EAGER_CHUNKS.has(file.name)) continue;
        const path = join(dir ?? outDir(), file.fileName);
        writeFileSync(path, `//# allFunctionsCalledOnLoad\n${readFileSync(path, 'utf8')}`);
      }
    },
  };
}

/**
 * "Try again" after a failed download imports the lazy chunk again under a new URL
 * (src/app/fresh-import.ts), but its static imports keep theirs, and Firefox and WebKit keep a
 * failed one failed for the page's life. So a lazy chunk may import statically only an entry
 * chunk, which is always there before it: a shared chunk between lazy ones stops the build.
 */
function lazyChunksImportOnlyTheEntry(): Plugin {
  return {
    name: 'lazy-chunks-import-only-the-entry',
    apply: 'build',
    generateBundle(_, bundle) {
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
      const entries = new Set(chunks.filter((c) => c.isEntry).map((c) => c.fileName));
      for (const chunk of chunks)
        for (const imported of chunk.isEntry ? [] : chunk.imports)
          if (!entries.has(imported))
            this.error(
              `${chunk.fileName} imports ${imported}, which is not an entry: Try again could ` +
                'not fetch it again in Firefox and WebKit (src/app/fresh-import.ts)',
            );
    },
  };
}

export default defineConfig({
  plugins: [react(), centerInApp(), compileHints(), lazyChunksImportOnlyTheEntry()],
  build: {
    // OUT_DIR builds another center beside dist/ (npm run build:example).
    outDir: outDir(),
    target: 'es2020',
    // Logical properties (right to left by dir alone, languages spec §5) as written, not lowered
    // into :lang() copies for browsers older than these (which ignore what they lack).
    cssTarget: ['chrome87', 'edge88', 'firefox78', 'safari14.1'],
    // Every browser the target allows has modulepreload or loads modules fine without it.
    modulePreload: { polyfill: false },
    // dist/.vite/manifest.json: the chunk graph, read by scripts/prerender.tsx and the size
    // budget (scripts/check-size.ts).
    manifest: true,
    sourcemap: false,
  },
  server: { host: 'localhost', port: 5173 },
});
