/**
 * The two long screens, the review and the result, in a real browser: the first frame after
 * Continue draws their top (what a phone or a laptop shows first) and marks the rest aria-busy;
 * the rest follows. And the review's rows read across on a wide screen.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, PHONE } from './browser';
import { drawn } from './a11y-checks';
import { openAt, startSuite, vignette, type Suite } from './harness';
import { answerScreen } from './drive';

let suite: Suite;
beforeAll(async () => {
  suite = await startSuite();
});
afterAll(async () => {
  await suite?.close();
});

const submitButton = 'main form button[type="submit"]';

/**
 * A session walked to `screen` with a long vignette: the last question, answered and ready for
 * Continue, or the review.
 */
async function openLong(
  screen: 'insurance' | 'review',
  viewport: { width: number; height: number },
) {
  const answers = vignette('seizure-history-daily-drinker').answers;
  if (screen === 'review') return openAt(suite, answers, 'review', { viewport });
  const session = await openAt(suite, answers, { question: 'insurance.type' }, { viewport });
  await answerScreen(session.page, answers);
  return session;
}

interface FirstFrame {
  readonly heading: string;
  readonly rows: number;
  readonly busy: number;
  readonly submit: boolean;
  readonly level: string | null;
  readonly rest: number;
  readonly call: boolean;
  readonly belowFold: boolean;
}

/**
 * Presses Continue and records, in the first frame whose heading differs, what that frame
 * shows. `belowFold`: what that frame draws reaches below the bottom of the viewport.
 */
async function continueAndReadFirstFrame(page: Page): Promise<FirstFrame> {
  const before = await page.locator('#step-heading').textContent();
  await page.evaluate((previous) => {
    const w = window as unknown as { __first?: Promise<unknown> };
    w.__first = new Promise((resolve) => {
      const look = () =>
        requestAnimationFrame(() => {
          const heading = document.getElementById('step-heading')?.textContent ?? '';
          if (heading === previous) return look();
          const rows = document.querySelectorAll('.summary-list__row');
          const last = rows[rows.length - 1];
          const rest = document.querySelector('.step__rest');
          const edge = last?.getBoundingClientRect().bottom;
          resolve({
            heading,
            rows: rows.length,
            busy: document.querySelectorAll('[aria-busy="true"]').length,
            submit: !!document.querySelector('main form button[type="submit"]'),
            level: document.querySelector('[data-level]')?.getAttribute('data-level') ?? null,
            rest: rest?.childElementCount ?? -1,
            call: !!document.querySelector(
              '#urgency-title ~ a[href^="tel:"], .card a[href^="tel:"]',
            ),
            belowFold: edge !== undefined && edge >= innerHeight,
          });
        });
      look();
    });
  }, before);
  await page.click(submitButton);
  return page.evaluate(() => (window as unknown as { __first: Promise<FirstFrame> }).__first);
}

describe.each([
  ['phone', PHONE],
  ['desktop', DESKTOP],
] as const)('on a %s', (_size, viewport) => {
  it('the review draws its heading and 8 rows first, then every row and See the result', async () => {
    const session = await openLong('insurance', viewport);
    const { page } = session;
    try {
      const first = await continueAndReadFirstFrame(page);
      expect(first).toMatchObject({ heading: 'Check your answers', rows: 8, busy: 1 });
      expect(first.submit).toBe(false);
      expect(first.belowFold, 'the first frame fills the screen').toBe(true);
      await drawn(page);
      expect(await page.locator('.summary-list__row').count()).toBeGreaterThan(8);
      await expect(page.locator(submitButton).textContent()).resolves.toBe('See the result');
      expect(await page.locator('[aria-busy]').count()).toBe(0);
    } finally {
      await session.close();
    }
  });

  it('the result draws the level, how soon and the call first; the rest a frame later', async () => {
    const session = await openLong('review', viewport);
    const { page } = session;
    try {
      const first = await continueAndReadFirstFrame(page);
      expect(first.level).not.toBeNull();
      expect(first).toMatchObject({ busy: 1, rest: 0, call: true });
      await drawn(page);
      expect(await page.locator('.step__rest > *').count()).toBeGreaterThan(3);
      expect(await page.locator('#why-title').isVisible()).toBe(true);
    } finally {
      await session.close();
    }
  });
});

describe('the review on a wide screen', () => {
  it('puts each question, its answer and Change on one line (stacked on a phone)', async () => {
    const answers = vignette('moderate-stable-worker').answers;
    for (const [viewport, across] of [
      [DESKTOP, true],
      [PHONE, false],
    ] as const) {
      const session = await openAt(suite, answers, 'review', {
        viewport,
      });
      try {
        await drawn(session.page);
        const rows = await session.page.$$eval('.summary-list__row', (all) =>
          all.map((row) => {
            const key = row.querySelector('dt')!.getBoundingClientRect();
            const value = row.querySelector('dd')!.getBoundingClientRect();
            return value.top === key.top && value.left > key.right;
          }),
        );
        expect(rows.length).toBeGreaterThan(10);
        expect(new Set(rows), `side by side at ${viewport.width}px`).toEqual(new Set([across]));
      } finally {
        await session.close();
      }
    }
  });
});
