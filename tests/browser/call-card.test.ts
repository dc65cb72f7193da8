/**
 * The result's call card (issue 19, HAZ-28), on the example build (dist-example/, which has
 * admissions hours and a text line) with the page's clock fixed: open and closed
 * (`[data-admissions]`), the next opening in the center's time zone, named (each engine's Intl),
 * 988 and the SAMHSA Helpline while closed, the center's number whatever the hours, "Prefer to
 * text?" (the code only), "Remind me to call" (a .ics offered from the device, holding no answer,
 * level or code), axe and 44 px targets at 390 and 1280 px in English and Spanish, and nothing
 * sent anywhere. The default build (no hours) says nothing about hours and shows no text link.
 * The words for every hour and zone are the unit tests' (admissions-hours, CallCard).
 */
import { describe, expect, it } from 'vitest';
import { centerConfig as example } from '../../examples/centers/full';
import { en } from '../../src/i18n/en';
import { es } from '../../src/i18n/es';
import { click, SIZES, waitUntil } from './driver';
import { axeViolations } from './a11y';
import { smallTargets } from './targets';
import { expectOnlyOwnOrigin, pageErrors, useAppServer, forEngines } from './harness';
import { EXAMPLE_DIST, vignette } from './fixtures';
import { downloads, fixedClock, RECORD_DOWNLOADS } from './recorders';
import { attrOf, countOf, openResult, pageWidth, textOf } from './results';

/** Monday 7 December 2026, 10:00 in Los Angeles: open. */
const OPEN_AT = '2026-12-07T18:00:00Z';
/** Monday 7 December 2026, 21:00 in Los Angeles: closed until Tuesday 08:00. */
const CLOSED_AT = '2026-12-08T05:00:00Z';
const CARD = 'section:has(#urgency-title)';
const ANSWERS = vignette('moderate-stable-worker').answers;

const hrefs = (s: Parameters<typeof textOf>[0], selector: string) =>
  s.run(
    (sel: string) => [...document.querySelectorAll(sel)].map((a) => a.getAttribute('href')),
    selector,
  );

