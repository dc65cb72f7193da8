/**
 * The call card's admissions hours in Firefox and WebKit (issue 19, HAZ-28), on the example
 * build (dist-example/, `npm run build:example`) with the page's clock fixed: each engine's Intl
 * gives the center's day, time and zone name as Chromium's does, says closed and open at the
 * right minutes, and the text link's body is the code only.
 */
import { expect, it } from 'vitest';
import { EXAMPLE_DIST, vignette } from './fixtures';
import { PHONE, type EngineSession } from './driver';
import { openApp, pageErrors, useAppServer, forEngines } from './harness';
import { completeWith, outcome, submit } from './walk';

/** Fixes the page's clock at `iso` (Date and Date.now; timers run as usual). */
const fixedClock = (iso: string) => `(() => {
  const fixed = Date.parse(${JSON.stringify(iso)});
  const Real = Date;
  class Fixed extends Real {
    constructor(...args) { if (args.length === 0) super(fixed); else super(...args); }
    static now() { return fixed; }
  }
  globalThis.Date = Fixed;
})();`;

async function card(s: EngineSession) {
  await submit(s);
  await completeWith(s, vignette('moderate-stable-worker').answers);
  await outcome(s);
  return s.run(() => {
    const section = document.getElementById('urgency-title')?.closest('section');
    const squash = (el: Element | null | undefined) =>
      (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
    return {
      state: section?.getAttribute('data-admissions') ?? null,
      words: squash(section?.querySelector('[data-admissions-words]')),
      meanwhile: section?.querySelector('[data-meanwhile]') != null,
      text: section?.querySelector('[data-text-link] a')?.getAttribute('href') ?? null,
    };
  });
}

forEngines((engine) => {
  const server = useAppServer({ dist: EXAMPLE_DIST });

  it('closed on Monday at 21:00 Pacific, in the center’s words and zone; open at 10:00', async () => {
    const closed = await openApp(engine(), server(), PHONE, {
      initScripts: [fixedClock('2026-12-08T05:00:00Z')],
    });
    try {
      const shown = await card(closed);
      expect(shown.state).toBe('closed');
      expect(shown.words).toBe(
        'Admissions is closed now. It opens Tuesday, December 8 at 8:00 AM (Pacific Time).',
      );
      expect(shown.meanwhile).toBe(true);
      expect(decodeURIComponent(shown.text?.split('?body=')[1] ?? '')).toMatch(
        /^My code: [0-9A-Z]{4}(-[0-9A-Z]{1,4})+$/,
      );
      expect(await pageErrors(closed)).toEqual([]);
    } finally {
      await closed.close();
    }
    const open = await openApp(engine(), server(), PHONE, {
      query: 'lang=es',
      initScripts: [fixedClock('2026-12-07T18:00:00Z')],
    });
    try {
      const shown = await card(open);
      expect(shown.state).toBe('open');
      expect(shown.words).toBe(
        'La oficina de admisiones está abierta ahora. Alguien le contestará.',
      );
      expect(shown.meanwhile).toBe(false);
    } finally {
      await open.close();
    }
  });
});
