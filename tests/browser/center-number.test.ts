/**
 * Contract v1.3 (HAZ-21): no link can put another number under the center's name. On every kind
 * of screen (start, question, crisis, result; self and staff mode), every tel: and sms: link is
 * the center's own number or a crisis line: a foreign `phone` shows the center's number, a
 * listed tracking number shows that number, and `center=…` leaves the configured name; each
 * ignored parameter warns once. Run against the fuller example (dist-example/), which lists a
 * tracking number. How every value is parsed and warned about is
 * tests/unit/config/params.test.ts's; here, two of its cases on the screens themselves.
 */
import { describe, expect, it } from 'vitest';
import { PHONE, type EngineSession, type Surface } from './driver';
import {
  consoleLines,
  expectOnlyOwnOrigin,
  openApp,
  useAppServer,
  type AppServer,
  forEngines,
} from './harness';
import { answersWith, EXAMPLE_DIST, vignette } from './fixtures';
import { answerScreen, completeWith, outcome, submit } from './walk';
import { errorsOf } from './recorders';
import { CRISIS_LINKS, drawn, textOf } from './results';

const NAME = 'Harbor Recovery Example';
const OWN = '+17145550123';
const TRACKING = '+17145550188';
const FOREIGN = '+13105550199';
const SPOOF_NAME = 'Trust SoCal Admissions';
/** The center's own text line (the config's `textNumber`): on a self-mode result, the code only. */
const TEXT_LINE = /^sms:\+17145550124\?body=My%20code%3A%20[0-9A-Z-]+$/;

interface NumberCase {
  readonly what: string;
  readonly query: string;
  /** The number every center link must dial. */
  readonly shown: string;
  /** The parameters whose one warning each must appear. */
  readonly warns: readonly string[];
}

const CASES: readonly NumberCase[] = [
  {
    what: "the issue's link: a foreign phone under another name",
    query: `phone=${encodeURIComponent(FOREIGN)}&center=${encodeURIComponent(SPOOF_NAME)}`,
    shown: OWN,
    warns: ['phone', 'center'],
  },
  {
    what: 'a listed tracking number',
    query: `phone=${encodeURIComponent(TRACKING)}`,
    shown: TRACKING,
    warns: [],
  },
];

/** Every tel: and sms: link that is not a crisis line nor the text line: the center's. */
async function centerLinks(s: Surface): Promise<string[]> {
  const links = await s.run(() =>
    [...document.querySelectorAll('a[href^="tel:"], a[href^="sms:"]')].map(
      (a) => a.getAttribute('href') ?? '',
    ),
  );
  return links.filter((href) => !CRISIS_LINKS.includes(href) && !TEXT_LINE.test(href));
}

async function expectOwnNumber(s: Surface, c: NumberCase, where: string): Promise<void> {
  const center = await centerLinks(s);
  expect(center.length, `center links on ${where}`).toBeGreaterThan(0);
  expect(center, `center links on ${where}`).toEqual(center.map(() => `tel:${c.shown}`));
  const html = await s.run(() => document.documentElement.outerHTML);
  if (c.shown !== FOREIGN) expect(html, where).not.toContain(FOREIGN.slice(2));
  expect(html, where).not.toContain(SPOOF_NAME);
  expect(await textOf(s, '.help-strip'), where).toContain(`Call ${NAME}`);
}

async function expectWarnings(s: EngineSession, server: AppServer, c: NumberCase): Promise<void> {
  const warned = (await consoleLines(s)).filter((l) => l.startsWith('warn: '));
  expect(warned).toHaveLength(c.warns.length);
  for (const name of c.warns) expect(warned.some((w) => w.includes(`"${name}"`))).toBe(true);
  expect(await errorsOf(s)).toEqual([]);
  await expectOnlyOwnOrigin(s, server, expect);
}

const crisisAnswers = answersWith(vignette('moderate-stable-worker').answers, {
  'safety.emergencyNow': 'yes',
});

forEngines((engine) => {
  const server = useAppServer({ dist: EXAMPLE_DIST });
  const open = (query: string) => openApp(engine(), server(), PHONE, { query });

  describe.each(CASES)('with $what', (c) => {
    it('self mode: start, question, crisis', async () => {
      const s = await open(c.query);
      try {
        await expectOwnNumber(s, c, 'start');
        await submit(s);
        await expectOwnNumber(s, c, 'question');
        for (let i = 0; i < 3; i++) {
          await answerScreen(s, crisisAnswers);
          await submit(s);
        }
        expect((await outcome(s)).level).toBe('emergency');
        await expectOwnNumber(s, c, 'crisis');
        await expectWarnings(s, server(), c);
      } finally {
        await s.close();
      }
    });

    it('staff mode: start, question, result', async () => {
      const s = await open(`mode=staff&${c.query}`);
      try {
        await expectOwnNumber(s, c, 'staff start');
        await submit(s);
        await expectOwnNumber(s, c, 'staff question');
        await completeWith(s, vignette('daily-opioids-ambulatory').answers);
        await drawn(s);
        await expectOwnNumber(s, c, 'staff result');
        await expectWarnings(s, server(), c);
      } finally {
        await s.close();
      }
    });
  });

  it('self mode, a result: every center link is the listed tracking number', async () => {
    const c = CASES[1]!;
    const s = await open(c.query);
    try {
      await submit(s);
      await completeWith(s, vignette('daily-opioids-ambulatory').answers);
      await drawn(s);
      await expectOwnNumber(s, c, 'result');
      await expectWarnings(s, server(), c);
    } finally {
      await s.close();
    }
  });
});
