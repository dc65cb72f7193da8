/**
 * Answers the wizard through its DOM hooks only (integration contract): every input's `name` is
 * the dotted question id and its `value` the answer value; Continue is the form's submit.
 * Works on a page or on a partner's iframe alike (a playwright Page or Frame).
 */
import type { Frame, Page } from 'playwright-core';

export type { AnswerSet } from '../browser/fixtures';
import type { AnswerSet } from '../browser/fixtures';
/** Where the wizard is: its own page, or a frame inside a partner's page. */
export type Surface = Page | Frame;

function read(answers: AnswerSet, id: string): unknown {
  const [section, key] = id.split('.');
  const first = (answers as Record<string, unknown>)[section!];
  return key === undefined ? first : (first as Record<string, unknown> | undefined)?.[key];
}

/** The current screen's heading, trimmed. */
export async function screenHeading(surface: Surface): Promise<string> {
  return ((await surface.locator('#step-heading').first().textContent()) ?? '').trim();
}

/**
 * The centre of the current screen's Continue (or Begin), scrolled into view: where a person's
 * finger or pointer presses it, for tests that press it with raw input.
 */
export async function continueCentre(page: Page): Promise<{ x: number; y: number }> {
  const button = page.locator('main form button[type="submit"]');
  await button.scrollIntoViewIfNeeded();
  const box = await button.boundingBox();
  if (!box) throw new Error('Continue is not on screen');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Names of the questions visible in the current form, in order. */
async function visibleNames(surface: Surface): Promise<string[]> {
  return surface.$$eval('main form input[name]', (inputs) => [
    ...new Set(inputs.map((i) => (i as HTMLInputElement).name)),
  ]);
}

/** Answers every question on the current screen from `answers`, conditional ones included. */
export async function answerScreen(surface: Surface, answers: AnswerSet): Promise<void> {
  const done = new Set<string>();
  for (;;) {
    const pending = (await visibleNames(surface)).filter((n) => !done.has(n));
    if (pending.length === 0) return;
    for (const name of pending) {
      done.add(name);
      const value = read(answers, name);
      if (value === undefined) continue;
      for (const v of Array.isArray(value) ? value : [value]) {
        await surface.check(`main form input[name="${name}"][value="${String(v)}"]`);
      }
    }
  }
}

/**
 * Clicks Continue (or Start) and waits for the next screen to replace this one: the screen
 * itself, not the "Loading…" shown while its code downloads (aria-busy), whose questions would
 * appear only after the caller had looked for them.
 */
export async function submit(surface: Surface): Promise<void> {
  const before = await surface.locator('#step-heading').first().textContent();
  await surface.click('main form button[type="submit"]');
  await surface.waitForFunction(
    (previous) => {
      if (document.querySelector('[aria-busy="true"]')) return false;
      const h = document.getElementById('step-heading');
      return !h || h.textContent !== previous || !!document.querySelector('[data-level]');
    },
    before,
    { timeout: 5000 },
  );
}

/**
 * From wherever the wizard is, answers screen by screen until the result or crisis screen;
 * `each` runs on every screen before it is answered. Returns the headings passed, in order.
 */
export async function completeWith(
  surface: Surface,
  answers: AnswerSet,
  each?: (heading: string) => Promise<void>,
): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < 40; i++) {
    if (await surface.locator('[data-level]').count()) return seen;
    const heading = await screenHeading(surface);
    seen.push(heading);
    if (each) await each(heading);
    await answerScreen(surface, answers);
    try {
      await submit(surface);
    } catch (error) {
      const problem = await surface
        .locator('.error-summary')
        .textContent()
        .catch(() => null);
      throw new Error(`Stuck after: ${seen.join(' | ')}; errors shown: ${problem}`, {
        cause: error,
      });
    }
  }
  throw new Error(`No result after 40 screens: ${seen.join(' | ')}`);
}
