/**
 * URL parameters are untrusted (integration contract, "Modes and configuration"): in each
 * engine, a bad value is dropped with exactly one console warning naming it; nothing from the
 * URL runs (no dialog, no script), loads (no request to another host) or styles anything; the
 * center's own name, number and accent show on the start, crisis and result screens. Since
 * contract v1.3 a number the center doesn't list and any `center` are dropped too (HAZ-21). How
 * each value parses, and which warns, is tests/unit/config/params.test.ts.
 */
import { describe, expect, it } from 'vitest';
import {
  answersWith,
  DEFAULT_ACCENT,
  DEFAULT_CENTER,
  DEFAULT_PHONE,
  DEFAULT_PHONE_TEXT,
  vignette,
} from './fixtures';
import { PHONE, type EngineSession } from './driver';
import {
  consoleLines,
  expectOnlyOwnOrigin,
  forEngines,
  openApp,
  pageErrors,
  useAppServer,
} from './harness';
import { answerScreen, completeWith, outcome, submit, waitForApp } from './walk';

/** Any alert, confirm or prompt the page opens is recorded (window.__dialogs), not shown. */
const RECORD_DIALOGS = `window.__dialogs = [];
for (const type of ['alert', 'confirm', 'prompt'])
  window[type] = (message) => void window.__dialogs.push(type + ': ' + message);`;

const dialogs = (s: EngineSession) =>
  s.run(() => (window as unknown as { __dialogs: string[] }).__dialogs);
const warnings = async (s: EngineSession) =>
  (await consoleLines(s)).filter((l) => l.startsWith('warn: '));
const consoleErrors = async (s: EngineSession) =>
  (await consoleLines(s)).filter((l) => l.startsWith('error: '));

/** From the start screen to the crisis screen (respondent, age, danger = yes). */
async function toCrisis(s: EngineSession): Promise<void> {
  const answers = answersWith(vignette('moderate-stable-worker').answers, {
    'safety.emergencyNow': 'yes',
  });
  await submit(s);
  for (let i = 0; i < 3; i++) {
    await answerScreen(s, answers);
    await submit(s);
  }
  expect((await outcome(s)).level).toBe('emergency');
}

/** What the screen shows of the center, and anything the URL may have slipped in. */
const shown = (s: EngineSession) =>
  s.run(() => ({
    centerLinks: [...document.querySelectorAll('main a[href^="tel:"]')]
      .map((a) => a.getAttribute('href') ?? '')
      .filter((h) => !/^tel:(911|988)$/.test(h)),
    main: document.querySelector('main')?.textContent ?? '',
    header: document.querySelector('.header__center')?.textContent ?? null,
    accent: getComputedStyle(document.documentElement).getPropertyValue('--accent').trim(),
    button: (() => {
      const b = document.querySelector('main button[type="submit"]');
      return b ? getComputedStyle(b).backgroundColor : null;
    })(),
    images: document.querySelectorAll('img').length,
    scripts: document.querySelectorAll('main script, header script').length,
    html: document.documentElement.outerHTML,
  }));

/** The center's own name and number, and nothing of `foreign`. */
async function expectOwn(s: EngineSession, where: string, foreign: string[] = []): Promise<void> {
  const now = await shown(s);
  expect(now.centerLinks, `tel: links on ${where}`).toEqual([`tel:${DEFAULT_PHONE}`]);
  expect(now.main, where).toContain(DEFAULT_CENTER);
  expect(now.main, where).toContain(DEFAULT_PHONE_TEXT);
  expect(now.images, `images on ${where}`).toBe(0);
  expect(now.scripts, `scripts in main on ${where}`).toBe(0);
  for (const f of foreign) expect(now.html, where).not.toContain(f);
}

interface Hostile {
  readonly query: string;
  /** The parameter whose one warning must appear. */
  readonly warns: string;
}

