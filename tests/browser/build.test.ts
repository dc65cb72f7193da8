/**
 * The built files themselves, no browser: what the first load of each build carries (the
 * programs and the code decoder come with the later, lazily loaded chunk, src/app/deferred.ts;
 * that the page asks for it only when needed is handoff.test.ts's), and the Spanish words of
 * dist/index.html's <noscript> fallback (a browser without JavaScript shows just that).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, EXAMPLE_DIST } from './fixtures';
import { ENGLISH_ONLY, wordsFound } from './language-words';

type Manifest = Record<string, { file: string; isEntry?: boolean; imports?: string[] }>;

function chunks(dist: string): { firstLoad: string[]; deferred: string } {
  const manifest = JSON.parse(
    readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'),
  ) as Manifest;
  const entry = Object.entries(manifest).find(([, chunk]) => chunk.isEntry)!;
  return {
    firstLoad: [entry[0], ...(entry[1].imports ?? [])].map((key) => manifest[key]!.file),
    deferred: manifest['src/app/deferred.ts']!.file,
  };
}

describe('the first load', () => {
  it.each([
    ['default', DIST, 'afternoon-iop'],
    ['example', EXAMPLE_DIST, 'evening-iop-video'],
  ])('%s: the programs are in the deferred chunk, not the first load', (_, dist, id) => {
    const { firstLoad, deferred } = chunks(dist);
    for (const file of firstLoad)
      expect(readFileSync(join(dist, file), 'utf8'), file).not.toContain(id);
    expect(readFileSync(join(dist, deferred), 'utf8')).toContain(id);
  });

  it("has no handoff-code decoder: its alphabet and the form's field are deferred", () => {
    const { firstLoad, deferred } = chunks(DIST);
    for (const file of firstLoad) {
      const text = readFileSync(join(DIST, file), 'utf8');
      expect(text, file).not.toContain('0123456789ABCDEFGHJKMNPQRSTVWXYZ');
      expect(text, file).not.toContain('resultCode');
    }
    expect(readFileSync(join(DIST, deferred), 'utf8')).toContain(
      '0123456789ABCDEFGHJKMNPQRSTVWXYZ',
    );
  });
});

describe('without JavaScript', () => {
  it('<noscript> has a Spanish version, marked lang="es", with no English word', () => {
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    const noscript = /<noscript>([\s\S]*?)<\/noscript>/.exec(html)?.[1] ?? '';
    expect(noscript, 'the fallback gives 911').toMatch(/911/);
    const spanish = [...noscript.matchAll(/<p[^>]*\blang="es"[^>]*>([\s\S]*?)<\/p>/g)]
      .map((m) => m[1]!.replace(/<[^>]+>/g, ' '))
      .join(' ')
      .trim();
    expect(spanish, 'a Spanish version marked lang="es"').not.toBe('');
    expect(wordsFound([{ where: 'noscript (es)', text: spanish }], ENGLISH_ONLY)).toEqual([]);
  });
});
