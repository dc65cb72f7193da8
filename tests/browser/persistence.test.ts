/**
 * Where answers live, in each engine (integration contract v1.3, Privacy): in memory only. A
 * reload mid-way starts empty and nothing is ever written to Web Storage; an earlier version's
 * saved copy is taken away, never shown; blocked storage changes nothing; "Leave this site"
 * forgets everything, replaces the page and takes the wizard's screens out of Back; a page
 * brought back from the back-forward cache (which every engine here keeps on) forgets
 * everything; the browser's Back and Forward move between question screens with the answers
 * kept; one neutral tab title after the start; the code copied from the result leaves the
 * clipboard with the answers; and (Chromium only, the exceptions say why) the browser's profile on
 * disk holds no answer.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from './chromium';
import { surfaceOf } from './puppeteer';
import { pasteBack } from './recorders';
import type { AnswerSet } from './fixtures';
import { answersWith, NEUTRAL_PAGE, vignette } from './fixtures';
import { en } from '../../src/i18n/en';
import { PHONE, SIZES, type EngineSession } from './driver';
import {
  appUrl,
  expectOnlyOwnOrigin,
  openApp,
  pageErrors,
  useAppServer,
  forEngines,
  itExcept,
} from './harness';
import {
  afterPaint,
  answerScreen,
  checkedValues,
  choose,
  completeWith,
  heading,
  outcome,
  START_HEADING,
  storedText,
  submit,
  waitForApp,
  waitForHeading,
  clickButton,
} from './walk';

/** Where versions before v1.3 kept self mode's answers. */
const OLD_KEY = 'loc-wizard:v1';
const NOTHING_STORED = '[{},{}]';

const mild = vignette('mild-weekend-drinker');

/**
 * At `page`, or at the engine's error page for it: Firefox's about:neterror?u=…, Chromium's
 * chrome-error://chromewebdata/ (which names the host it could not reach).
 */
async function wentTo(s: EngineSession, url: string, page: string): Promise<boolean> {
  if (url.startsWith(page)) return true;
  if (url.startsWith('about:neterror'))
    return new URLSearchParams(url.slice(url.indexOf('?'))).get('u') === page;
  if (url.startsWith('chrome-error:'))
    return s
      .run((host: string) => document.body.innerText.includes(host), new URL(page).host)
      .catch(() => false);
  return false;
}

async function answerScreens(s: EngineSession, answers: AnswerSet, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    await answerScreen(s, answers);
    await submit(s);
  }
}

const inputs = (s: EngineSession) => s.run(() => document.querySelectorAll('main input').length);

const BLOCKED_STORAGE: [string, string][] = [
  [
    'Storage.prototype.getItem/setItem throw',
    `Storage.prototype.getItem = function () { throw new DOMException('blocked', 'SecurityError'); };
     Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };`,
  ],
  [
    'the window.sessionStorage getter throws',
    `Object.defineProperty(window, 'sessionStorage', {
       configurable: true,
       get() { throw new DOMException('denied', 'SecurityError'); },
     });`,
  ],
];

const OLD_COPY = JSON.stringify({
  v: 1,
  contractVersion: 1,
  savedAt: Date.now(),
  screen: 'review',
  history: ['start'],
  answers: mild.answers,
});

