/**
 * Staff mode during a call, in every engine: questions to read out, the live panel, the intake
 * note copied (pasted back with the engine's own Ctrl+V and compared with the formatter), "Copied"
 * announced only after the write, the text-box fallback when the clipboard is refused, "New
 * caller" and "Leave this site" leaving nothing behind, on the clipboard either; number-key
 * shortcuts that can be switched off; the crisis protocol. The staff voice of the result, and New
 * caller emptying a clipboard this page did not fill (by hand, before a reload), are the unit
 * tests' (tests/unit/screens/ResultScreen.test.tsx, tests/unit/app/clipboard.test.tsx).
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { recommend } from '../../src/results/recommend';
import { formatIntakeNote } from '../../src/staff/intake-note';
import { centerPrograms } from '../../src/config/center-programs';
import pkg from '../../package.json';
import { click, DESKTOP, PHONE, waitUntil, type EngineSession } from './driver';
import { axeViolations } from './a11y';
import { openApp, pageErrors, useAppServer, forEngines } from './harness';
import { DEFAULT_CENTER, vignette } from './fixtures';
import { expectLeftFor } from './leave';
import { completeWith, outcome, submit, waitForApp } from './walk';
import {
  fixedClock,
  pasteBack,
  RECORD_STORAGE,
  REFUSE_CLIPBOARD,
  storageTouches,
} from './recorders';
import { countOf, drawn, textOf } from './results';

// The note carries the time it was copied: the page's clock fixed, in this machine's time zone.
const NOW = new Date('2026-11-27T14:05:00');

const byText = (label: string) =>
  [...document.querySelectorAll('button, a, summary')].find(
    (b) => b.textContent?.trim() === label,
  ) ?? null;

const live = (s: EngineSession) => textOf(s, '#live-region');

/** Presses "Copy note"; how the copy ended: on the clipboard, or in the text box. */
async function copyNote(s: EngineSession): Promise<'copied' | 'fallback'> {
  await s.clickOn(byText, en.staff.ui.copyNote);
  return waitUntil(
    s,
    'the copy to end',
    (copied: string, failed: string) => {
      const said = document.getElementById('live-region')?.textContent ?? '';
      if (said === copied) return 'copied';
      if (said === failed && document.getElementById('intake-note')) return 'fallback';
      return null;
    },
    [en.staff.ui.copied, en.staff.ui.copyFailed],
  );
}

/** The text box fallback: the whole note, focused and selected. */
async function expectSelectedNote(s: EngineSession): Promise<void> {
  const box = await s.run(() => {
    const el = document.activeElement as HTMLTextAreaElement;
    return {
      id: el.id,
      selected: el.value.slice(el.selectionStart, el.selectionEnd),
      value: el.value,
    };
  });
  expect(box.id).toBe('intake-note');
  expect(box.selected).toBe(box.value);
  expect(box.value).toContain('Outpatient');
}

async function newCaller(s: EngineSession): Promise<void> {
  await s.clickOn(byText, en.staff.ui.newCaller);
  expect(await countOf(s, '[data-level]')).toBe(1); // it asks first
  await s.clickOn(byText, en.staff.ui.newCallerYes);
  await waitUntil(s, 'the start', () => !document.querySelector('[data-level]'), []);
  await waitForApp(s);
}

