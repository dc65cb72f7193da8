/**
 * Full-page screenshots of every distinct screen at a phone and a desktop size, into
 * artifacts/screenshots/ (git-ignored), for a person to look at. The test checks that each file
 * was written, is a PNG of the viewport's width and is not trivially small.
 */
import { mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SCREENS } from '../../src/questions/screens';
import { DESKTOP, PHONE } from './browser';
import { answerScreen, submit } from './drive';
import { drawn } from './a11y-checks';
import {
  begin,
  EVERY_SCREEN,
  openSession,
  openAt,
  shownQuestions,
  startSuite,
  vignette,
  type Suite,
} from './harness';

const DIR = fileURLToPath(new URL('../../artifacts/screenshots', import.meta.url));
const MIN_BYTES = 8 * 1024;

let suite: Suite;
beforeAll(async () => {
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(DIR, { recursive: true });
  suite = await startSuite();
});
afterAll(async () => {
  await suite?.close();
});

/** The screen id (screens.ts) of a screen showing these questions. */
function screenOf(names: readonly string[]): string {
  const found = SCREENS.find((s) => (s.questions as readonly string[]).includes(names[0] ?? ''));
  return found?.id ?? 'unknown';
}

/** Numbers the files of each size in the order they were taken. */
const counters = new Map<string, number>();

/** A full-page screenshot, added to `written`. */
async function shoot(page: Page, size: string, name: string, written: string[]): Promise<void> {
  const n = counters.get(size) ?? 0;
  counters.set(size, n + 1);
  const file = join(DIR, `${size}-${String(n).padStart(2, '0')}-${name}.png`);
  // Let the screen finish drawing, and focus rings and layout settle (no animations in the app,
  // but fonts and focus are async).
  await drawn(page);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
  await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
  written.push(file);
}

/** PNG signature, and the width from the IHDR chunk. */
function pngWidth(file: string): number {
  const head = readFileSync(file).subarray(0, 24);
  expect(head.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return head.readUInt32BE(16);
}

function expectWritten(files: readonly string[], width: number): void {
  for (const file of files) {
    expect(statSync(file).size, file).toBeGreaterThan(MIN_BYTES);
    expect(pngWidth(file), file).toBe(width);
  }
}

const submitButton = 'main form button[type="submit"]';

async function seededResult(
  viewport: { width: number; height: number },
  id: string,
  size: string,
  name: string,
  written: string[],
  query = '',
): Promise<void> {
  const session = await openAt(suite, vignette(id).answers, 'review', {
    viewport,
    query,
  });
  try {
    await session.page.click(submitButton);
    await session.page.locator('[data-level]').waitFor();
    await shoot(session.page, size, name, written);
  } finally {
    await session.close();
  }
}

describe.each([
  ['phone', PHONE],
  ['desktop', DESKTOP],
] as const)('%s', (size, viewport) => {
  it('start, every question screen, the error summary, review and an urgent result', async () => {
    const written: string[] = [];
    const session = await openSession(suite, { viewport });
    const { page } = session;
    try {
      await shoot(page, size, 'start', written);
      await begin(page);
      let errorShot = false;
      for (let i = 0; i < 40 && !(await page.locator('[data-level]').count()); i++) {
        const names = await shownQuestions(page);
        const name = names.length ? screenOf(names) : 'review';
        await shoot(page, size, name, written);
        if (!errorShot && names.length > 1) {
          errorShot = true;
          await page.click(submitButton);
          await page.locator('.error-summary').waitFor();
          await shoot(page, size, `${name}-error-summary`, written);
        }
        await answerScreen(page, EVERY_SCREEN);
        if ((await shownQuestions(page)).length > names.length)
          await shoot(page, size, `${name}-answered`, written);
        await submit(page);
      }
      await shoot(page, size, 'result-today-crisis-resources', written);
      expect(errorShot).toBe(true);
      // start + 19 question screens + 3 with conditional questions + error + review + result
      expect(written.length).toBe(26);
      expectWritten(written, viewport.width);
    } finally {
      await session.close();
    }
  });

  it('result variants, the crisis screen, and Spanish start and result', async () => {
    const written: string[] = [];
    await seededResult(viewport, 'mild-weekend-drinker', size, 'result-soon', written);
    await seededResult(viewport, 'severe-works-alt-iop', size, 'result-alternative', written);
    await seededResult(viewport, 'seizure-history-daily-drinker', size, 'result-3.7', written);

    const crisis = await openSession(suite, { viewport });
    try {
      await begin(crisis.page);
      for (let i = 0; i < 3; i++) {
        await answerScreen(crisis.page, vignette('overdose-now').answers);
        await submit(crisis.page);
      }
      await crisis.page.locator('[data-level="emergency"]').waitFor();
      await shoot(crisis.page, size, 'crisis', written);
    } finally {
      await crisis.close();
    }

    const es = await openSession(suite, { viewport, query: 'lang=es' });
    try {
      await shoot(es.page, size, 'es-start', written);
    } finally {
      await es.close();
    }
    await seededResult(
      viewport,
      'past-week-suicidal-thoughts-moderate',
      size,
      'es-result',
      written,
      'lang=es',
    );
    expect(written.length).toBe(6);
    expectWritten(written, viewport.width);
  });
});
