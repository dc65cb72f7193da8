/**
 * Every acceptance vignette answered through the UI (DOM hooks only) reaches the expected
 * outcome on the result's (or crisis screen's) root element, with no request to another host,
 * no cookie and no page error. On the way, every question screen says where it is ("Question 5
 * of about 17"), as its heading's description, and the last question is "N of N".
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Page } from 'playwright-core';
import { completeWith } from './drive';
import { begin, openSession, outcome, startSuite, VIGNETTES, type Suite } from './harness';

let suite: Suite;
beforeAll(async () => {
  suite = await startSuite();
});
afterAll(async () => {
  await suite?.close();
});

/** The question screen's count and its heading's description, or null off the questions. */
async function readCount(page: Page): Promise<{ text: string; description: string } | null> {
  return page.evaluate(() => {
    const counter = document.querySelector('.step__counter');
    if (!counter) return null;
    const heading = document.getElementById('step-heading');
    const described = heading?.getAttribute('aria-describedby') ?? '';
    return {
      text: (counter.textContent ?? '').trim(),
      description: (document.getElementById(described)?.textContent ?? '').trim(),
    };
  });
}

// The vignettes run a few at a time: each waits on the browser far more than it uses the CPU.
describe.concurrent('acceptance vignettes through the UI', () => {
  it.for(VIGNETTES)('$id', async (v, { expect }) => {
    const session = await openSession(suite);
    try {
      const { page } = session;
      await begin(page);
      const counts: { n: number; about: boolean; total: number }[] = [];
      await completeWith(page, v.answers, async () => {
        const count = await readCount(page);
        if (!count) return; // the review
        expect(count.description, 'read with the heading').toBe(count.text);
        const match = /^Question (\d+) of (about )?(\d+)$/.exec(count.text);
        expect(match, count.text).not.toBeNull();
        counts.push({ n: Number(match![1]), about: !!match![2], total: Number(match![3]) });
      });
      expect(counts.map((c) => c.n)).toEqual(counts.map((_, i) => i + 1));
      counts.forEach((c, i) => {
        if (i > 0) expect(c.total, `never up: ${c.n}`).toBeLessThanOrEqual(counts[i - 1]!.total);
        expect(c.total).toBeGreaterThanOrEqual(counts.length);
      });
      if (v.expect.level !== 'emergency') {
        expect(counts.at(-1)).toEqual({ n: counts.length, about: false, total: counts.length });
      }
      const got = await outcome(page);
      if (v.expect.level === 'emergency') {
        expect(got).toEqual({ level: 'emergency', asam: null, urgency: 'emergency' });
        await expect(page.locator('[data-level="emergency"]').count()).resolves.toBe(1);
      } else {
        expect(got).toEqual({
          level: v.expect.level,
          asam: v.expect.asamLevel,
          urgency: v.expect.urgency,
        });
      }
      expect(session.foreign).toEqual([]);
      expect(session.errors).toEqual([]);
      expect(await session.context.cookies()).toEqual([]);
      // Nothing the app did reached a cookie either (document.cookie stays empty).
      expect(await page.evaluate(() => document.cookie)).toBe('');
    } finally {
      await session.close();
    }
  });
});
