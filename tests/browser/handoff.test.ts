/**
 * The handoff code end to end (issue #15, issue 19), in every engine: a person walks in self mode
 * and reads the code off the result; staff open ?mode=staff in a browser session of their own,
 * enter it, confirm the review and reach the same outcome. A mistyped code shows its error and
 * opens nothing; axe is clean on it. The result's code copies (pasted back with the engine's
 * Ctrl+V) and prints; its groups never split across lines at 320 and 390 px. Self mode's "Have
 * a code from before?" fetches its form only when opened; a code opens the review, then the
 * result, in a tab and in a partner's frame. The code is never in the title, the URL or storage.
 * That every public vignette's code decodes to its answers is tests/unit/engine/handoff-code.test.ts's,
 * and the staff form's handling of each code is tests/unit/staff/handoff.test.tsx's; here, a
 * few vignettes through the browsers.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { es } from '../../src/i18n/es';
import type { Dictionary } from '../../src/i18n/types';
import { encodeHandoffCode } from '../../src/questions/handoff-code';
import { click, DESKTOP, PHONE, waitUntil, type EngineSession, type Surface } from './driver';
import { axeViolations } from './a11y';
import { smallTargets } from './targets';
import { expectOnlyOwnOrigin, openApp, pageErrors, useAppServer, forEngines } from './harness';
import { DIST, vignette } from './fixtures';
import {
  afterPaint,
  completeWith,
  fill,
  HANDOFF_CODE as CODE,
  heading,
  outcome,
  STAFF_CODE_FIELD as STAFF_FIELD,
  storedText,
  submit,
  waitForApp,
  waitForHeading,
} from './walk';
import { events, usePartners, partnerPage, waitForEvents } from './partner';
import { asPrinted, visible } from './print';
import { pasteBack } from './recorders';
import { countOf, drawn, textOf } from './results';

const SHOTS = fileURLToPath(new URL('../../artifacts/screenshots/handoff', import.meta.url));
mkdirSync(SHOTS, { recursive: true });

const TOGGLE = '.code-toggle';
const FIELD = 'input[name="resultCode"]';
const OPEN = '.handoff-form input[type="submit"]';
const CODE_SHAPE = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{1,4}){2,3}$/;

/** The answers' code, made as the result makes it. */
const codeFor = (id: string) => encodeHandoffCode(vignette(id).answers);

/** Two different neighbours swapped, as a caller, a listener or a person copying might. */
function typoOf(code: string): string {
  const bare = code.replace(/-/g, '');
  const at = [...bare].findIndex((c, i) => i > 0 && c !== bare[i - 1]);
  return bare.slice(0, at - 1) + bare[at] + bare[at - 1] + bare.slice(at + 1);
}

/** Walks a vignette in self mode to its result and reads the code there ('' when none). */
async function codeOf(s: EngineSession, answers: Record<string, unknown>): Promise<string> {
  await submit(s);
  await completeWith(s, answers);
  await drawn(s);
  return textOf(s, CODE);
}

const focusedClass = (s: Surface) => s.run(() => document.activeElement?.className ?? '');

/** Opens "Have a code from before?" and waits for its form. */
async function openCodeForm(s: Surface): Promise<void> {
  await click(s, TOGGLE);
  await waitUntil(s, 'the code form', (f: string) => !!document.querySelector(f), [FIELD]);
}

/** Sends a wrong code: the summary takes focus and names the mistake; nothing opens. */
async function expectWrongCode(s: Surface, t: Dictionary, typo: string): Promise<void> {
  await fill(s, FIELD, typo);
  await click(s, OPEN);
  await waitUntil(
    s,
    'the error summary, focused',
    () => document.activeElement?.className === 'error-summary',
    [],
  );
  expect(await textOf(s, '.error-summary')).toContain(t.handoff.self.errors.mistake);
  expect(await textOf(s, '#result-code-error')).toContain(t.handoff.self.errors.mistake);
  expect(
    await s.run((f: string) => document.querySelector(f)!.getAttribute('aria-invalid'), FIELD),
  ).toBe('true');
  expect(await heading(s)).toBe(t.start.heading);
  expect(
    await s.run((f: string) => document.querySelector<HTMLInputElement>(f)!.value, FIELD),
  ).toBe(typo);
}

