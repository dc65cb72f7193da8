/**
 * Which center configuration a build uses: `CENTER_CONFIG=path/to/center.ts` (relative to the
 * working directory), else src/config/center.ts. Node-only: read by vite.config.ts and, through
 * ./center-config-hooks.mjs, by the prerender step.
 */
import { resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

export const ROOT = resolve(import.meta.dirname, '..');
export const DEFAULT_CENTER_CONFIG = resolve(ROOT, 'src/config/center.ts');

export function centerConfigPath(env: NodeJS.ProcessEnv = process.env): string {
  const given = env.CENTER_CONFIG;
  return given ? resolve(process.cwd(), given) : DEFAULT_CENTER_CONFIG;
}

/** Where the build writes: `OUT_DIR` (relative to the repository), else dist. */
export function outDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(ROOT, env.OUT_DIR || 'dist');
}

/** The `centerConfig` export of a configuration file, as written (not yet validated). */
export async function importCenterConfig(path: string): Promise<unknown> {
  const { tsImport } = await import('tsx/esm/api');
  const module = (await tsImport(pathToFileURL(path).href, import.meta.url)) as {
    centerConfig?: unknown;
  };
  if (module.centerConfig === undefined) throw new Error(`${path} exports no centerConfig`);
  return module.centerConfig;
}

/** Folders `npm run typecheck` covers (tsconfig.json's include): a config there is checked. */
const TYPE_CHECKED = ['src', 'examples'].map((dir) => resolve(ROOT, dir) + sep);

/**
 * TypeScript's errors in a configuration file that `npm run typecheck` does not cover (one kept
 * outside the repository's checked folders, e.g. centers/harbor.ts): a broken type import or a
 * misspelt field would otherwise build, since the build only strips the types. Empty when fine.
 */
export async function typeErrors(path: string): Promise<string[]> {
  if (TYPE_CHECKED.some((dir) => path.startsWith(dir))) return [];
  const { default: ts } = await import('typescript');
  const read = (file: string) => ts.sys.readFile(file);
  const tsconfig: unknown = ts.readConfigFile(resolve(ROOT, 'tsconfig.json'), read).config;
  const { options } = ts.parseJsonConfigFileContent(tsconfig, ts.sys, ROOT);
  const program = ts.createProgram([path], { ...options, noEmit: true });
  const host: import('typescript').FormatDiagnosticsHost = {
    getCanonicalFileName: (f) => f,
    getCurrentDirectory: () => process.cwd(),
    getNewLine: () => '\n',
  };
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file === undefined || resolve(d.file.fileName) === path)
    .map((d) => ts.formatDiagnostic(d, host).trim());
}