forEngines((engine) => {
  const server = useAppServer();
  describe.each(SIZES)('%s', (_size, viewport) => {
    it.for([
      ['self mode', ''],
      ['staff mode', 'mode=staff'],
    ])('%s: a reload mid-way starts empty, and nothing is ever stored', async ([, query]) => {
      const s = await openApp(engine(), server(), viewport, { query });
      try {
        await submit(s);
        await answerScreens(s, mild.answers, 5); // → the criteria screen
        expect(await storedText(s)).toBe(NOTHING_STORED);
        await s.reload();
        await waitForApp(s);
        expect(await heading(s)).toBe(START_HEADING);
        // Staff mode's start has its own fields (the code); nothing in either is filled in.
        if (!query) expect(await inputs(s)).toBe(0);
        expect(await s.run(() => document.querySelectorAll('main input:checked').length)).toBe(0);
        await submit(s);
        expect(await checkedValues(s, 'respondent')).toEqual([]);
        await completeWith(s, mild.answers);
        expect((await outcome(s)).level).toBe(mild.expect.level);
        expect(await storedText(s)).toBe(NOTHING_STORED);
        await expectOnlyOwnOrigin(s, server(), expect);
        expect(await pageErrors(s)).toEqual([]);
      } finally {
        await s.close();
      }
    });

    it.for(BLOCKED_STORAGE)('blocked storage (%s) still completes', async ([, script]) => {
      const v = vignette('homeless-moderate');
      const s = await openApp(engine(), server(), viewport, { initScripts: [script] });
      try {
        await submit(s);
        await completeWith(s, v.answers);
        expect(await outcome(s)).toEqual({
          level: v.expect.level,
          asam: v.expect.asamLevel,
          urgency: v.expect.urgency,
        });
        expect(await pageErrors(s)).toEqual([]);
      } finally {
        await s.close();
      }
    });

    it("an earlier version's saved copy is taken away and never shown", async () => {
      // The copy is there before the app loads, as an earlier version left it in the tab.
      const seed = `if (!sessionStorage.getItem('test:seeded')) {
        sessionStorage.setItem('test:seeded', '1');
        sessionStorage.setItem(${JSON.stringify(OLD_KEY)}, ${JSON.stringify(OLD_COPY)});
      }`;
      const s = await openApp(engine(), server(), viewport, { initScripts: [seed] });
      try {
        await waitForHeading(s, START_HEADING);
        expect(await s.run(() => document.querySelectorAll('[data-level]').length)).toBe(0);
        expect(await inputs(s)).toBe(0);
        expect(await s.run((k: string) => sessionStorage.getItem(k), OLD_KEY)).toBeNull();
        expect(await pageErrors(s)).toEqual([]);
      } finally {
        await s.close();
      }
    });

    it('"Leave this site" replaces the page, and Back skips the wizard\'s screens', async () => {
      const s = await openApp(engine(), server(), viewport, { noGoto: true });
      try {
        // The page the person was on before the wizard.
        const before = `${server().origin}/embed.js`;
        await s.goto(before);
        await s.goto(appUrl(server().origin));
        await waitForApp(s);
        await submit(s);
        await answerScreens(s, mild.answers, 4);
        await expectOnlyOwnOrigin(s, server(), expect);
        await s.clickOn(
          () =>
            [...document.querySelectorAll('header button')].find((b) =>
              b.textContent?.startsWith('Leave this site'),
            ) ?? null,
        );
        // The neutral page is on the internet, which this machine may not reach: the browser
        // going there (or to its error page for it) is what is tested.
        const deadline = Date.now() + 10_000;
        let url = await s.url();
        while (!(await wentTo(s, url, NEUTRAL_PAGE)) && Date.now() < deadline) {
          await new Promise((r) => setTimeout(r, 100));
          url = await s.url();
        }
        expect(await wentTo(s, url, NEUTRAL_PAGE), url).toBe(true);
        // Back: the page before the wizard, not one of its screens. The history's own Back, from
        // the page: WebKitWebDriver's Back command never returns from WebKit's error page for the
        // (unreachable here) neutral page.
        await s.run(() => history.back());
        const back = Date.now() + 10_000;
        while ((await s.url()) !== before && Date.now() < back)
          await new Promise((r) => setTimeout(r, 100));
        expect(await s.url()).toBe(before);
      } finally {
        await s.close();
      }
    });

    it('a page brought back from the back-forward cache forgets everything', async () => {
      const s = await openApp(engine(), server(), viewport);
      try {
        await s.run(() => {
          (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
        });
        await submit(s);
        await answerScreens(s, mild.answers, 3);
        expect(await heading(s)).not.toBe(START_HEADING);
        await s.goto(`${server().origin}/embed.js`);
        await s.back();
        await waitForHeading(s, START_HEADING);
        // The same document came back (a fresh load starts empty anyway).
        expect(
          await s.run(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument),
        ).toBe(true);
        expect(await inputs(s)).toBe(0);
        await submit(s);
        expect(await s.run(() => document.querySelectorAll('main input:checked').length)).toBe(0);
        expect(await pageErrors(s)).toEqual([]);
      } finally {
        await s.close();
      }
    });
  });

  it("the browser's Back and Forward move between question screens with the answers kept", async () => {
    const s = await openApp(engine(), server(), PHONE);
    try {
      await submit(s);
      await answerScreen(s, mild.answers);
      const respondent = await heading(s);
      await submit(s);
      await answerScreen(s, mild.answers);
      const age = await heading(s);
      await submit(s);
      const danger = await heading(s);
      // The app writes a screen's history entry just after it paints (useBrowserHistory): a
      // person's Back comes later than that; the test's could come first.
      await afterPaint(s);

      await s.back();
      await waitForHeading(s, age);
      expect(await checkedValues(s, 'about.age')).toEqual(['18-64']);
      await s.back();
      await waitForHeading(s, respondent);
      expect(await checkedValues(s, 'respondent')).toEqual(['self']);

      await s.forward();
      await waitForHeading(s, age);
      expect(await checkedValues(s, 'about.age')).toEqual(['18-64']);
      await s.forward();
      await waitForHeading(s, danger);

      // Changing an answer after going back, then Continue, carries the change.
      await s.back();
      await waitForHeading(s, age);
      await choose(s, 'about.age', '65-plus');
      await submit(s);
      await waitForHeading(s, danger);
      await afterPaint(s);
      await s.back();
      await waitForHeading(s, age);
      expect(await checkedValues(s, 'about.age')).toEqual(['65-plus']);
      expect(await pageErrors(s)).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('the tab title is one neutral title on every screen after the start, the crisis screen included', async () => {
    // A walk through the ASQ's positive branch, so "suicide.now" is asked too; then the crisis.
    const answers = vignette('past-week-suicidal-thoughts-moderate').answers;
    const s = await openApp(engine(), server(), PHONE);
    const titles: string[] = [];
    const title = () => s.run(() => document.title);
    const record = async () => {
      await afterPaint(s);
      titles.push(await title());
    };
    try {
      // The start screen keeps its own title once idle: the first question, drawn off the page
      // meanwhile to warm its code (src/app/rehearse-off-page.ts), leaves no title or heading.
      await afterPaint(s);
      await afterPaint(s);
      expect(await title()).toBe(`${en.start.heading} – ${en.app.title}`);
      expect(await s.run(() => document.querySelectorAll('#step-heading').length)).toBe(1);
      await submit(s);
      await completeWith(s, answers, record);
      await outcome(s);
      await record();
      await clickButton(s, en.common.startOver);
      await waitForHeading(s, START_HEADING);
      await submit(s);
      await completeWith(s, answersWith(answers, { 'safety.emergencyNow': 'yes' }));
      expect((await outcome(s)).level).toBe('emergency');
      await record();
      expect(titles.length).toBeGreaterThan(19);
      expect(new Set(titles)).toEqual(new Set([en.app.title]));
    } finally {
      await s.close();
    }
  });
});

/**
 * The clipboard after "Copy the code", read back by a paste (the engine's own Ctrl+V): Start
 * over and "Leave this site" take the code off it. That Start over leaves alone a clipboard this
 * page did not fill, and a refused copy, are the unit tests' (tests/unit/app/clipboard.test.tsx).
 */
forEngines((engine, name) => {
  const server = useAppServer();

  /** A result, and its code copied; the code, or null where the engine refused the copy. */
  async function copiedCode(s: EngineSession): Promise<string> {
    await submit(s);
    await completeWith(s, mild.answers);
    await outcome(s);
    await clickButton(s, en.handoff.copy);
    const code = await s.run(
      () => document.querySelector('[data-handoff-code]')?.textContent?.trim() ?? '',
    );
    expect(code.length).toBeGreaterThan(8);
    expect(await pasteBack(s), `${name} put the code on the clipboard`).toBe(code);
    return code;
  }

  it('Start over takes the copied code off the clipboard', async () => {
    const s = await openApp(engine(), server(), PHONE);
    try {
      await copiedCode(s);
      await clickButton(s, en.common.startOver);
      await waitForHeading(s, START_HEADING);
      expect(await pasteBack(s)).toBe('');
    } finally {
      await s.close();
    }
  });

  it('"Leave this site" takes the copied code off the clipboard', async () => {
    const s = await openApp(engine(), server(), PHONE);
    try {
      await copiedCode(s);
      await s.clickOn(
        () =>
          [...document.querySelectorAll('header button')].find((b) =>
            b.textContent?.startsWith('Leave this site'),
          ) ?? null,
      );
      // Off the wizard's page (where to is the Leave test's above: WebKit, here, reports
      // about:blank for the unreachable neutral page after a copy).
      const origin = server().origin;
      const deadline = Date.now() + 10_000;
      while ((await s.url()).startsWith(origin) && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 100));
      expect(await s.url()).not.toMatch(new RegExp(`^${origin}`));
      // Read back on a page of the wizard's origin (the clipboard is the device's).
      await s.goto(appUrl(server().origin));
      await waitForApp(s);
      expect(await pasteBack(s)).toBe('');
    } finally {
      await s.close();
    }
  });
});

/**
 * A real profile on disk, as a person's browser has (session storage, history, session restore
 * files), closed at the end so that everything is written out: no answer and no screen's title in
 * any of its files after a walk to the crisis screen and a result.
 */
forEngines((_engine, name) => {
  const server = useAppServer();

  /** Every file under `dir`, read as bytes. */
  function filesUnder(dir: string): { path: string; bytes: Buffer }[] {
    return readdirSync(dir, { recursive: true, encoding: 'utf8' }).flatMap((name) => {
      const path = join(dir, name);
      try {
        return statSync(path).isFile() ? [{ path, bytes: readFileSync(path) }] : [];
      } catch {
        return []; // removed while listed
      }
    });
  }

  itExcept(name, {
    firefox:
      "Firefox's session store (sessionstore-backups/*.jsonlz4) is compressed: a byte search for an answer would pass whatever it held",
    webkit:
      'MiniBrowser under WebDriver (--automation) runs on an ephemeral data store: nothing of the page is written to disk',
  })(
    "the profile's files hold no answer and no screen title after a walk to the crisis screen and a result",
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'loc-profile-'));
      try {
        const browser = await launchChromium({ userDataDir: dir });
        try {
          const page = (await browser.pages())[0] ?? (await browser.newPage());
          await page.setViewport(PHONE);
          const s = surfaceOf(page);
          await page.goto(appUrl(server().origin));
          await waitForApp(s);
          await submit(s);
          await completeWith(s, answersWith(mild.answers, { 'safety.emergencyNow': 'yes' }));
          expect(await s.run(() => !!document.querySelector('[data-level="emergency"]'))).toBe(
            true,
          );
          await page.goto(appUrl(server().origin));
          await waitForApp(s);
          await submit(s);
          await completeWith(s, mild.answers);
          expect((await outcome(s)).level).toBe(mild.expect.level);
        } finally {
          await browser.close();
        }

        // What the wizard would write if it kept anything: its key, question ids, the crisis
        // screen's heading and a question's heading as a title. In UTF-8 (history, session
        // files) and UTF-16 (Chromium stores Web Storage strings that way).
        const needles = [OLD_KEY, 'emergencyNow', '"respondent"', en.crisis.heading, 'Question 5'];
        // The HTTP and code caches hold the app's own files as served, which name every
        // question and word: they say nothing about this person.
        const files = filesUnder(dir).filter(({ path }) => !/[/\\](Code )?Cache[/\\]/.test(path));
        expect(files.length).toBeGreaterThan(20); // the profile was really written
        const found = files.flatMap(({ path, bytes }) =>
          needles
            .filter(
              (n) =>
                bytes.includes(Buffer.from(n, 'utf8')) || bytes.includes(Buffer.from(n, 'utf16le')),
            )
            .map((n) => `${n} in ${path.slice(dir.length)}`),
        );
        expect(found).toEqual([]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