forEngines((engine) => {
  const exampleBuild = useAppServer({ dist: EXAMPLE_DIST });
  const plain = useAppServer();

  describe.each(SIZES)('%s', (size, viewport) => {
    describe.each(['en', 'es'] as const)('%s', (lang) => {
      const t = lang === 'en' ? en : es;
      it.each([
        ['open', OPEN_AT],
        ['closed', CLOSED_AT],
      ] as const)('%s: the card, axe and targets, the reminder opened', async (state, now) => {
        const s = await openResult(engine(), exampleBuild(), ANSWERS, {
          lang,
          viewport,
          initScripts: [fixedClock(now)],
        });
        try {
          expect(await attrOf(s, CARD, 'data-admissions')).toBe(state);
          const words = await textOf(s, `${CARD} [data-admissions-words]`);
          if (state === 'open') {
            expect(words).toBe(t.call.openNow.you);
            expect(await countOf(s, `${CARD} [data-meanwhile]`)).toBe(0);
          } else {
            expect(words).toBe(
              lang === 'en'
                ? 'Admissions is closed now. It opens Tuesday, December 8 at 8:00 AM (Pacific Time).'
                : 'La oficina de admisiones está cerrada ahora. Vuelve a abrir el martes, 8 de diciembre, 8:00 (hora del Pacífico).',
            );
            expect(await textOf(s, `${CARD} [data-meanwhile]`)).toBe(t.call.meanwhile.you);
            expect(await hrefs(s, `${CARD} a`)).toEqual(
              expect.arrayContaining(['tel:988', 'sms:988', 'tel:+18006624357']),
            );
          }
          // The center's number, whatever the hours (HAZ-28).
          expect(await countOf(s, `${CARD} a[href="tel:${example.phone}"]`)).toBe(1);
          // The reminder's form, opened, is checked too.
          await click(s, `${CARD} [data-reminder] summary`);
          await waitUntil(s, 'the reminder form', (sel: string) => !!document.querySelector(sel), [
            `${CARD} [data-reminder][open] input`,
          ]);
          expect.soft(await axeViolations(s), `axe, ${state}, ${lang}, ${size}`).toEqual([]);
          expect.soft(await smallTargets(s), `targets, ${state}, ${lang}, ${size}`).toEqual([]);
          expect(await pageWidth(s)).toBeLessThanOrEqual(viewport.width);
          await expectOnlyOwnOrigin(s, exampleBuild(), expect);
          expect(await pageErrors(s)).toEqual([]);
        } finally {
          await s.close();
        }
      });
    });
  });

  it('Prefer to text? An sms: link to the text line whose body is only the code shown', async () => {
    const s = await openResult(engine(), exampleBuild(), ANSWERS, {
      initScripts: [fixedClock(OPEN_AT)],
    });
    try {
      const code = await textOf(s, '[data-handoff-code]');
      expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{1,4})+$/);
      expect(await attrOf(s, `${CARD} [data-text-link] a`, 'href')).toBe(
        `sms:${example.textNumber}?body=${encodeURIComponent(`My code: ${code}`)}`,
      );
    } finally {
      await s.close();
    }
  });

  it('Remind me to call: a .ics at the next opening, from the device, with no answer, level or code', async () => {
    const s = await openResult(engine(), exampleBuild(), ANSWERS, {
      initScripts: [fixedClock(CLOSED_AT), RECORD_DOWNLOADS],
    });
    try {
      const code = await textOf(s, '[data-handoff-code]');
      const level = (await attrOf(s, '[data-level]', 'data-level'))!;
      const levelName = await textOf(s, '.result__level');
      await click(s, `${CARD} [data-reminder] summary`);
      await s.clickOn(
        (label: string) =>
          [...document.querySelectorAll('[data-reminder] button')].find(
            (b) => b.textContent?.trim() === label,
          ) ?? null,
        en.call.reminder.save,
      );
      const [file] = await waitUntil(
        s,
        'the file',
        () => {
          const all = (
            window as unknown as {
              __downloads: { name: string; url: string; text: string | null }[];
            }
          ).__downloads;
          return all.length > 0 && all.every((d) => d.text !== null) ? all : null;
        },
        [],
      );
      expect((await downloads(s)).length).toBe(1);
      expect(file!.name).toBe('call-reminder.ics');
      expect(file!.url).toMatch(/^blob:/);
      const ics = file!.text!;
      const lines = ics.replace(/\r\n /g, '').split('\r\n');
      expect(lines).toContain(`SUMMARY:Call ${example.name}`);
      expect(lines).toContain(`DESCRIPTION:Call ${example.name} at (714) 555-0123.`);
      // Tuesday 8 December, 08:00 in Los Angeles.
      expect(lines).toContain('DTSTART:20261208T160000Z');
      expect(ics).not.toContain(code);
      expect(ics.toLowerCase()).not.toContain(level);
      expect(ics).not.toContain(levelName);
      await waitUntil(
        s,
        '"saved"',
        (sel: string, saved: string) => !!document.querySelector(sel)?.textContent?.includes(saved),
        [CARD, en.call.reminder.saved],
      );
      await expectOnlyOwnOrigin(s, exampleBuild(), expect);
      expect(await pageErrors(s)).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('the default build says nothing about hours and shows no text link; the reminder is there', async () => {
    const s = await openResult(engine(), plain(), ANSWERS, {
      initScripts: [fixedClock(CLOSED_AT)],
    });
    try {
      expect(await attrOf(s, CARD, 'data-admissions')).toBeNull();
      expect(await countOf(s, `${CARD} [data-admissions-words], ${CARD} [data-text-link]`)).toBe(0);
      expect(await countOf(s, `${CARD} [data-reminder]`)).toBe(1);
    } finally {
      await s.close();
    }
  });

  it('staff mode: the hours in the staff voice; no text link, no reminder, no link in the card', async () => {
    const s = await openResult(engine(), exampleBuild(), ANSWERS, {
      query: 'mode=staff',
      initScripts: [fixedClock(CLOSED_AT)],
    });
    try {
      expect(await attrOf(s, CARD, 'data-admissions')).toBe('closed');
      expect(await textOf(s, CARD)).toContain(
        en.call.meanwhile.staff.replace('{phone}', '1-800-662-4357'),
      );
      expect(await countOf(s, `${CARD} a, ${CARD} [data-reminder], ${CARD} [data-text-link]`)).toBe(
        0,
      );
      expect(await axeViolations(s)).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