forEngines((engine, name) => {
  const server = useAppServer();

  describe("a handoff code carries a person's answers to staff mode", () => {
    it.each(['moderate-stable-worker', 'homeless-moderate', 'overdose-now'])('%s', async (id) => {
      const v = vignette(id);
      const person = await openApp(engine(), server(), PHONE);
      try {
        const code = await codeOf(person, v.answers);
        if (v.expect.level === 'emergency') {
          // The crisis screen never shows a code.
          expect(code).toBe('');
          expect(await countOf(person, CODE)).toBe(0);
          return;
        }
        expect(code).toMatch(CODE_SHAPE);
        // Never in the title, the URL or storage (which holds nothing at all).
        await afterPaint(person);
        expect(await person.run(() => document.title)).not.toContain(code);
        expect(await person.url()).not.toContain(code.slice(0, 4));
        expect(await storedText(person)).toBe('[{},{}]');
        await expectOnlyOwnOrigin(person, server(), expect);
        expect(await pageErrors(person)).toEqual([]);
      } finally {
        await person.close();
      }
      if (v.expect.level === 'emergency') return;
      const staff = await openApp(engine(), server(), DESKTOP, { query: 'mode=staff' });
      try {
        await fill(staff, STAFF_FIELD, codeFor(id).toLowerCase());
        await staff.press('Enter');
        await waitForHeading(staff, en.staff.review.heading);
        await submit(staff);
        expect(await outcome(staff)).toEqual({
          level: v.expect.level,
          asam: v.expect.asamLevel,
          urgency: v.expect.urgency,
        });
        expect(await countOf(staff, CODE)).toBe(0); // staff's result has none
        await expectOnlyOwnOrigin(staff, server(), expect);
        expect(await pageErrors(staff)).toEqual([]);
      } finally {
        await staff.close();
      }
    });
  });

  it.each([
    ['390x844', PHONE],
    ['1280x800', DESKTOP],
  ] as const)(
    '%s: a mistyped code on the staff start shows the error, opens nothing, and passes axe',
    async (size, viewport) => {
      const typo = typoOf(codeFor('mild-weekend-drinker'));
      const s = await openApp(engine(), server(), viewport, { query: 'mode=staff' });
      try {
        expect(await axeViolations(s), 'axe on the staff start').toEqual([]);
        expect(await smallTargets(s)).toEqual([]);
        const panel = await textOf(s, '.staff-panel');
        await fill(s, STAFF_FIELD, typo);
        await click(s, OPEN);
        await waitUntil(
          s,
          'the summary, focused',
          () => document.activeElement?.className === 'error-summary',
          [],
        );
        expect(await textOf(s, '.error-summary')).toContain(en.handoff.errors.mistake);
        expect(await textOf(s, '#handoff-code-error')).toContain(en.handoff.errors.mistake);
        expect(await heading(s)).toBe(en.start.heading);
        expect(await countOf(s, '.summary-list')).toBe(0);
        // No answers reached the live ratings either.
        expect(await textOf(s, '.staff-panel')).toBe(panel);
        await afterPaint(s);
        expect(await s.run(() => document.title)).toMatch(/^Error: /);
        expect(await axeViolations(s), 'axe with the error').toEqual([]);
        expect(await smallTargets(s)).toEqual([]);
        // The summary's link takes staff to the field.
        await click(s, '.error-summary a');
        await waitUntil(
          s,
          'focus on the field',
          () => document.activeElement?.getAttribute('name') === 'handoffCode',
          [],
        );
        await s.screenshot(`${SHOTS}/${name}-staff-start-error-${size}.png`);
      } finally {
        await s.close();
      }
    },
  );

  it.each([
    ['390x844', PHONE],
    ['1280x800', DESKTOP],
  ] as const)(
    "%s: the result's code part passes axe, copies, and prints",
    async (_size, viewport) => {
      const s = await openApp(engine(), server(), viewport);
      try {
        const code = await codeOf(s, vignette('moderate-stable-worker').answers);
        expect(await axeViolations(s), 'axe on the result').toEqual([]);
        expect(await smallTargets(s)).toEqual([]);
        await s.clickOn(
          (label: string) =>
            [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === label) ??
            null,
          en.handoff.copy,
        );
        const said = await waitUntil(
          s,
          'the copy to end',
          (ok: string, failed: string) => {
            const text = document.querySelector('.handoff-code')?.textContent ?? '';
            return text.includes(ok) ? 'copied' : text.includes(failed) ? 'failed' : null;
          },
          [en.handoff.copied, en.handoff.copyFailed],
        );
        console.info(`${name}: the code ${said}`);
        if (said === 'copied') expect(await pasteBack(s)).toBe(code);
        await asPrinted(s);
        expect(await visible(s, CODE)).toBe(true);
        expect(
          await s.run(
            (label: string) =>
              [...document.querySelectorAll('button')]
                .find((b) => b.textContent?.trim() === label)
                ?.checkVisibility() ?? false,
            en.handoff.copy,
          ),
        ).toBe(false);
        await expectOnlyOwnOrigin(s, server(), expect);
      } finally {
        await s.close();
      }
    },
  );

  // At 390 px the code fits on one line (issue 19: a shorter result); at 320 px it wraps.
  it.each([
    [320, 'wraps between groups'],
    [390, 'fits on one line'],
  ] as const)(
    'at %i px, the code %s, no group splits across lines and nothing overflows',
    async (width, how) => {
      const s = await openApp(engine(), server(), { width, height: 800 });
      try {
        // The longest codes: every question asked.
        const code = await codeOf(s, vignette('moderate-stable-worker').answers);
        expect(code.split('-')).toHaveLength(4);
        // Each group's characters, measured as they lie on screen, whatever the markup: the lines
        // its character boxes sit on (more than one: the group was split).
        const layout = await s.run((sel: string) => {
          const output = document.querySelector(sel)!;
          const walker = document.createTreeWalker(output, NodeFilter.SHOW_TEXT);
          const chars: { node: Text; offset: number }[] = [];
          for (let n = walker.nextNode(); n; n = walker.nextNode())
            for (let i = 0; i < (n as Text).length; i++) chars.push({ node: n as Text, offset: i });
          const text = output.textContent ?? '';
          const groups: { text: string; lines: number; top: number }[] = [];
          let start = 0;
          for (const part of text.split('-')) {
            const end = Math.min(start + part.length + 1, chars.length); // with its hyphen
            const tops: number[] = [];
            for (let i = start; i < end; i++) {
              const range = document.createRange();
              range.setStart(chars[i]!.node, chars[i]!.offset);
              range.setEnd(chars[i]!.node, chars[i]!.offset + 1);
              for (const r of range.getClientRects())
                if (r.width > 0 && !tops.includes(Math.round(r.top))) tops.push(Math.round(r.top));
            }
            groups.push({
              text: text.slice(start, end),
              lines: tops.length,
              top: Math.min(...tops),
            });
            start = end;
          }
          return { groups, overflow: output.scrollWidth - output.clientWidth, text };
        }, CODE);
        expect(layout.text).toBe(code);
        expect(layout.groups.map((g) => g.text).join('')).toBe(code);
        for (const g of layout.groups) expect(g.lines, `${g.text} at ${width}px`).toBe(1);
        // At 320 px it does wrap (so the test means something), only between groups, in order.
        const tops = layout.groups.map((g) => g.top);
        if (how === 'wraps between groups') expect(new Set(tops).size).toBeGreaterThan(1);
        else expect(new Set(tops).size).toBe(1);
        expect([...tops].sort((a, b) => a - b)).toEqual(tops);
        expect(layout.overflow).toBeLessThanOrEqual(0);
        await s.screenshot(`${SHOTS}/${name}-result-code-${width}.png`);
      } finally {
        await s.close();
      }
    },
  );

  describe('self mode: "Have a code from before?"', () => {
    const manifest = () =>
      JSON.parse(readFileSync(join(DIST, '.vite', 'manifest.json'), 'utf8')) as Record<
        string,
        { file: string }
      >;

    it('its form comes with the later part, fetched once, only when opened', async () => {
      const deferred = `/${manifest()['src/app/deferred.ts']!.file}`;
      const s = await openApp(engine(), server(), PHONE);
      try {
        const fetched = () => server().log.filter((p) => p === deferred).length;
        const before = fetched();
        // Touching the page and reading a while fetch nothing more on the start screen.
        await s.clickOn(() => document.querySelector('main p'));
        await new Promise((r) => setTimeout(r, 1500));
        expect(fetched()).toBe(before);
        expect(
          await s.run(
            (t: string) => document.querySelector(t)!.getAttribute('aria-expanded'),
            TOGGLE,
          ),
        ).toBe('false');
        await openCodeForm(s);
        expect(fetched()).toBe(before + 1);
        expect(
          await s.run(
            (t: string) => document.querySelector(t)!.getAttribute('aria-expanded'),
            TOGGLE,
          ),
        ).toBe('true');
        await expectOnlyOwnOrigin(s, server(), expect);
        expect(await pageErrors(s)).toEqual([]);
      } finally {
        await s.close();
      }
    });

    it('a wrong code shows its error; the right one, sent with Enter, opens the review, then the result; nothing is kept', async () => {
      const id = 'moderate-stable-worker';
      const v = vignette(id);
      const s = await openApp(engine(), server(), PHONE);
      try {
        await openCodeForm(s);
        await expectWrongCode(s, en, '04GM-71HD-102M-RMFG');
        await fill(s, FIELD, codeFor(id).toLowerCase());
        await s.press('Enter');
        await waitForHeading(s, en.review.heading);
        // Focus moves to the new screen's heading, as after any Continue.
        await waitUntil(
          s,
          'focus on the heading',
          () => document.activeElement?.id === 'step-heading',
          [],
        );
        // Every answer, before any result.
        expect(await countOf(s, '.summary-list__row')).toBeGreaterThan(8);
        expect(await countOf(s, '[data-level]')).toBe(0);
        await submit(s);
        expect(await outcome(s)).toEqual({
          level: v.expect.level,
          asam: v.expect.asamLevel,
          urgency: v.expect.urgency,
        });
        expect(await textOf(s, CODE)).toBe(codeFor(id));
        await afterPaint(s);
        expect(await s.run(() => document.title)).not.toContain(codeFor(id));
        expect(await s.url()).not.toContain(codeFor(id).slice(0, 4));
        expect(await storedText(s)).toBe('[{},{}]');
        expect(await s.run(() => document.cookie)).toBe('');
        await expectOnlyOwnOrigin(s, server(), expect);
        expect(await pageErrors(s)).toEqual([]);
      } finally {
        await s.close();
      }
    });

    it('a code with danger now opens the crisis screen', async () => {
      const s = await openApp(engine(), server(), PHONE);
      try {
        await openCodeForm(s);
        await fill(s, FIELD, codeFor('overdose-now'));
        await click(s, OPEN);
        expect((await outcome(s)).level).toBe('emergency');
      } finally {
        await s.close();
      }
    });

    describe.each([
      ['en', en],
      ['es', es],
    ] as const)('%s', (lang, t) => {
      it.each([
        ['390x844', PHONE],
        ['1280x800', DESKTOP],
      ] as const)(
        '%s: closed, open and with an error: axe clean, 44 px targets, focus to the summary',
        async (size, viewport) => {
          const typo = typoOf(codeFor('mild-weekend-drinker'));
          const s = await openApp(engine(), server(), viewport, { query: `lang=${lang}` });
          const shot = (state: string) =>
            s.screenshot(`${SHOTS}/${name}-self-start-${state}-${lang}-${size}.png`);
          try {
            expect(await textOf(s, TOGGLE)).toBe(t.start.haveCode);
            expect(await axeViolations(s), 'axe, closed').toEqual([]);
            expect(await smallTargets(s)).toEqual([]);
            await shot('closed');
            await openCodeForm(s);
            expect(await axeViolations(s), 'axe, open').toEqual([]);
            expect(await smallTargets(s)).toEqual([]);
            await shot('open');
            await expectWrongCode(s, t, typo);
            await afterPaint(s);
            expect(await s.run(() => document.title)).toMatch(/^Error: /);
            expect(await axeViolations(s), 'axe, with the error').toEqual([]);
            expect(await smallTargets(s)).toEqual([]);
            await shot('error');
            await click(s, '.error-summary a');
            await waitUntil(
              s,
              'focus on the field',
              () => document.activeElement?.getAttribute('name') === 'resultCode',
              [],
            );
            // Start is still the screen's Start.
            expect(await textOf(s, 'main form button[type="submit"]')).toBe(t.start.begin);
            expect(await focusedClass(s)).not.toBe('error-summary');
            expect(await pageErrors(s)).toEqual([]);
          } finally {
            await s.close();
          }
        },
      );
    });

    describe('in a partner frame (embed=1)', () => {
      const partners = usePartners(server);

      it('a wrong code shows its error; a right one opens the review and the result; nothing kept', async () => {
        const [partner] = partners();
        const page = await engine().open(PHONE);
        try {
          await page.goto(
            partner!.page(partnerPage({ wizard: server().origin, widgets: [{ id: 'w' }] })),
          );
          await waitForEvents(page, 'w', 'loc:ready');
          const frame = await page.frame('#w iframe');
          await waitForApp(frame);
          await openCodeForm(frame);
          await expectWrongCode(frame, en, '04GM-71HD-102M-RMFG');
          await fill(frame, FIELD, codeFor('moderate-stable-worker'));
          await page.press('Enter');
          await waitForHeading(frame, en.review.heading);
          await submit(frame);
          expect((await outcome(frame)).level).toBe(
            vignette('moderate-stable-worker').expect.level,
          );
          await waitForEvents(page, 'w', 'loc:complete');
          expect((await events(page)).filter((e) => e.type === 'loc:complete')).toHaveLength(1);
          // Nothing kept, where the frame may use storage at all (a browser may deny it there).
          await afterPaint(frame);
          expect(
            await frame.run(() => {
              try {
                return sessionStorage.length + localStorage.length + document.cookie.length;
              } catch {
                return document.cookie.length;
              }
            }),
          ).toBe(0);
        } finally {
          await page.close();
        }
      });
    });
  });
});
