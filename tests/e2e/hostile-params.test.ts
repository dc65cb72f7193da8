/**
 * URL parameters are untrusted (integration contract, "Modes and configuration"): a bad value is
 * dropped with exactly one console warning naming it and the default is used; nothing from the
 * URL runs, loads or styles anything. Since contract v1.3 a number the center doesn't list and
 * any `center` are dropped too: the center's own name and number show (tests/e2e/center-number).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { answerScreen, completeWith, submit } from './drive';
import {
  answersWith,
  begin,
  DEFAULT_ACCENT,
  DEFAULT_CENTER,
  DEFAULT_PHONE,
  DEFAULT_PHONE_TEXT,
  openSession,
  startSuite,
  vignette,
  type Session,
  type Suite,
} from './harness';

let suite: Suite;
beforeAll(async () => {
  suite = await startSuite();
});
afterAll(async () => {
  await suite?.close();
});

const warnings = (s: Session): string[] => s.console.filter((l) => l.startsWith('warning: '));
const consoleErrors = (s: Session): string[] => s.console.filter((l) => l.startsWith('error: '));

/** Opens the app with `query`, recording dialogs (none may ever open). */
async function openWith(query: string, initScripts: string[] = []) {
  const session = await openSession(suite, { query, initScripts });
  const dialogs: string[] = [];
  session.page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  return { session, dialogs };
}

/** From the start screen to the crisis screen (respondent, age, danger = yes). */
async function toCrisis(page: Page): Promise<void> {
  const answers = answersWith(vignette('moderate-stable-worker').answers, {
    'safety.emergencyNow': 'yes',
  });
  await begin(page);
  for (let i = 0; i < 3; i++) {
    await answerScreen(page, answers);
    await submit(page);
  }
  await page.locator('[data-level="emergency"]').waitFor();
}

/** The center's call links on the screen (main), excluding 911 and 988. */
const centerLinks = (page: Page): Promise<string[]> =>
  page.$$eval('main a[href^="tel:"]', (links) =>
    links.map((a) => a.getAttribute('href') ?? '').filter((h) => !/^tel:(911|988)$/.test(h)),
  );

const accentNow = (page: Page) =>
  page.evaluate(() => ({
    variable: getComputedStyle(document.documentElement).getPropertyValue('--accent').trim(),
    button: getComputedStyle(document.querySelector('main button[type="submit"]')!).backgroundColor,
  }));

interface Hostile {
  readonly query: string;
  /** The parameter whose warning must appear, or null when the value is valid plain text. */
  readonly warns: string | null;
  /** More checks on the start screen, and on the crisis screen. */
  readonly check?: (page: Page) => Promise<void>;
  readonly afterCrisis?: (page: Page) => Promise<void>;
}

const HOSTILE: readonly Hostile[] = [
  { query: 'phone=javascript:alert(1)', warns: 'phone' },
  {
    // v1.3: `center` is removed; the name is the build's, and markup never renders.
    query: `center=${encodeURIComponent('<img src=x onerror=alert(1)>')}`,
    warns: 'center',
    check: async (page) => {
      expect(await page.locator('img').count()).toBe(0);
      expect(await page.locator('.header__center').textContent()).toBe(DEFAULT_CENTER);
    },
  },
  // v1.3: a well-formed number the center doesn't list.
  { query: 'phone=%2B13105550199', warns: 'phone' },
  {
    query: `accent=${encodeURIComponent('red;background:url(//evil.example/x)')}`,
    warns: 'accent',
    check: async (page) => {
      expect(await accentNow(page)).toEqual({ variable: '#1f6feb', button: DEFAULT_ACCENT });
    },
  },
  { query: 'parentOrigin=*', warns: 'parentOrigin' },
  {
    query: 'mode=admin',
    warns: 'mode',
    afterCrisis: async (page) => {
      // Self mode: no staff panel, no staff protocol on the crisis screen.
      expect(await page.locator('.staff-panel').count()).toBe(0);
      expect(await page.locator('main').textContent()).toContain('Get help now');
    },
  },
  {
    query: 'lang=xx',
    warns: 'lang',
    check: async (page) => {
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      expect(await page.locator('#step-heading').textContent()).toBe(
        'What kind of care might help?',
      );
    },
  },
  { query: 'phone=%2B1', warns: 'phone' },
];

