/**
 * The build serves the center's programs apart from `centerConfig` (vite.config.ts): the app's
 * first load gets `centerConfig` without them, and the result's code reads them from
 * src/config/center-programs.ts. So no app code may read them from `centerConfig` itself: it
 * would find nothing in the built app while the tests, which read the file, pass.
 *
 * (What the three modules hold is not compared with `centerConfig` here: in the tests each is
 * `centerConfig`'s fields, so the comparison only repeated their source. The built modules are
 * written by vite.config.ts; the browser tests read them through the built app: the programs,
 * the call card's hours and the interpreter line.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { centerConfigPath, DEFAULT_CENTER_CONFIG } from '../../../scripts/center-config';

const root = resolve(import.meta.dirname, '../../..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('the programs, apart from centerConfig', () => {
  it('are read from centerConfig by src/config/center-programs.ts only', () => {
    const readers = sources(join(root, 'src'))
      .filter((file) =>
        /centerConfig\s*\??\.\s*(programs|insuranceVerification|licensingBody)\b/.test(
          readFileSync(file, 'utf8'),
        ),
      )
      .map((file) => relative(root, file));
    expect(readers).toEqual(['src/config/center-programs.ts']);
  });

  it('the admissions hours and text number are read by src/config/center-call.ts only', () => {
    const readers = sources(join(root, 'src'))
      .filter((file) =>
        /centerConfig\s*\??\.\s*(admissions|textNumber)\b/.test(readFileSync(file, 'utf8')),
      )
      .map((file) => relative(root, file));
    expect(readers).toEqual(['src/config/center-call.ts']);
  });

  it('the interpreters and record language are read by src/config/center-languages.ts only', () => {
    const readers = sources(join(root, 'src'))
      .filter((file) =>
        /centerConfig\s*\??\.\s*(interpreters|recordLanguage)\b/.test(readFileSync(file, 'utf8')),
      )
      .map((file) => relative(root, file));
    expect(readers).toEqual(['src/config/center-languages.ts']);
  });

  it('CENTER_CONFIG names another file, relative to the working directory', () => {
    expect(centerConfigPath({})).toBe(DEFAULT_CENTER_CONFIG);
    expect(centerConfigPath({ CENTER_CONFIG: 'examples/centers/full.ts' })).toBe(
      resolve(process.cwd(), 'examples/centers/full.ts'),
    );
  });
});