forEngines((engine, name) => {
  const server = useAppServer();
  const openStaff = (viewport = DESKTOP, initScripts: string[] = []) =>
    openApp(engine(), server(), viewport, {
      query: 'mode=staff',
      initScripts: [fixedClock(NOW.toISOString()), RECORD_STORAGE, ...initScripts],
    });

  it('a whole call: read-out questions, live panel, the note pasted back equal to the formatter, New caller', async () => {
    const s = await openStaff();
    try {
      const { answers } = vignette('homeless-moderate');
      await submit(s);
      expect(await textOf(s, '#step-heading')).toMatch(/^Ask: /);
      // The panel is there from the first question and says how unanswered questions count.
      await drawn(s);
      expect(await textOf(s, '.staff-panel')).toContain(en.staff.ui.panelNote);
      expect(await axeViolations(s)).toEqual([]);

      await completeWith(s, answers);
      expect((await outcome(s)).level).toBe('residential');
      // The panel agrees with the result once everything is answered.
      expect(await textOf(s, '.staff-panel__summary')).toContain('ASAM 3.5');
      expect(await live(s)).toBe('');

      const how = await copyNote(s);
      console.info(`${name}: the clipboard ${how}`);
      const note = formatIntakeNote({
        answers,
        result: recommend(answers),
        t: en,
        now: NOW,
        appVersion: pkg.version,
        center: DEFAULT_CENTER,
        programs: centerPrograms,
      });
      if (how === 'copied') expect(await pasteBack(s)).toBe(note);
      else {
        await expectSelectedNote(s);
        expect(
          await s.run(() => (document.getElementById('intake-note') as HTMLTextAreaElement).value),
        ).toBe(note);
      }
      expect(await axeViolations(s)).toEqual([]);

      // New caller: asks first, then leaves nothing behind, the clipboard included (the next
      // paste can't put the last caller's note in a new record).
      await newCaller(s);
      if (how === 'copied') expect(await pasteBack(s)).toBe('');
      await s.run(() => document.getElementById('paste-back')?.remove());
      await submit(s);
      expect(await countOf(s, 'input[name="respondent"]:checked')).toBe(0);
      expect(await s.run(() => sessionStorage.length + localStorage.length)).toBe(0);
      // Staff mode never writes to storage.
      expect((await storageTouches(s)).filter((t) => t.startsWith('setItem'))).toEqual([]);
      expect(await textOf(s, '.staff-panel__summary')).toContain('ASAM 0.5');
      expect(await pageErrors(s)).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('"Leave this site" empties the clipboard', async () => {
    const s = await openStaff();
    try {
      await submit(s);
      await completeWith(s, vignette('homeless-moderate').answers);
      const how = await copyNote(s);
      await s.clickOn(
        () =>
          [...document.querySelectorAll('header button')].find((b) =>
            b.textContent?.startsWith('Leave this site'),
          ) ?? null,
      );
      await expectLeftFor(s);
      await s.goto(`${server().origin}/embed.js`);
      if (how === 'copied') expect(await pasteBack(s)).toBe('');
      else console.info(`${name}: nothing was copied, so nothing to empty`);
    } finally {
      await s.close();
    }
  });

  describe.each([
    ['1280x800', DESKTOP],
    ['390x844', PHONE],
  ] as const)('%s', (_size, viewport) => {
    it('a refused clipboard shows the note selected, and never says "Copied"', async () => {
      const s = await openStaff(viewport, [REFUSE_CLIPBOARD]);
      try {
        await submit(s);
        await completeWith(s, vignette('mild-weekend-drinker').answers);
        expect(await copyNote(s)).toBe('fallback');
        await expectSelectedNote(s);
        expect(await live(s)).toBe(en.staff.ui.copyFailed);
        expect(await pageErrors(s)).toEqual([]);
      } finally {
        await s.close();
      }
    });
  });

  it('number keys pick an option in the focused question only, and can be switched off', async () => {
    const s = await openStaff();
    const checked = () =>
      s.run(
        () =>
          document.querySelector<HTMLInputElement>('input[name="respondent"]:checked')?.value ??
          null,
      );
    try {
      await submit(s);
      // Focus outside any question (on Continue): a number key does nothing.
      await s.run(() =>
        document.querySelector<HTMLElement>('main form button[type="submit"]')!.focus(),
      );
      await s.press('2');
      expect(await checked()).toBeNull();
      await s.run(() =>
        document.querySelector<HTMLElement>('input[name="respondent"][value="self"]')!.focus(),
      );
      await s.press('2');
      expect(await checked()).toBe('other');
      // Switched off (WCAG 2.1.4): the key no longer chooses.
      await click(s, '#staff-number-keys');
      expect(
        await s.run(
          () => (document.getElementById('staff-number-keys') as HTMLInputElement).checked,
        ),
      ).toBe(false);
      await s.run(() =>
        document.querySelector<HTMLElement>('input[name="respondent"][value="other"]')!.focus(),
      );
      await s.press('1');
      expect(await checked()).toBe('other');
      // Enter continues.
      await s.press('Enter');
      await waitUntil(
        s,
        'the next question',
        () => !!document.querySelector('input[name="about.age"]'),
        [],
      );
    } finally {
      await s.close();
    }
  });

  it('the crisis screen gives the staff protocol', async () => {
    const s = await openStaff();
    try {
      await submit(s);
      await completeWith(s, vignette('overdose-now').answers);
      expect((await outcome(s)).level).toBe('emergency');
      const text = await textOf(s, 'main');
      for (const step of en.staff.ui.crisisSteps)
        expect(text).toContain(step.replace(/\s+/g, ' ').trim());
      expect(await axeViolations(s)).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
