/**
 * A whole assessment by keyboard alone (page.keyboard: Tab, Shift+Tab, Space, arrows, Enter;
 * no clicks): the test only reads the page to decide which key to press next.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { AnswerSet } from './drive';
import {
  headingText,
  openSession,
  outcome,
  startSuite,
  vignette,
  waitForNewStep,
  type Suite,
} from './harness';

let suite: Suite;
beforeAll(async () => {
  suite = await startSuite();
});
afterAll(async () => {
  await suite?.close();
});

interface Focused {
  readonly tag: string;
  readonly type: string;
  readonly name: string;
  readonly value: string;
  readonly checked: boolean;
  readonly submit: boolean;
  readonly action: string | null;
  /** For a radio: its index in its group, and the index of `wanted` there. */
  readonly index: number;
  readonly group: readonly string[];
  /** Is there a visible focus indicator (on the input's label, for a choice)? */
  readonly indicated: boolean;
}

async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const input = el instanceof HTMLInputElement ? el : null;
    const group = input
      ? [...document.querySelectorAll<HTMLInputElement>(`input[name="${input.name}"]`)].map(
          (i) => i.value,
        )
      : [];
    const shown = input?.labels?.[0] ?? el;
    const style = shown ? getComputedStyle(shown) : null;
    return {
      tag: el?.tagName ?? '',
      type: input?.type ?? (el as HTMLButtonElement | null)?.type ?? '',
      name: input?.name ?? '',
      value: input?.value ?? '',
      checked: input?.checked ?? false,
      submit: el instanceof HTMLButtonElement && el.type === 'submit' && !!el.closest('main form'),
      action: el?.getAttribute('data-action') ?? null,
      index: input ? group.indexOf(input.value) : -1,
      group,
      indicated: !!style && (style.outlineStyle !== 'none' || style.boxShadow !== 'none'),
    };
  });
}

function wanted(answers: AnswerSet, name: string): readonly string[] {
  const [section, key] = name.split('.') as [string, string | undefined];
  const first = (answers as Record<string, unknown>)[section];
  const value = key === undefined ? first : (first as Record<string, unknown> | undefined)?.[key];
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).map(String);
}

/**
 * Answers the current screen by keyboard and presses Enter on Continue. Tab walks forward; a
 * radio group is answered with arrows (Space for its first option), checkboxes with Space.
 */
async function answerByKeyboard(page: Page, answers: AnswerSet, noIndicator: string[]) {
  const heading = await headingText(page);
  const answered = new Set<string>();
  for (let presses = 0; presses < 120; presses++) {
    const f = await focused(page);
    if (f.submit) {
      await page.keyboard.press('Enter');
      await waitForNewStep(page, heading);
      return;
    }
    if (f.type === 'radio' && !answered.has(f.name)) {
      answered.add(f.name);
      const want = wanted(answers, f.name)[0];
      if (want !== undefined) {
        if (!f.indicated) noIndicator.push(`${f.name}=${f.value}`);
        const target = f.group.indexOf(want);
        const delta = target - f.index;
        if (delta === 0 && !f.checked) await page.keyboard.press('Space');
        for (let i = 0; i < Math.abs(delta); i++)
          await page.keyboard.press(delta > 0 ? 'ArrowDown' : 'ArrowUp');
        const now = await focused(page);
        expect(now.checked && now.value === want, `${f.name} chose ${want}`).toBe(true);
      }
    } else if (f.type === 'checkbox') {
      const want = wanted(answers, f.name).includes(f.value);
      if (want !== f.checked) await page.keyboard.press('Space');
    }
    await page.keyboard.press('Tab');
  }
  throw new Error(`Could not reach Continue on "${heading}" by Tab`);
}

/** Milliseconds the later part (code and words after the first question) is held back. */
const SLOW_LATER_PART_MS = 1500;

describe('keyboard only', () => {
  it.each([
    ['', 0],
    [', with the later part held back 1.5 s', SLOW_LATER_PART_MS],
  ])('a whole assessment (moderate-stable-worker) ends at the right result%s', async (_, delay) => {
    const v = vignette('moderate-stable-worker');
    const session = await openSession(suite);
    const { page } = session;
    if (delay)
      await page.route(/\/assets\/(deferred|en\.later)-[^/]+\.js$/, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, delay));
        await route.continue();
      });
    const noIndicator: string[] = [];
    try {
      // Start: nothing is focused on first load; Tab to the Start button.
      let start = false;
      for (let i = 0; i < 20 && !start; i++) {
        await page.keyboard.press('Tab');
        start = (await focused(page)).submit;
      }
      expect(start, 'Tab reaches Start').toBe(true);
      const startHeading = await headingText(page);
      await page.keyboard.press('Enter');
      await waitForNewStep(page, startHeading);

      // First question, then the second; there, Shift+Tab back to the Back control and use it.
      await answerByKeyboard(page, v.answers, noIndicator);
      const second = await headingText(page);
      let back = false;
      for (let i = 0; i < 5 && !back; i++) {
        await page.keyboard.press('Shift+Tab');
        back = (await focused(page)).action === 'back';
      }
      expect(back, 'Shift+Tab from the h1 reaches Back').toBe(true);
      await page.keyboard.press('Enter');
      await waitForNewStep(page, second);
      expect(await page.locator('input[name="respondent"][value="self"]').isChecked()).toBe(true);
      // Back on the first screen: Continue again (the answer is kept), by Tab and Enter.
      await answerByKeyboard(page, v.answers, noIndicator);
      expect(await headingText(page)).toBe(second);

      for (let i = 0; i < 40 && !(await page.locator('[data-level]').count()); i++) {
        await answerByKeyboard(page, v.answers, noIndicator);
      }
      const got = await outcome(page);
      expect(got).toEqual({
        level: v.expect.level,
        asam: v.expect.asamLevel,
        urgency: v.expect.urgency,
      });
      expect(noIndicator, 'focused choices without a visible focus indicator').toEqual([]);
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
