/**
 * Answers the wizard through its DOM hooks only (integration contract): every input's `name` is
 * the dotted question id and its `value` the answer value; Continue is the form's submit.
 */
import type { Page } from 'playwright-core';

export type AnswerSet = Record<string, unknown>;

function read(answers: AnswerSet, id: string): unknown {
  const [section, key] = id.split('.');
  const first = (answers as Record<string, unknown>)[section!];
  return key === undefined ? first : (first as Record<string, unknown> | undefined)?.[key];
}

async function heading(page: Page): Promise<string> {
  return (await page.locator('#step-heading').first().textContent()) ?? '';
}

/** Names of the questions visible in the current form, in order. */
async function visibleNames(page: Page): Promise<string[]> {
  return page.$$eval('main form input[name]', (inputs) => [
    ...new Set(inputs.map((i) => (i as HTMLInputElement).name)),
  ]);
}

/** Answers every question on the current screen from `answers`, conditional ones included. */
export async function answerScreen(page: Page, answers: AnswerSet): Promise<void> {
  const done = new Set<string>();
  for (;;) {
    const pending = (await visibleNames(page)).filter((n) => !done.has(n));
    if (pending.length === 0) return;
    for (const name of pending) {
      done.add(name);
      const value = read(answers, name);
      if (value === undefined) continue;
      for (const v of Array.isArray(value) ? value : [value]) {
        await page.check(`main form input[name="${name}"][value="${String(v)}"]`);
      }
    }
  }
}

/** Clicks Continue and waits for the next screen to replace this one. */
export async function submit(page: Page): Promise<void> {
  const before = await heading(page);
  await page.click('main form button[type="submit"]');
  await page.waitForFunction(
    (previous: string) => {
      const h = document.getElementById('step-heading');
      return !h || h.textContent !== previous || document.querySelector('[data-level]');
    },
    before,
    { timeout: 5000 },
  );
}

/**
 * From wherever the wizard is, answers screen by screen until the result or crisis screen.
 * Returns the headings of the screens passed, in order.
 */
export async function completeWith(page: Page, answers: AnswerSet): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < 40; i++) {
    if (await page.locator('[data-level]').count()) return seen;
    seen.push(await heading(page));
    await answerScreen(page, answers);
    try {
      await submit(page);
    } catch (error) {
      const problem = await page
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
