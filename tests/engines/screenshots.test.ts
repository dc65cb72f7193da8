/**
 * Screenshots per engine and size, for a person to compare (layout, fonts, focus rings): the
 * start, a question with a choice focused by Tab, the review, an urgent result and the crisis
 * screen, into artifacts/screenshots/engines/ (git-ignored). The test checks each file is a PNG
 * about the viewport's width and not trivially small. Firefox's are of the whole page; WebKit's
 * driver gives the viewport only.
 */
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EVERY_SCREEN, vignette } from '../e2e/harness';
import { SIZES, type EngineSession } from './driver';
import { ENGINES, openApp, useAppServer, useEngine } from './harness';
import { afterPaint, answerScreen, completeWith, hasOutcome, shownQuestions, submit } from './walk';

const DIR = fileURLToPath(new URL('../../artifacts/screenshots/engines', import.meta.url));

function pngWidth(file: string): number {
  const head = readFileSync(file).subarray(0, 24);
  expect(head.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return head.readUInt32BE(16);
}

describe.each(ENGINES)('%s', (name) => {
  const engine = useEngine(name);
  const server = useAppServer();
  describe.each(SIZES)('%s: screenshots', (size, viewport) => {
    it('start, a question, the review, an urgent result and the crisis screen', async () => {
      mkdirSync(DIR, { recursive: true });
      const files: string[] = [];
      const shoot = async (s: EngineSession, what: string) => {
        await afterPaint(s);
        const file = join(DIR, `${name}-${size}-${what}.png`);
        await s.screenshot(file);
        files.push(file);
      };
      const s = await openApp(engine(), server(), viewport);
      try {
        await shoot(s, '1-start');
        await submit(s);
        await s.press('Tab'); // from the heading to the first choice: its focus ring
        await shoot(s, '2-question-focused');
        for (let i = 0; i < 40 && (await shownQuestions(s)).length; i++) {
          await answerScreen(s, EVERY_SCREEN);
          await submit(s);
        }
        await shoot(s, '3-review');
        await submit(s);
        expect(await hasOutcome(s)).toBe(true);
        await shoot(s, '4-result');
      } finally {
        await s.close();
      }
      const crisis = await openApp(engine(), server(), viewport);
      try {
        await submit(crisis);
        await completeWith(crisis, vignette('overdose-now').answers);
        await shoot(crisis, '5-crisis');
      } finally {
        await crisis.close();
      }
      for (const file of files) {
        expect(statSync(file).size, file).toBeGreaterThan(8 * 1024);
        // Firefox's classic scrollbar takes its width from a page taller than the screen.
        expect(pngWidth(file), file).toBeGreaterThan(viewport.width - 20);
      }
    });
  });
});
