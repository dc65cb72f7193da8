/**
 * The embed on a second origin in each engine (integration contract, "Embedding on a partner
 * site"): the wizard on 127.0.0.1 framed by a partner page on localhost through embed.js. The
 * frame's height follows the wizard's content, rounded up to coarse steps, the loc:* events arrive
 * (with nothing but the contract's fields: loc:step carries none), and messages forged by the
 * partner page are ignored.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, NEUTRAL_PAGE, vignette } from './fixtures';
import { CSP, serve, type StaticServer } from './server';
import {
  expectMinimalDetails,
  fitsCoarsely,
  partnerCsp,
  partnerPage,
  type RecordedEvent,
} from '../e2e/embed-pages';
import { SIZES, type EngineSession, type Surface } from './driver';
import { useAppServer, forEngines } from './harness';
import { completeWith, submit, waitForApp } from './walk';

const pauseFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
import { afterAll, beforeAll } from 'vitest';

const events = (page: Surface): Promise<RecordedEvent[]> =>
  page.run(() => (window as unknown as { __events: RecordedEvent[] }).__events);

async function waitForEvent(page: Surface, type: string, count = 1): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if ((await events(page)).filter((e) => e.type === type).length >= count) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`No ${type} (${count}) arrived`);
}

/** The iframe's height, once it is the wizard's content height rounded up to the coarse step. */
async function expectFit(page: EngineSession, frame: Surface): Promise<number> {
  let last: unknown;
  for (let i = 0; i < 50; i++) {
    const height = await page.run(
      () => document.querySelector('#w iframe')!.getBoundingClientRect().height,
    );
    const inner = await frame.run(() => ({
      content: document.getElementById('root')!.getBoundingClientRect().height,
      overflow: document.documentElement.scrollHeight - document.documentElement.clientHeight,
    }));
    last = { height, ...inner };
    if (fitsCoarsely(height, inner.content) && inner.overflow <= 1) return height;
    await new Promise((r) => setTimeout(r, 100));
  }
  expect.fail(`the frame does not fit its content: ${JSON.stringify(last)}`);
}

forEngines((engine) => {
  const wizard = useAppServer();
  let partner: StaticServer;
  const pages: Record<string, string> = {};
  const headers: Record<string, string> = {};
  beforeAll(async () => {
    partner = await serve(join(DIST, 'no-such-folder'), { host: 'localhost', pages, headers });
    headers['Content-Security-Policy'] = partnerCsp(wizard().origin);
    wizard().headers['Content-Security-Policy'] =
      `${CSP}; frame-ancestors 'self' ${partner.origin}`;
    pages['/partner'] = partnerPage({ wizard: wizard().origin, widgets: [{ id: 'w' }] });
  });
  afterAll(async () => {
    await partner?.close();
  });

  it('"Leave this site" replaces the partner\'s whole page (issue 23)', async () => {
    const page = await engine().open(SIZES[0][1]);
    try {
      await page.goto(`${partner.origin}/partner`);
      await waitForEvent(page, 'loc:ready');
      const frame = await page.frame('#w iframe');
      await waitForApp(frame);
      // A real click through the engine's own pointer: the user activation the browser needs.
      await frame.clickOn(
        () =>
          [...document.querySelectorAll('header button')].find((b) =>
            b.textContent?.startsWith('Leave this site'),
          ) ?? null,
      );
      // The neutral page is on the internet, which this machine may not reach: the top page
      // going there (or to the browser's error page for it) is what is tested.
      const deadline = Date.now() + 10_000;
      let url = await page.url();
      while (!url.includes(new URL(NEUTRAL_PAGE).host) && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 100));
        url = await page.url();
      }
      expect(url).toContain(new URL(NEUTRAL_PAGE).host);
    } finally {
      await page.close();
    }
  });

  describe.each(SIZES)('%s: the embed on a partner page', (_size, viewport) => {
    it('fits its content, reports its steps and the end, and ignores forged messages', async () => {
      const page = await engine().open(viewport);
      try {
        await page.goto(`${partner.origin}/partner`);
        await waitForEvent(page, 'loc:ready');
        const frame = await page.frame('#w iframe');
        await waitForApp(frame);
        await expectFit(page, frame);

        await submit(frame);
        await waitForEvent(page, 'loc:step');
        const question = await expectFit(page, frame);
        expect(question % 200).toBe(0); // coarse: it may share the start screen's step

        // Forged by the partner page itself: ignored (no event, the height unchanged).
        const before = (await events(page)).length;
        await page.run(() => {
          for (const m of [
            { type: 'loc:resize', height: 5 },
            { type: 'loc:step', index: 9 },
            { type: 'loc:complete', level: 'iop' },
            { type: 'loc:call' },
          ])
            window.postMessage({ source: 'loc-wizard', version: 1, ...m }, '*');
        });
        await new Promise((r) => setTimeout(r, 600));
        expect((await events(page)).slice(before)).toEqual([]);
        expect(await expectFit(page, frame)).toBe(question);

        // Each screen answered once the double-click guard's second is over (HAZ-13): the
        // driver clicks faster than a hand, and a click at the spot of the last one, within the
        // system's double-click time, counts as its double click and is ignored by design.
        await completeWith(frame, vignette('mild-weekend-drinker').answers, () => pauseFor(1000));
        await waitForEvent(page, 'loc:complete');
        await expectFit(page, frame);
        const all = await events(page);
        expect(all.filter((e) => e.type === 'loc:complete').map((e) => e.detail)).toEqual([{}]);
        expect(all.filter((e) => e.type === 'loc:step').length).toBeGreaterThan(10);
        expect(all.every((e) => e.target === 'w')).toBe(true);
        expectMinimalDetails(all);
        // The partner's page kept its own URL (the wizard adds no history of its own there).
        expect(await page.url()).toBe(`${partner.origin}/partner`);
      } finally {
        await page.close();
      }
    });
  });
});