const HOSTILE: readonly Hostile[] = [
  { query: 'phone=javascript:alert(1)', warns: 'phone' },
  // v1.3: `center` is removed; the name is the build's, and markup never renders.
  { query: `center=${encodeURIComponent('<img src=x onerror=alert(1)>')}`, warns: 'center' },
  // v1.3: a well-formed number the center doesn't list.
  { query: 'phone=%2B13105550199', warns: 'phone' },
  {
    query: `accent=${encodeURIComponent('red;background:url(//evil.example/x)')}`,
    warns: 'accent',
  },
  { query: 'parentOrigin=*', warns: 'parentOrigin' },
  { query: 'mode=admin', warns: 'mode' },
  { query: 'lang=xx', warns: 'lang' },
  { query: 'phone=%2B1', warns: 'phone' },
];

forEngines((engine) => {
  const server = useAppServer();
  const open = (query: string) =>
    openApp(engine(), server(), PHONE, { query, initScripts: [RECORD_DIALOGS] });

  describe('hostile URL parameters', () => {
    it.for(HOSTILE)('?$query', async (h) => {
      const s = await open(h.query);
      try {
        await expectOwn(s, 'start');
        const start = await shown(s);
        expect(start.header).toBe(DEFAULT_CENTER);
        expect({ accent: start.accent, button: start.button }).toEqual({
          accent: '#1f6feb',
          button: DEFAULT_ACCENT,
        });
        expect(await s.run(() => document.documentElement.lang)).toBe('en');

        await toCrisis(s);
        await expectOwn(s, 'crisis');
        const crisis = await shown(s);
        // mode=admin is self mode: no staff panel, the person's own crisis words.
        expect(crisis.main).toContain('Get help now');
        expect(await s.run(() => document.querySelectorAll('.staff-panel').length)).toBe(0);

        expect(await dialogs(s)).toEqual([]);
        await expectOnlyOwnOrigin(s, server(), expect);
        expect(await pageErrors(s)).toEqual([]);
        expect(await consoleErrors(s)).toEqual([]);
        const warned = await warnings(s);
        expect(warned).toHaveLength(1);
        expect(warned[0]).toContain(`"${h.warns}"`);
      } finally {
        await s.close();
      }
    });

    it('all of them at once: one warning for each bad one, nothing else', async () => {
      const named = {
        phone: 'javascript:alert(1)',
        accent: 'red;background:url(//evil.example/x)',
        parentOrigin: '*',
        mode: 'admin',
        lang: 'xx',
        center: '<script>alert(1)</script>',
        shareResult: 'everything',
        embed: 'yes',
      };
      const s = await open(new URLSearchParams(named).toString());
      try {
        const warned = await warnings(s);
        expect(warned).toHaveLength(Object.keys(named).length);
        for (const name of Object.keys(named))
          expect(
            warned.filter((w) => w.includes(`"${name}"`)),
            name,
          ).toHaveLength(1);
        await expectOwn(s, 'start');
        await toCrisis(s);
        expect(await dialogs(s)).toEqual([]);
        await expectOnlyOwnOrigin(s, server(), expect);
        expect(await pageErrors(s)).toEqual([]);
      } finally {
        await s.close();
      }
    });

    it('a number the center does not list, under another name: its own on the start, crisis and result screens', async () => {
      const query = 'phone=%2B13105550123&center=Sunrise%20Recovery';
      const foreign = ['3105550123', 'Sunrise Recovery'];
      const s = await open(query);
      try {
        await expectOwn(s, 'start', foreign);
        expect(
          await s.run(
            (tel: string) => document.querySelectorAll(`.help-strip a[href="${tel}"]`).length,
            `tel:${DEFAULT_PHONE}`,
          ),
        ).toBe(1);
        await toCrisis(s);
        await expectOwn(s, 'crisis', foreign);
        const v = vignette('daily-opioids-ambulatory');
        await s.goto(`${server().origin}/?${query}`);
        await waitForApp(s);
        await submit(s);
        await completeWith(s, v.answers);
        expect((await outcome(s)).level).toBe(v.expect.level);
        await expectOwn(s, 'result', foreign);
        const warned = await warnings(s);
        expect(warned.filter((w) => w.includes('"phone"'))).toHaveLength(1);
        expect(warned.filter((w) => w.includes('"center"'))).toHaveLength(1);
        expect(await dialogs(s)).toEqual([]);
      } finally {
        await s.close();
      }
    });
  });
});
