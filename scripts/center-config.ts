/**
 * Which center configuration a build uses: `CENTER_CONFIG=path/to/center.ts` (relative to the
 * working directory), else src/config/center.ts. Node-only: read by vite.config.ts and, through
 * ./center-config-hooks.mjs, by the prerender step.
 */
import { resolve } from 'node:path';
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
