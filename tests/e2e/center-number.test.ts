/**
 * Contract v1.3 (HAZ-21): no link can put another number under the center's name. On every
 * screen (start, question, crisis, result; self and staff mode), every tel: and sms: link is the
 * center's own number or a crisis line: a foreign `phone` shows the center's number, a listed
 * tracking number shows that number, and `center=…` leaves the configured name. Run against the
 * fuller example (dist-example/, examples/centers/full.ts), which lists a tracking number.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { answerScreen, completeWith, submit } from './drive';
import {
  answersWith,
  begin,
  EXAMPLE_DIST,
  openSession,
  startSuite,
  vignette,
  type Session,
  type Suite,
} from './harness';

const NAME = 'Harbor Recovery Example';
const OWN = '+17145550123';
const TRACKING = '+17145550188';
const FOREIGN = '+13105550199';
const SPOOF_NAME = 'Trust SoCal Admissions';
/** The crisis lines and the SAMHSA helpline of a referral: never the center's number. */
const CRISIS = ['tel:911', 'tel:988', 'sms:988', 'tel:+18006624357'];
/**
 * The center's own text line (the config's `textNumber`, issue 19; no link can change it): on a
 * self-mode result, its body only the code.
 */
const TEXT_LINE = /^sms:\+17145550124\?body=My%20code%3A%20[0-9A-Z-]+$/;

let suite: Suite;
beforeAll(async () => {
  suite = await startSuite({ dist: EXAMPLE_DIST });
});
afterAll(async () => {
  await suite?.close();
});

export interface NumberCase {
  readonly what: string;
  readonly query: string;
  /** The number every center link must dial. */
  readonly shown: string;
  /** The parameters whose one warning each must appear. */
  readonly warns: readonly string[];
}

const CASES: readonly NumberCase[] = [
  {
    what: "a phone that is not the center's",
    query: `phone=${encodeURIComponent(FOREIGN)}`,
    shown: OWN,
    warns: ['phone'],
  },
  {
    what: 'a listed tracking number',
    query: `phone=${encodeURIComponent(TRACKING)}`,
    shown: TRACKING,
    warns: [],
  },
  {
    what: 'center=… (removed)',
    query: `center=${encodeURIComponent(SPOOF_NAME)}`,
    shown: OWN,
    warns: ['center'],
  },
  {
    what: "the issue's link: a foreign phone under another name",
    query: `phone=${encodeURIComponent(FOREIGN)}&center=${encodeURIComponent(SPOOF_NAME)}`,
    shown: OWN,
    warns: ['phone', 'center'],
  },
];

/** Every tel: and sms: link on the page, header and help strip included. */
const callLinks = (page: Page): Promise<string[]> =>
  page.$$eval('a[href^="tel:"], a[href^="sms:"]', (links) =>
    links.map((a) => a.getAttribute('href') ?? ''),
  );

async function expectOwnNumber(page: Page, c: NumberCase, where: string): Promise<void> {
  const links = await callLinks(page);
  const center = links.filter((href) => !CRISIS.includes(href) && !TEXT_LINE.test(href));
  expect(center.length, `center links on ${where}`).toBeGreaterThan(0);
  expect(center, `center links on ${where}`).toEqual(center.map(() => `tel:${c.shown}`));
  const html = await page.content();
  if (c.shown !== FOREIGN) expect(html, where).not.toContain(FOREIGN.slice(2));
  expect(html, where).not.toContain(SPOOF_NAME);
  expect(await page.locator('.help-strip').textContent(), where).toContain(`Call ${NAME}`);
}

function expectWarnings(session: Session, c: NumberCase): void {
  const warned = session.console.filter((l) => l.startsWith('warning: '));
  expect(warned).toHaveLength(c.warns.length);
  for (const name of c.warns) expect(warned.some((w) => w.includes(`"${name}"`))).toBe(true);
  expect(session.errors).toEqual([]);
  expect(session.foreign).toEqual([]);
}

const crisisAnswers = answersWith(vignette('moderate-stable-worker').answers, {
  'safety.emergencyNow': 'yes',
});

describe.each(CASES)('with $what', (c) => {
  it('self mode: start, question, crisis', async () => {
    const session = await openSession(suite, { query: c.query });
    const { page } = session;
    try {
      await expectOwnNumber(page, c, 'start');
      await begin(page);
      await expectOwnNumber(page, c, 'question');
      for (let i = 0; i < 3; i++) {
        await answerScreen(page, crisisAnswers);
        await submit(page);
      }
      await page.locator('[data-level="emergency"]').waitFor();
      await expectOwnNumber(page, c, 'crisis');
      expectWarnings(session, c);
    } finally {
      await session.close();
    }
  });

  it('self mode: result', async () => {
    const session = await openSession(suite, { query: c.query });
    const { page } = session;
    try {
      await begin(page);
      await completeWith(page, vignette('daily-opioids-ambulatory').answers);
      await page.locator('.step__rest:not([aria-busy])').waitFor();
      await expectOwnNumber(page, c, 'result');
      expectWarnings(session, c);
    } finally {
      await session.close();
    }
  });

  it('staff mode: start, question, result', async () => {
    const session = await openSession(suite, { query: `mode=staff&${c.query}` });
    const { page } = session;
    try {
      await expectOwnNumber(page, c, 'staff start');
      await begin(page);
      await expectOwnNumber(page, c, 'staff question');
      await completeWith(page, vignette('daily-opioids-ambulatory').answers);
      await page.locator('.step__rest:not([aria-busy])').waitFor();
      await expectOwnNumber(page, c, 'staff result');
      expectWarnings(session, c);
    } finally {
      await session.close();
    }
  });
});
