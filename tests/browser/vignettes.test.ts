/**
 * Every public vignette through the UI in each engine, at a phone's and a desktop's size: the
 * outcome on the result's (or crisis screen's) root element, no request to another host, no
 * cookie, no page error.
 */
import { describe, expect, it } from 'vitest';
import { VIGNETTES } from './fixtures';
import { SIZES } from './driver';
import { expectOnlyOwnOrigin, openApp, pageErrors, useAppServer, forEngines } from './harness';
import { completeWith, outcome, submit } from './walk';

forEngines((engine) => {
  const server = useAppServer();
  // A few at a time: each walk waits on the browser far more than it uses the CPU.
  describe.concurrent.each(SIZES)('%s: acceptance vignettes through the UI', (_size, viewport) => {
    it.for(VIGNETTES)('$id', async (v) => {
      const session = await openApp(engine(), server(), viewport);
      try {
        await submit(session); // Start
        await completeWith(session, v.answers);
        const got = await outcome(session);
        expect(got).toEqual(
          v.expect.level === 'emergency'
            ? { level: 'emergency', asam: null, urgency: 'emergency' }
            : { level: v.expect.level, asam: v.expect.asamLevel, urgency: v.expect.urgency },
        );
        await expectOnlyOwnOrigin(session, server(), expect);
        expect(await session.run(() => document.cookie)).toBe('');
        expect(await pageErrors(session)).toEqual([]);
      } finally {
        await session.close();
      }
    });
  });
});
