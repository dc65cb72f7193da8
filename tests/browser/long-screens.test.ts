/**
 * The two long screens, the review and the result, in each engine: the first frame after
 * Continue draws their top (what a phone or a laptop shows first) and marks the rest aria-busy;
 * the rest follows. And the review's rows read across on a wide screen.
 */
import { describe, expect, it } from 'vitest';
import { click, DESKTOP, PHONE, SIZES, waitUntil, type Surface, type Viewport } from './driver';
import { vignette, type AnswerSet } from './fixtures';
import { forEngines, openApp, useAppServer, type AppServer } from './harness';
import type { Engine } from './driver';
import { answerScreen, answerUntil, submit, SUBMIT } from './walk';

const drawn = (s: Surface) =>
  waitUntil(s, 'the whole screen', () => !document.querySelector('[aria-busy="true"]'), []);

/** Start, then each screen answered until the review. */
async function toReview(s: Surface, answers: AnswerSet): Promise<void> {
  await submit(s);
  for (let i = 0; i < 40; i++) {
    if (await s.run(() => !!document.querySelector('main .summary-list'))) {
      await drawn(s);
      return;
    }
    await answerScreen(s, answers);
    await submit(s);
  }
  throw new Error('Never reached the review');
}

/**
 * A session walked with a long vignette to `screen`: the last question, answered and ready for
 * Continue, or the review.
 */
async function openLong(
  engine: Engine,
  server: AppServer,
  screen: 'insurance' | 'review',
  viewport: Viewport,
) {
  const answers = vignette('seizure-history-daily-drinker').answers;
  const s = await openApp(engine, server, viewport);
  if (screen === 'review') await toReview(s, answers);
  else {
    await submit(s);
    await answerUntil(s, answers, 'insurance.type');
    await answerScreen(s, answers);
  }
  return s;
}

interface FirstFrame {
  readonly heading: string;
  readonly rows: number;
  readonly busy: number;
  readonly submit: boolean;
  readonly level: string | null;
  readonly rest: number;
  readonly call: boolean;
  readonly belowFold: boolean;
}

/**
 * Presses Continue and records, in the first frame whose heading differs, what that frame
 * shows. `belowFold`: what that frame draws reaches below the bottom of the viewport.
 */
async function continueAndReadFirstFrame(s: Surface): Promise<FirstFrame> {
  await s.run(() => {
    const previous = document.getElementById('step-heading')?.textContent ?? '';
    const w = window as unknown as { __first?: Promise<unknown> };
    w.__first = new Promise((resolve) => {
      const look = () =>
        requestAnimationFrame(() => {
          const heading = document.getElementById('step-heading')?.textContent ?? '';
          if (heading === previous) return look();
          const rows = document.querySelectorAll('.summary-list__row');
          const last = rows[rows.length - 1];
          const rest = document.querySelector('.step__rest');
          const edge = last?.getBoundingClientRect().bottom;
          resolve({
            heading,
            rows: rows.length,
            busy: document.querySelectorAll('[aria-busy="true"]').length,
            submit: !!document.querySelector('main form button[type="submit"]'),
            level: document.querySelector('[data-level]')?.getAttribute('data-level') ?? null,
            rest: rest?.childElementCount ?? -1,
            call: !!document.querySelector(
              '#urgency-title ~ a[href^="tel:"], .card a[href^="tel:"]',
            ),
            belowFold: edge !== undefined && edge >= innerHeight,
          });
        });
      look();
    });
  });
  await click(s, SUBMIT);
  return s.run(() => (window as unknown as { __first: Promise<FirstFrame> }).__first);
}

forEngines((engine) => {
  const server = useAppServer();

  describe.each(SIZES)('at %s', (_size, viewport) => {
    it('the review draws its heading and 8 rows first, then every row and See the result', async () => {
      const s = await openLong(engine(), server(), 'insurance', viewport);
      try {
        const first = await continueAndReadFirstFrame(s);
        expect(first).toMatchObject({ heading: 'Check your answers', rows: 8, busy: 1 });
        expect(first.submit).toBe(false);
        expect(first.belowFold, 'the first frame fills the screen').toBe(true);
        await drawn(s);
        expect(
          await s.run(() => document.querySelectorAll('.summary-list__row').length),
        ).toBeGreaterThan(8);
        expect(await s.run((sel: string) => document.querySelector(sel)?.textContent, SUBMIT)).toBe(
          'See the result',
        );
        expect(await s.run(() => document.querySelectorAll('[aria-busy]').length)).toBe(0);
      } finally {
        await s.close();
      }
    });

    it('the result draws the level, how soon and the call first; the rest a frame later', async () => {
      const s = await openLong(engine(), server(), 'review', viewport);
      try {
        const first = await continueAndReadFirstFrame(s);
        expect(first.level).not.toBeNull();
        expect(first).toMatchObject({ busy: 1, rest: 0, call: true });
        await drawn(s);
        expect(
          await s.run(() => document.querySelectorAll('.step__rest > *').length),
        ).toBeGreaterThan(3);
        // Drawn: it has a size (is(':visible'), as a person sees it).
        const why = await s.run(() => {
          const box = document.getElementById('why-title')?.getBoundingClientRect();
          return !!box && box.width > 0 && box.height > 0;
        });
        expect(why, '#why-title is drawn').toBe(true);
      } finally {
        await s.close();
      }
    });
  });

  it('the review puts each question, its answer and Change on one line (stacked on a phone)', async () => {
    const answers = vignette('moderate-stable-worker').answers;
    for (const [viewport, across] of [
      [DESKTOP, true],
      [PHONE, false],
    ] as const) {
      const s = await openApp(engine(), server(), viewport);
      try {
        await toReview(s, answers);
        const rows = await s.run(() =>
          [...document.querySelectorAll('.summary-list__row')].map((row) => {
            const key = row.querySelector('dt')!.getBoundingClientRect();
            const value = row.querySelector('dd')!.getBoundingClientRect();
            return value.top === key.top && value.left > key.right;
          }),
        );
        expect(rows.length).toBeGreaterThan(10);
        expect(new Set(rows), `side by side at ${viewport.width}px`).toEqual(new Set([across]));
      } finally {
        await s.close();
      }
    }
  });
});
