/**
 * The result's call card in Chromium (issue 19), on the example build (dist-example/, which has
 * admissions hours and a text line) with the page's clock fixed: open and closed
 * (`[data-admissions]`), the next opening in the center's time zone, named, 988 and the SAMHSA
 * Helpline while closed, the center's number whatever the hours, "Prefer to text?" (the code
 * only), "Remind me to call" (a .ics saved from the device, holding no answer, level or code),
 * axe and 44 px targets at 390 and 1280 px in English and Spanish, and nothing sent anywhere.
 * The default build (no hours) says nothing about hours and shows no text link.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, PHONE } from './browser';
import { axeViolations, drawn, smallTargets } from './a11y-checks';
import {
  EXAMPLE_DIST,
  headingText,
  openAt,
  outcome,
  startSuite,
  vignette,
  waitForNewStep,
  type Suite,
} from './harness';
import { centerConfig as example } from '../../examples/centers/full';
import { en } from '../../src/i18n/en';
import { es } from '../../src/i18n/es';

let exampleSuite: Suite;
let defaultSuite: Suite;
beforeAll(async () => {
  exampleSuite = await startSuite({ dist: EXAMPLE_DIST });
  defaultSuite = await startSuite();
});
afterAll(async () => {
  await exampleSuite?.close();
  await defaultSuite?.close();
});

/** Monday 7 December 2026, 10:00 in Los Angeles: open. */
const OPEN_AT = new Date('2026-12-07T18:00:00Z');
/** Monday 7 December 2026, 21:00 in Los Angeles: closed until Tuesday 08:00. */
const CLOSED_AT = new Date('2026-12-08T05:00:00Z');
const CARD = 'section:has(#urgency-title)';
const ANSWERS = vignette('moderate-stable-worker').answers;

/** The result on `suite`'s build, its clock fixed at `now`, reached through the review. */
async function resultAt(
  suite: Suite,
  now: Date,
  { lang = 'en', viewport = PHONE }: { lang?: 'en' | 'es'; viewport?: typeof PHONE } = {},
) {
  const session = await openAt(suite, ANSWERS, 'review', {
    viewport,
    query: lang === 'es' ? 'lang=es' : '',
  });
  await session.page.clock.setFixedTime(now);
  const before = await headingText(session.page);
  await session.page.click('main form button[type="submit"]');
  await waitForNewStep(session.page, before);
  await outcome(session.page);
  await drawn(session.page);
  return session;
}

const squash = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

describe.each([
  ['390', PHONE],
  ['1280', DESKTOP],
] as const)('%s px', (size, viewport) => {
  describe.each(['en', 'es'] as const)('%s', (lang) => {
    const t = lang === 'en' ? en : es;
    it.each([
      ['open', OPEN_AT],
      ['closed', CLOSED_AT],
    ] as const)('%s: the card, axe and targets, the reminder opened', async (state, now) => {
      const session = await resultAt(exampleSuite, now, { lang, viewport });
      try {
        const { page } = session;
        const card = page.locator(CARD);
        expect(await card.getAttribute('data-admissions')).toBe(state);
        const words = squash(await card.locator('[data-admissions-words]').textContent());
        if (state === 'open') {
          expect(words).toBe(t.call.openNow.you);
          expect(await card.locator('[data-meanwhile]').count()).toBe(0);
        } else {
          expect(words).toBe(
            lang === 'en'
              ? 'Admissions is closed now. It opens Tuesday, December 8 at 8:00 AM (Pacific Time).'
              : 'La oficina de admisiones está cerrada ahora. Vuelve a abrir el martes, 8 de diciembre, 8:00 (hora del Pacífico).',
          );
          expect(squash(await card.locator('[data-meanwhile]').textContent())).toBe(
            t.call.meanwhile.you,
          );
          const hrefs = await card
            .locator('a')
            .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
          expect(hrefs).toEqual(expect.arrayContaining(['tel:988', 'sms:988', 'tel:+18006624357']));
        }
        // The center's number, whatever the hours (HAZ-28).
        expect(await card.locator(`a[href="tel:${example.phone}"]`).count()).toBe(1);
        // The reminder's form, opened, is checked too.
        await card.locator('[data-reminder] summary').click();
        await card.getByLabel(t.call.reminder.date).waitFor();
        expect.soft(await axeViolations(page), `axe, ${state}, ${lang}, ${size}`).toEqual([]);
        expect.soft(await smallTargets(page), `targets, ${state}, ${lang}, ${size}`).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
          viewport.width,
        );
        expect(session.foreign).toEqual([]);
        expect(session.errors).toEqual([]);
      } finally {
        await session.close();
      }
    });
  });
});

