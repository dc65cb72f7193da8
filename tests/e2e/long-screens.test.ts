/**
 * The review's rows read across on a wide screen: question, answer and Change on one line.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, PHONE } from './browser';
import { drawn } from './a11y-checks';
import { openSession, seedSnapshotScript, startSuite, vignette, type Suite } from './harness';

let suite: Suite;
beforeAll(async () => {
  suite = await startSuite();
});
afterAll(async () => {
  await suite?.close();
});

describe('the review on a wide screen', () => {
  it('puts each question, its answer and Change on one line (stacked on a phone)', async () => {
    const answers = vignette('moderate-stable-worker').answers;
    for (const [viewport, across] of [
      [DESKTOP, true],
      [PHONE, false],
    ] as const) {
      const session = await openSession(suite, {
        viewport,
        initScripts: [seedSnapshotScript(answers, 'review', ['start'])],
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
