/**
 * drive.ts for a wizard inside a partner's iframe: the same DOM hooks (inputs named by dotted id,
 * valued by answer; Continue is the form's submit), on a playwright Frame instead of a Page.
 */
import type { Frame } from 'playwright-core';
import type { AnswerSet } from './drive';

function read(answers: AnswerSet, id: string): unknown {
  const [section, key] = id.split('.');
  const first = (answers as Record<string, unknown>)[section!];
  return key === undefined ? first : (first as Record<string, unknown> | undefined)?.[key];
}

export async function frameHeading(frame: Frame): Promise<string> {
  return ((await frame.locator('#step-heading').first().textContent()) ?? '').trim();
}

async function visibleNames(frame: Frame): Promise<string[]> {
  return frame.$$eval('main form input[name]', (inputs) => [
    ...new Set(inputs.map((i) => (i as HTMLInputElement).name)),
  ]);
}

/** Answers every question on the frame's current screen, conditional ones included. */
export async function frameAnswerScreen(frame: Frame, answers: AnswerSet): Promise<void> {
  const done = new Set<string>();
  for (;;) {
    const pending = (await visibleNames(frame)).filter((n) => !done.has(n));
    if (pending.length === 0) return;
    for (const name of pending) {
      done.add(name);
      const value = read(answers, name);
      if (value === undefined) continue;
      for (const v of Array.isArray(value) ? value : [value]) {
        await frame.check(`main form input[name="${name}"][value="${String(v)}"]`);
      }
    }
  }
}

/** Clicks Continue (or Start) and waits for the next screen to replace this one. */
export async function frameSubmit(frame: Frame): Promise<void> {
  const before = await frame.locator('#step-heading').first().textContent();
  await frame.click('main form button[type="submit"]');
  await frame.waitForFunction(
    (previous) => {
      const h = document.getElementById('step-heading');
      return !h || h.textContent !== previous || !!document.querySelector('[data-level]');
    },
    before,
    { timeout: 5000 },
  );
}

/** Answers and continues, one screen at a time; `each` runs on every screen before answering. */
export async function frameCompleteWith(
  frame: Frame,
  answers: AnswerSet,
  each?: (heading: string) => Promise<void>,
): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < 40; i++) {
    if (await frame.locator('[data-level]').count()) return seen;
    const heading = await frameHeading(frame);
    seen.push(heading);
    if (each) await each(heading);
    await frameAnswerScreen(frame, answers);
    await frameSubmit(frame);
  }
  throw new Error(`No result after 40 screens: ${seen.join(' | ')}`);
}