describe('Prefer to text?', () => {
  it('an sms: link to the text line whose body is only the code the result shows', async () => {
    const session = await resultAt(exampleSuite, OPEN_AT);
    try {
      const { page } = session;
      const code = squash(await page.locator('[data-handoff-code]').textContent());
      const href = await page.locator(`${CARD} [data-text-link] a`).getAttribute('href');
      expect(href).toBe(`sms:${example.textNumber}?body=${encodeURIComponent(`My code: ${code}`)}`);
    } finally {
      await session.close();
    }
  });
});

describe('Remind me to call', () => {
  it('saves a .ics at the next opening, from the device: no request, no answer, level or code', async () => {
    const session = await resultAt(exampleSuite, CLOSED_AT);
    try {
      const { page } = session;
      const code = squash(await page.locator('[data-handoff-code]').textContent());
      const level = await page.locator('[data-level]').getAttribute('data-level');
      const levelName = squash(await page.locator('.result__level').textContent());
      await page.locator(`${CARD} [data-reminder] summary`).click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: en.call.reminder.save }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('call-reminder.ics');
      expect(download.url()).toMatch(/^blob:/);
      const ics = readFileSync(await download.path(), 'utf8');
      const lines = ics.replace(/\r\n /g, '').split('\r\n');
      expect(lines).toContain(`SUMMARY:Call ${example.name}`);
      expect(lines).toContain(`DESCRIPTION:Call ${example.name} at (714) 555-0123.`);
      // Tuesday 8 December, 08:00 in Los Angeles.
      expect(lines).toContain('DTSTART:20261208T160000Z');
      expect(ics).not.toContain(code);
      expect(ics.toLowerCase()).not.toContain(level);
      expect(ics).not.toContain(levelName);
      await page.locator(CARD).getByText(en.call.reminder.saved).waitFor();
      expect(session.foreign).toEqual([]);
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });
});

describe('the default build (no hours, no text line)', () => {
  it('says nothing about hours and shows no text link; the reminder is there', async () => {
    const session = await resultAt(defaultSuite, CLOSED_AT);
    try {
      const card = session.page.locator(CARD);
      expect(await card.getAttribute('data-admissions')).toBeNull();
      expect(await card.locator('[data-admissions-words], [data-text-link]').count()).toBe(0);
      expect(await card.locator('[data-reminder]').count()).toBe(1);
    } finally {
      await session.close();
    }
  });
});

describe('staff mode', () => {
  it('the hours in the staff voice; no text link, no reminder, no link at all in the card', async () => {
    const session = await openAt(exampleSuite, ANSWERS, 'review', { query: 'mode=staff' });
    try {
      const { page } = session;
      await page.clock.setFixedTime(CLOSED_AT);
      const before = await headingText(page);
      await page.click('main form button[type="submit"]');
      await waitForNewStep(page, before);
      await outcome(page);
      await drawn(page);
      const card = page.locator(CARD);
      expect(await card.getAttribute('data-admissions')).toBe('closed');
      expect(squash(await card.textContent())).toContain(
        en.call.meanwhile.staff.replace('{phone}', '1-800-662-4357'),
      );
      expect(await card.locator('a, [data-reminder], [data-text-link]').count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
