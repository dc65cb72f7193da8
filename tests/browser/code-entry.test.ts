/**
 * Self mode's "Have a code from before?" (issue 19) in Firefox and WebKit, in a tab and inside a
 * partner's frame: the disclosure fetches its form, a wrong code shows the error summary (which
 * takes focus) and the field's error, and the right one, sent with Enter from the field, opens the
 * review with the answers and then their result. Nothing is stored.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { encodeHandoffCode } from '../../src/questions/handoff-code';
import { DIST, vignette } from './fixtures';
import { CSP, serve, type StaticServer } from './server';
import { partnerCsp, partnerPage, type RecordedEvent } from '../e2e/embed-pages';
import { click, PHONE, waitUntil, type Surface } from './driver';
import { openApp, pageErrors, useAppServer, forEngines } from './harness';
import {
  afterPaint,
  heading,
  outcome,
  storedText,
  submit,
  waitForApp,
  waitForHeading,
} from './walk';

const SHOTS = fileURLToPath(new URL('../../artifacts/screenshots/engines', import.meta.url));
mkdirSync(SHOTS, { recursive: true });
const FIELD = 'input[name="resultCode"]';
const ID = 'moderate-stable-worker';
const CODE = encodeHandoffCode(vignette(ID).answers);

/** Puts `text` in the code field (the form reads the field on submit). */
function fill(s: Surface, text: string): Promise<void> {
  return s.run(
    (selector: string, value: string) => {
      (document.querySelector(selector) as HTMLInputElement).value = value;
    },
    FIELD,
    text,
  );
}

/** The whole flow on one surface: a tab's page or the wizard's frame. */
async function comeBackWithTheCode(s: Surface): Promise<void> {
  await click(s, '.code-toggle');
  await waitUntil(s, 'the code form', (f: string) => !!document.querySelector(f), [FIELD]);

  // A wrong code: the summary takes focus and names the mistake; nothing opens.
  await fill(s, '04GM-71HD-102M-RMFG');
  await click(s, '.handoff-form input[type="submit"]');
  const shown = await waitUntil(
    s,
    'the error summary, focused',
    () =>
      document.activeElement?.className !== 'error-summary'
        ? null
        : {
            summary: document.querySelector('.error-summary')!.textContent,
            field: document.getElementById('result-code-error')?.textContent,
            invalid: document
              .querySelector('input[name="resultCode"]')!
              .getAttribute('aria-invalid'),
          },
    [],
  );
  expect(shown.summary).toContain(en.handoff.self.errors.mistake);
  expect(shown.field).toContain(en.handoff.self.errors.mistake);
  expect(shown.invalid).toBe('true');
  expect(await heading(s)).toBe(en.start.heading);

  // The right code, sent with Enter from the field.
  await fill(s, CODE.toLowerCase());
  await click(s, FIELD);
  await s.run(() => {
    // The engine's Enter goes to the focused field: make sure the click put it there.
    (document.querySelector('input[name="resultCode"]') as HTMLInputElement).focus();
  });
}

forEngines((engine, name) => {
  const server = useAppServer();

  it('in a tab: a wrong code shows its error; the right one opens the review, then the result', async () => {
    const s = await openApp(engine(), server(), PHONE);
    try {
      await comeBackWithTheCode(s);
      await s.press('Enter');
      await waitForHeading(s, en.review.heading);
      // Every answer, before any result.
      expect(
        await s.run(() => document.querySelectorAll('.summary-list__row').length),
      ).toBeGreaterThan(8);
      expect(await s.run(() => document.querySelector('[data-level]'))).toBeNull();
      await submit(s);
      const v = vignette(ID).expect;
      expect(await outcome(s)).toEqual({ level: v.level, asam: v.asamLevel, urgency: v.urgency });
      expect(
        await s.run(() => document.querySelector('[data-handoff-code]')?.textContent ?? ''),
      ).toBe(CODE);
      expect(await storedText(s)).toBe('[{},{}]');
      expect(await s.run(() => document.cookie)).toBe('');
      expect(await pageErrors(s)).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it.each([320, 390])(
    "at %i px, the result's code wraps only between its groups (issue 19)",
    async (width) => {
      const s = await openApp(engine(), server(), { width, height: 800 });
      try {
        await click(s, '.code-toggle');
        await waitUntil(s, 'the code form', (f: string) => !!document.querySelector(f), [FIELD]);
        await fill(s, CODE);
        await click(s, '.handoff-form input[type="submit"]');
        await waitForHeading(s, en.review.heading);
        await submit(s);
        await waitUntil(s, 'the code', () => !!document.querySelector('[data-handoff-code]'), []);
        // Each group's characters as they lie on screen, whatever the markup.
        const layout = await s.run(() => {
          const output = document.querySelector('[data-handoff-code]')!;
          const walker = document.createTreeWalker(output, NodeFilter.SHOW_TEXT);
          const chars: { node: Text; offset: number }[] = [];
          for (let n = walker.nextNode(); n; n = walker.nextNode())
            for (let i = 0; i < (n as Text).length; i++) chars.push({ node: n as Text, offset: i });
          const text = output.textContent ?? '';
          const groups: { text: string; lines: number; top: number }[] = [];
          let start = 0;
          for (const part of text.split('-')) {
            const end = Math.min(start + part.length + 1, chars.length);
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
          return { text, groups, overflow: output.scrollWidth - output.clientWidth };
        });
        expect(layout.text).toBe(CODE);
        for (const g of layout.groups) expect(g.lines, `${g.text} at ${width}px`).toBe(1);
        expect(layout.overflow).toBeLessThanOrEqual(0);
        await s.screenshot(`${SHOTS}/${name}-result-code-${width}.png`);
      } finally {
        await s.close();
      }
    },
  );

  describe('in a partner frame (embed=1)', () => {
    let partner: StaticServer;
    const pages: Record<string, string> = {};
    const headers: Record<string, string> = {};
    beforeAll(async () => {
      partner = await serve(join(DIST, 'no-such-folder'), { host: 'localhost', pages, headers });
      headers['Content-Security-Policy'] = partnerCsp(server().origin);
      server().headers['Content-Security-Policy'] =
        `${CSP}; frame-ancestors 'self' ${partner.origin}`;
      pages['/partner'] = partnerPage({ wizard: server().origin, widgets: [{ id: 'w' }] });
    });
    afterAll(async () => {
      await partner?.close();
    });

    it('the same, inside the frame', async () => {
      const page = await engine().open(PHONE);
      try {
        await page.goto(`${partner.origin}/partner`);
        const frame = await page.frame('#w iframe');
        await waitForApp(frame);
        await comeBackWithTheCode(frame);
        await page.press('Enter');
        await waitForHeading(frame, en.review.heading);
        await submit(frame);
        expect((await outcome(frame)).level).toBe(vignette(ID).expect.level);
        const completed = await waitUntil(
          page,
          'loc:complete',
          () =>
            (window as unknown as { __events: RecordedEvent[] }).__events.some(
              (e) => e.type === 'loc:complete',
            ),
          [],
        );
        expect(completed).toBe(true);
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
