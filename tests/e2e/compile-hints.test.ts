/**
 * The build marks the entry chunk for eager compiling (vite.config.ts, compileHints): V8 honours
 * the hint only as a file's very first line, and Vite writes a line of its own at the top of the
 * entry chunk, so this reads what was really written. Every other chunk stays lazy.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dist = join(import.meta.dirname, '..', '..', 'dist');
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<
  string,
  { name?: string; file: string }
>;
const HINT = '//# allFunctionsCalledOnLoad\n';
const firstBytes = (file: string) => readFileSync(join(dist, file), 'utf8').slice(0, HINT.length);
const chunk = (name: string) => {
  const entry = Object.values(manifest).find((c) => c.name === name);
  if (!entry) throw new Error(`No chunk named ${name} in the manifest`);
  return entry.file;
};

describe('compile hints in the build', () => {
  it('the entry chunk starts with the hint', () => {
    expect(firstBytes(chunk('index'))).toBe(HINT);
  });

  it.each(['deferred', 'en.core', 'es.core', 'en.later', 'es.later'])(
    'the %s chunk stays lazy',
    (name) => {
      expect(firstBytes(chunk(name))).not.toBe(HINT);
    },
  );
});
