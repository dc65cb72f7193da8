/**
 * Try again imports the later part under a new URL (src/app/fresh-import.ts), past Vite's
 * preload helper, which never asks again for a stylesheet that failed; so the later part, when
 * it runs, asks again for every stylesheet without rules (src/app/deferred.ts). In all three
 * engines: tests/browser/loading.test.ts.
 */
import { afterEach, expect, it, vi } from 'vitest';

/** A stylesheet link whose `sheet` is what an engine gives it. */
function link(name: string, sheet: () => unknown): HTMLLinkElement {
  const element = document.createElement('link');
  element.rel = 'stylesheet';
  element.href = `/assets/${name}.css`;
  Object.defineProperty(element, 'sheet', { get: sheet, configurable: true });
  document.head.append(element);
  return element;
}

afterEach(() => document.head.replaceChildren());

it('asks again for a stylesheet that failed, and leaves a loaded one alone', async () => {
  const loaded = link('index-A', () => ({ cssRules: [{}] }));
  // Firefox and WebKit: no sheet. Chromium: a sheet whose rules throw.
  const noSheet = link('deferred-B', () => null);
  const throwing = link('deferred-C', () => ({
    get cssRules(): never {
      throw new DOMException('Cannot access rules', 'SecurityError');
    },
  }));
  vi.resetModules();
  await import('../../../src/app/deferred');
  expect(new URL(loaded.href).search).toBe('');
  expect(new URL(noSheet.href).pathname + new URL(noSheet.href).search).toBe(
    '/assets/deferred-B.css?retry',
  );
  expect(new URL(throwing.href).search).toBe('?retry');
});
