/**
 * The embed under contract v1.3, against the fuller example build (dist-example/,
 * examples/centers/full.ts), in every engine:
 * - HAZ-21: data-phone and data-center can't put another number or name in the frame; a listed
 *   tracking number shows (on the start, a question and the crisis screen);
 * - a partner not in the build's frame-ancestors keeps its own fallback content instead of a
 *   broken frame.
 * Not here: the HAZ-22 cases (the level goes only to a listed partner that may have it, and the
 * person is told). They need the partner's page at the config's own https origins
 * (https://county.example), which no engine's driver here can answer for without request
 * interception (WebDriver classic has none); which partner gets the level is
 * tests/unit/config/params.test.ts's, and an unlisted partner getting none is embed.test.ts's.
 * That the generated _headers lists the partners is build.test.ts's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PHONE, waitUntil, type Surface } from './driver';
import { forEngines } from './harness';
import { deployedCsp, serve, type StaticServer } from './server';
import { answersWith, DIST, EXAMPLE_DIST, vignette } from './fixtures';
import { answerScreen, outcome, submit, waitForApp } from './walk';
import { partnerPage, usePartners, waitForEvents, events } from './partner';
import { CRISIS_LINKS, textOf } from './results';

const NAME = 'Harbor Recovery Example';
const OWN = '+17145550123';
const TRACKING = '+17145550188';
const FOREIGN = '+13105550199';

/** The full CSP line the example build wrote, frame-ancestors and all (read when a test runs, so
 * `--list` works before a build). */
const generatedCsp = () =>
  /^\s*Content-Security-Policy:\s*(.+)$/m.exec(
    readFileSync(join(EXAMPLE_DIST, '_headers'), 'utf8'),
  )![1]!;

/** Every call and text link in the frame: the center's own number, or a crisis line. */
async function centerLinks(frame: Surface): Promise<string[]> {
  const links = await frame.run(() =>
    [...document.querySelectorAll('a[href^="tel:"], a[href^="sms:"]')].map(
      (a) => a.getAttribute('href') ?? '',
    ),
  );
  return links.filter((href) => !CRISIS_LINKS.includes(href));
}

const crisisAnswers = answersWith(vignette('moderate-stable-worker').answers, {
  'safety.emergencyNow': 'yes',
});

// The example build, with embed.js (`npm run build:example` builds the app only; embed.js is
// the same for every center), served under its own CSP (frame-ancestors as the test sets them).
let wizard: StaticServer;
const wizardHeaders: Record<string, string> = {};
beforeAll(async () => {
  wizardHeaders['Content-Security-Policy'] = deployedCsp(EXAMPLE_DIST);
  wizard = await serve(EXAMPLE_DIST, {
    headers: wizardHeaders,
    scripts: { '/embed.js': readFileSync(join(DIST, 'embed.js'), 'utf8') },
  });
});
afterAll(async () => {
  await wizard?.close();
});

forEngines((engine) => {
  // Two partners on localhost: the first allowed to frame by the test (the build's own list is
  // of https origins), the second left out by the build's own frame-ancestors.
  const partners = usePartners(() => ({ origin: wizard.origin, headers: wizardHeaders }), 2);

  const open = async (html: (wizard: string) => string, which: 0 | 1) => {
    const page = await engine().open(PHONE);
    await page.goto(partners()[which]!.page(html(wizard.origin)));
    return page;
  };

  describe('only the center own numbers and name (HAZ-21)', () => {
    it.each([
      ['a foreign data-phone and a data-center', { phone: FOREIGN, center: 'Trust SoCal' }, OWN],
      ['a listed tracking number', { phone: TRACKING }, TRACKING],
    ])('%s: every call link on the start, question and crisis screens', async (_w, data, shown) => {
      const page = await open(
        (origin) => partnerPage({ wizard: origin, widgets: [{ id: 'w', data }] }),
        0,
      );
      try {
        await waitForEvents(page, 'w', 'loc:ready');
        const frame = await page.frame('#w iframe');
        await waitForApp(frame);
        const check = async (where: string) => {
          const links = await centerLinks(frame);
          expect(links.length, where).toBeGreaterThan(0);
          expect(links, where).toEqual(links.map(() => `tel:${shown}`));
          expect(await frame.run(() => document.documentElement.outerHTML), where).not.toContain(
            FOREIGN.slice(2),
          );
          expect(await textOf(frame, '.help-strip'), where).toContain(`Call ${NAME}`);
        };
        await check('start');
        await submit(frame);
        await check('question');
        for (let i = 0; i < 3; i++) {
          await answerScreen(frame, crisisAnswers);
          await new Promise((r) => setTimeout(r, 1000)); // the double-click guard (embed.test.ts)
          await submit(frame);
        }
        expect((await outcome(frame)).level).toBe('emergency');
        await check('crisis');
      } finally {
        await page.close();
      }
    });
  });

  describe('a partner not in frame-ancestors', () => {
    it("keeps the partner's own fallback content, and no broken frame", async () => {
      // The build's own policy: the listed partners only, not this localhost page.
      const allowed = wizardHeaders['Content-Security-Policy']!;
      wizardHeaders['Content-Security-Policy'] = generatedCsp();
      const fallback = `<p id="fallback">Take the check at harbor.example or call (714) 555-0123.</p>`;
      const page = await open(
        (origin) =>
          partnerPage({ wizard: origin, widgets: [{ id: 'w' }] }).replace(
            '<div id="w" data-loc-wizard></div>',
            `<div id="w" data-loc-wizard>${fallback}</div>`,
          ),
        1,
      );
      try {
        const shown = () => document.getElementById('fallback')?.checkVisibility() ?? null;
        // Hidden while the frame might still load…
        await waitUntil(page, 'the frame', () => !!document.querySelector('#w iframe'), []);
        expect(await page.run(shown)).toBe(false);
        // …and back, in place of the frame, once it has not said loc:ready for 8 s.
        await waitUntil(page, 'the fallback', shown, [], 12_000);
        expect(
          await page.run(() => document.querySelector('#w iframe')?.checkVisibility() ?? false),
        ).toBe(false);
        expect(await events(page, 'w')).toEqual([]);
      } finally {
        await page.close();
        wizardHeaders['Content-Security-Policy'] = allowed;
      }
    }, 30_000);
  });
});
