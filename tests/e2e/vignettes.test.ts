/**
 * Every acceptance vignette answered through the UI (DOM hooks only) reaches the expected
 * outcome on the result's (or crisis screen's) root element, with no request to another host,
 * no cookie and no page error.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { completeWith } from './drive';
import { begin, openSession, outcome, startSuite, VIGNETTES, type Suite } from './harness';

let suite: Suite;
beforeAll(async () => {
  suite = await startSuite();
});
afterAll(async () => {
  await suite?.close();
});

// The vignettes run a few at a time: each waits on the browser far more than it uses the CPU.
describe.concurrent('acceptance vignettes through the UI', () => {
  it.for(VIGNETTES)('$id', async (v, { expect }) => {
    const session = await openSession(suite);
    try {
      const { page } = session;
      await begin(page);
      await completeWith(page, v.answers);
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