describe('hostile URL parameters', () => {
  it.each(HOSTILE.map((h) => [h.query, h] as const))('?%s', async (_q, h) => {
    const { session, dialogs } = await openWith(h.query);
    const { page } = session;
    try {
      await h.check?.(page);
      // Start screen: the default number, formatted, and its link.
      expect(await centerLinks(page)).toEqual([`tel:${DEFAULT_PHONE}`]);
      expect(await page.locator('main').textContent()).toContain(DEFAULT_CENTER);
      expect(await page.locator('main').textContent()).toContain(DEFAULT_PHONE_TEXT);
      expect(await accentNow(page)).toEqual({ variable: '#1f6feb', button: DEFAULT_ACCENT });

      // The crisis screen renders the center and number too.
      await toCrisis(page);
      expect(await centerLinks(page)).toEqual([`tel:${DEFAULT_PHONE}`]);
      await h.afterCrisis?.(page);
      expect(await page.locator('img').count()).toBe(0);

      expect(dialogs).toEqual([]);
      expect(session.foreign).toEqual([]);
      expect(session.errors).toEqual([]);
      expect(consoleErrors(session)).toEqual([]);
      const warned = warnings(session);
      if (h.warns === null) expect(warned).toEqual([]);
      else {
        expect(warned).toHaveLength(1);
        expect(warned[0]).toContain(`"${h.warns}"`);
      }
    } finally {
      await session.close();
    }
  });

  it('all of them at once: one warning for each bad one, nothing else', async () => {
    const query = [
      'phone=javascript:alert(1)',
      `accent=${encodeURIComponent('red;background:url(//evil.example/x)')}`,
      'parentOrigin=*',
      'mode=admin',
      'lang=xx',
      `center=${encodeURIComponent('<script>alert(1)</script>')}`,
      'shareResult=everything',
      'embed=yes',
    ].join('&');
    const { session, dialogs } = await openWith(query);
    try {
      const warned = warnings(session);
      const named = [
        'phone',
        'accent',
        'parentOrigin',
        'mode',
        'lang',
        'center',
        'shareResult',
        'embed',
      ];
      expect(warned).toHaveLength(named.length);
      for (const name of named) {
        expect(
          warned.filter((w) => w.includes(`"${name}"`)),
          name,
        ).toHaveLength(1);
      }
      expect(await session.page.locator('main script, header script').count()).toBe(0);
      expect(await session.page.locator('.header__center').textContent()).toBe(DEFAULT_CENTER);
      await toCrisis(session.page);
      expect(dialogs).toEqual([]);
      expect(session.foreign).toEqual([]);
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });
});

describe('a phone the center does not list, under another name (contract v1.3)', () => {
  const query = 'phone=+13105550123&center=Sunrise%20Recovery';

  async function expectOwn(page: Page, where: string): Promise<void> {
    const main = (await page.locator('main').textContent()) ?? '';
    expect.soft(main, `center name on ${where}`).toContain(DEFAULT_CENTER);
    expect.soft(main, `formatted number on ${where}`).toContain(DEFAULT_PHONE_TEXT);
    expect
      .soft(await centerLinks(page), `tel: links on ${where}`)
      .toEqual([`tel:${DEFAULT_PHONE}`]);
    expect(await page.locator('a[href="tel:+13105550123"]').count()).toBe(0);
    expect(await page.content()).not.toContain('Sunrise Recovery');
  }

  it("shows the center's own name and number on the start and crisis screens, warning once each", async () => {
    const { session, dialogs } = await openWith(query);
    const { page } = session;
    try {
      await expectOwn(page, 'start');
      expect(await page.locator('.header__center').textContent()).toBe(DEFAULT_CENTER);
      expect(await page.locator(`.help-strip a[href="tel:${DEFAULT_PHONE}"]`).count()).toBe(1);
      await toCrisis(page);
      await expectOwn(page, 'crisis');
      const warned = warnings(session);
      expect(warned).toHaveLength(2);
      expect(warned.filter((w) => w.includes('"phone"'))).toHaveLength(1);
      expect(warned.filter((w) => w.includes('"center"'))).toHaveLength(1);
      expect(dialogs).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('shows them on the result screen', async () => {
    const v = vignette('daily-opioids-ambulatory');
    const { session } = await openWith(query);
    const { page } = session;
    try {
      await completeWith(page, v.answers);
      expect(await page.locator('[data-level]').getAttribute('data-level')).toBe(v.expect.level);
      await expectOwn(page, 'result');
      expect(warnings(session)).toHaveLength(2);
    } finally {
      await session.close();
    }
  });
});
