/**
 * Staff mode's "Copy note" in each engine: where the engine lets the page write the clipboard,
 * "Copied" is announced and a paste (the engine's own Ctrl+V) gives the note; where it refuses,
 * the note is shown in a text box, selected, and "Copied" is never said.
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { vignette } from './fixtures';
import { DESKTOP, PHONE, waitUntil, type EngineSession } from './driver';
import { openApp, pageErrors, useAppServer, forEngines } from './harness';
import { completeWith, submit } from './walk';

const REFUSE_CLIPBOARD = `navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));`;

async function copyNote(s: EngineSession): Promise<'copied' | 'fallback'> {
  await submit(s);
  await completeWith(s, vignette('mild-weekend-drinker').answers);
  await s.clickOn(
    (label: string) =>
      [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === label) ?? null,
    en.staff.ui.copyNote,
  );
  return waitUntil(
    s,
    'the copy to end',
    (copied: string, failed: string) => {
      const live = document.getElementById('live-region')?.textContent ?? '';
      if (live === copied) return 'copied';
      if (live === failed && document.getElementById('intake-note')) return 'fallback';
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

forEngines((engine, name) => {
  const server = useAppServer();
  describe.each([
    ['1280x800', DESKTOP],
    ['390x844', PHONE],
  ] as const)('%s: staff mode', (_size, viewport) => {
    it('"Copy note" copies the note (a paste gives it back), or falls back to the text box', async () => {
      const s = await openApp(engine(), server(), viewport, { query: 'mode=staff' });
      try {
        const how = await copyNote(s);
        if (how === 'copied') {
          // Paste with the engine's keyboard into a box the test adds, and read it.
          await s.run(() => {
            const box = document.createElement('textarea');
            box.id = 'paste-here';
            box.setAttribute('aria-label', 'paste');
            document.body.prepend(box);
          });
          await s.clickOn(() => document.getElementById('paste-here'));
          await s.press('Paste');
          const pasted = await waitUntil(
            s,
            'the paste',
            () => (document.getElementById('paste-here') as HTMLTextAreaElement).value,
            [],
          );
          expect(pasted).toContain('Outpatient');
          expect(pasted).toContain('Trust SoCal');
          expect(await s.run(() => document.getElementById('intake-note'))).toBeNull();
        } else await expectSelectedNote(s);
        console.info(`${name} ${viewport.width}: the clipboard ${how}`);
        expect(await pageErrors(s)).toEqual([]);
      } finally {
        await s.close();
      }
    });

    it('a refused clipboard shows the note selected, and never says "Copied"', async () => {
      const s = await openApp(engine(), server(), viewport, {
        query: 'mode=staff',
        initScripts: [REFUSE_CLIPBOARD],
      });
      try {
        expect(await copyNote(s)).toBe('fallback');
        await expectSelectedNote(s);
        expect(await pageErrors(s)).toEqual([]);
      } finally {
        await s.close();
      }
    });
  });
});
