/**
 * retrying(): after a failed download, the next call imports the same file under a URL the
 * module map hasn't seen (Firefox and WebKit keep the failure for the page's life), and keeps
 * the URL that worked. The browser side (all three engines): tests/browser/loading.test.ts.
 */
import { describe, expect, it, vi } from 'vitest';
import { retrying } from '../../../src/app/fresh-import';

// Root-relative, as Vite's dev server writes a specifier.
const CHUNK = '/tests/unit/app/fixtures/lazy-chunk.ts';
const runs = () => (globalThis as { lazyChunkRuns?: number }).lazyChunkRuns ?? 0;

/** A loader as the bundler writes it, whose download fails `failures` times (then never runs). */
function loader(text: string, failures: number) {
  const load = vi.fn(() =>
    failures-- > 0 ? Promise.reject(new TypeError('offline')) : Promise.resolve('first URL'),
  );
  return { load: Object.assign(load, { toString: () => text }), calls: () => load.mock.calls };
}

describe('retrying', () => {
  it('imports as written while nothing failed, and never twice under a new URL', async () => {
    const { load, calls } = loader(`()=>me(()=>import(\`${CHUNK}\`),[])`, 0);
    const loadChunk = retrying(load);
    await expect(loadChunk()).resolves.toBe('first URL');
    await expect(loadChunk()).resolves.toBe('first URL');
    expect(calls()).toHaveLength(2);
  });

  it('after a failure, imports the same file under ?retry=1, and keeps that URL', async () => {
    const { load, calls } = loader(`()=>me(()=>import(\`${CHUNK}\`),[])`, 1);
    const loadChunk = retrying(load);
    await expect(loadChunk()).rejects.toThrow('offline');
    const before = runs();
    const module = await loadChunk();
    expect(module).toMatchObject({ words: { lang: 'en' } });
    expect(runs()).toBe(before + 1);
    // The URL that worked again: the same module, not a second copy, and not the failed URL.
    expect(await loadChunk()).toBe(module);
    expect(runs()).toBe(before + 1);
    expect(calls()).toHaveLength(1);
  });

  it('reads the file from the loader the bundler wrote, and counts the tries', async () => {
    const built = '()=>me(()=>import(`./deferred-CyYQIR0q.js`),__vite__mapDeps([0,1]))';
    const loadChunk = retrying(loader(built, 1).load);
    await expect(loadChunk()).rejects.toThrow('offline');
    // Still offline: the second try asked for ?retry=1, the third for ?retry=2.
    await expect(loadChunk()).rejects.toThrow(/deferred-CyYQIR0q\.js\?retry=1/);
    await expect(loadChunk()).rejects.toThrow(/deferred-CyYQIR0q\.js\?retry=2/);
  });

  it('reads a quoted specifier too (the dev server writes one)', async () => {
    const loadChunk = retrying(loader(`() => import("${CHUNK}")`, 1).load);
    await expect(loadChunk()).rejects.toThrow('offline');
    await expect(loadChunk()).resolves.toMatchObject({ words: { lang: 'en' } });
  });
});
