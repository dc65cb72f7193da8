/**
 * A whole assessment by keyboard alone in each engine (the engine's own Tab, Shift+Tab, Space,
 * arrows and Enter; no clicks): the test reads the page only to decide which key to press next.
 * Every focused choice shows a focus indicator; every new screen has focus on its h1, at the
 * top of the page.
 */
import { describe, expect, it } from 'vitest';
import type { AnswerSet } from './fixtures';
import { vignette } from './fixtures';
import { PHONE, SIZES, type EngineSession } from './driver';
import type { Route } from './server';
import { openApp, pageErrors, useAppServer, forEngines } from './harness';
import { checkedValues, heading, outcome, waitForHeading } from './walk';

interface Focused {
  readonly type: string;
  readonly name: string;
  readonly value: string;
  readonly checked: boolean;
  readonly submit: boolean;
  readonly action: string | null;
  readonly index: number;
  readonly group: readonly string[];
  readonly indicated: boolean;
}

function focused(s: EngineSession): Promise<Focused> {
  return s.run(() => {
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

/** Screens where focus did not reach the h1, or the page was not scrolled to its top. */
const misses: string[] = [];

/**
 * Waits for the next screen, then for focus on its h1 (src/app/useStepFocus.ts) with the page
 * at its top; records a miss otherwise.
 */
async function waitForNewHeading(s: EngineSession, previous: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const now = await s.run(() =>
      document.querySelector('[aria-busy="true"]')
        ? null
        : (document.getElementById('step-heading')?.textContent?.trim() ?? null),
    );
    if (now !== null && now !== previous) {
      for (let j = 0; j < 40; j++) {
        const at = await s.run(() => ({
          focus: document.activeElement?.id === 'step-heading',
          top: window.scrollY === 0,
        }));
        if (at.focus && at.top) return;
        if (j === 39) misses.push(`${now}: ${JSON.stringify(at)}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      return;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`No new screen after "${previous}"`);
}

/** Answers the screen by keyboard and presses Enter on Continue. */
async function answerByKeyboard(s: EngineSession, answers: AnswerSet, noIndicator: string[]) {
  const before = await heading(s);
  const answered = new Set<string>();
  for (let presses = 0; presses < 120; presses++) {
    const f = await focused(s);
    if (f.submit) {
      await s.press('Enter');
      await waitForNewHeading(s, before);
      return;
    }
    if (f.type === 'radio' && !answered.has(f.name)) {
      answered.add(f.name);
      const want = wanted(answers, f.name)[0];
      if (want !== undefined) {
        if (!f.indicated) noIndicator.push(`${f.name}=${f.value}`);
        const delta = f.group.indexOf(want) - f.index;
        if (delta === 0 && !f.checked) await s.press('Space');
        for (let i = 0; i < Math.abs(delta); i++)
          await s.press(delta > 0 ? 'ArrowDown' : 'ArrowUp');
        const now = await focused(s);
        expect(now.checked && now.value === want, `${f.name} chose ${want}`).toBe(true);
      }
    } else if (f.type === 'checkbox') {
      if (!f.indicated) noIndicator.push(`${f.name}=${f.value}`);
      if (wanted(answers, f.name).includes(f.value) !== f.checked) await s.press('Space');
    }
    await s.press('Tab');
  }
  throw new Error(`Could not reach Continue on "${before}" by Tab`);
}

forEngines((engine) => {
  const server = useAppServer();
  /** The later part (code and words after the first question) held back, as on a slow network. */
  const SLOW_LATER_PART: Route[] = [
    { match: /\/assets\/(deferred|en\.later)-[^/]+\.js$/, delay: 1500 },
  ];
  describe.each([
    ...SIZES.map(([size, viewport]) => [size, viewport, []] as const),
    ['390x844, the later part held back 1.5 s', PHONE, SLOW_LATER_PART] as const,
  ])('%s: keyboard only', (_size, viewport, routes) => {
    it('a whole assessment (moderate-stable-worker) ends at the right result', async () => {
      const v = vignette('moderate-stable-worker');
      const s = await openApp(engine(), server(), viewport, { routes });
      const noIndicator: string[] = [];
      misses.length = 0;
      try {
        let start = false;
        for (let i = 0; i < 20 && !start; i++) {
          await s.press('Tab');
          start = (await focused(s)).submit;
        }
        expect(start, 'Tab reaches Start').toBe(true);
        const startHeading = await heading(s);
        await s.press('Enter');
        await waitForNewHeading(s, startHeading);

        // First question; on the second, Shift+Tab back to Back and use it.
        await answerByKeyboard(s, v.answers, noIndicator);
        const second = await heading(s);
        let back = false;
        for (let i = 0; i < 5 && !back; i++) {
          await s.press('Shift+Tab');
          back = (await focused(s)).action === 'back';
        }
        expect(back, 'Shift+Tab from the h1 reaches Back').toBe(true);
        await s.press('Enter');
        await waitForNewHeading(s, second);
        expect(await checkedValues(s, 'respondent'), 'the answer kept').toEqual(['self']);
        await answerByKeyboard(s, v.answers, noIndicator);
        await waitForHeading(s, second);

        for (
          let i = 0;
          i < 40 && !(await s.run(() => !!document.querySelector('[data-level]')));
          i++
        )
          await answerByKeyboard(s, v.answers, noIndicator);
        expect(await outcome(s)).toEqual({
          level: v.expect.level,
          asam: v.expect.asamLevel,
          urgency: v.expect.urgency,
        });
        expect(noIndicator, 'focused choices without a visible focus indicator').toEqual([]);
        expect(misses, 'new screens without focus on the h1 at the top of the page').toEqual([]);
        expect(await pageErrors(s)).toEqual([]);
      } finally {
        await s.close();
      }
    });
  });
});
