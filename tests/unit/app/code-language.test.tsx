/**
 * The handoff code's language in staff mode (issue 18, languages spec §6), in the whole app: a
 * code made on a Vietnamese screen opens English staff mode with its answers, and the staff
 * panel, the result and the intake note say "Did the check in Vietnamese — offer an
 * interpreter"; a first-version code says its language is not recorded; an English one
 * suggests no interpreter; New caller forgets it with the answers. The intake note is written in
 * the center's record language whatever the staff screen shows (HAZ-32).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../src/app/App';
import { encodeHandoffCode, type CodeLanguage } from '../../../src/questions/handoff-code';
import { enCore } from '../../../src/i18n/en.core';
import { esCore } from '../../../src/i18n/es.core';
import { en } from '../../../src/i18n/en';
import { es } from '../../../src/i18n/es';
import { testSettings } from '../screens/render';
import { vignetteAnswers } from '../screens/vignettes';

// The center's record language and interpreters, changed per test (the build writes this
// module from the configuration; see src/config/center-languages.ts).
const languages = vi.hoisted<{ interpreters: 'free' | null; recordLanguage: 'en' | 'es' }>(() => ({
  interpreters: null as 'free' | null,
  recordLanguage: 'en',
}));
vi.mock('../../../src/config/center-languages', () => ({ centerLanguages: languages }));

const WORDS = { en, es } as const;
const ANSWERS = vignetteAnswers('moderate-stable-worker');

function renderStaff(lang: 'en' | 'es') {
  const user = userEvent.setup();
  const rendered = render(
    <App
      settings={testSettings({ lang, mode: 'staff' })}
      dictionary={lang === 'en' ? enCore : esCore}
    />,
  );
  return { ...rendered, user, t: WORDS[lang] };
}

/** Types a code in "Caller has a code?" and waits for the review. */
async function openCode(lang: 'en' | 'es', code: string) {
  const staff = renderStaff(lang);
  const input = await screen.findByRole(
    'textbox',
    { name: staff.t.handoff.label },
    { timeout: 5000 },
  );
  await staff.user.type(input, `${code}{Enter}`);
  await screen.findByRole('button', { name: staff.t.review.submit }, { timeout: 5000 });
  return staff;
}

const panelLine = () => document.querySelector('.staff-panel [data-caller-language]');
const resultLine = () => document.querySelector('.result [data-caller-language]');

/** See the result, copy the note, and give back what reached the clipboard. */
async function copiedNote({ user, t }: Awaited<ReturnType<typeof openCode>>): Promise<string> {
  const writeText = vi.spyOn(navigator.clipboard, 'writeText');
  await user.click(screen.getByRole('button', { name: t.review.submit }));
  const copy = await screen.findByRole('button', { name: t.staff.ui.copyNote }, { timeout: 5000 });
  await user.click(copy);
  await waitFor(() => expect(writeText).toHaveBeenCalled());
  return writeText.mock.calls.at(-1)![0];
}

beforeEach(() => {
  languages.interpreters = null;
  languages.recordLanguage = 'en';
  Element.prototype.scrollIntoView = () => {};
  history.replaceState(null, '', '/');
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('a code made in Vietnamese, opened in English staff mode', () => {
  const offer = 'Did the check in Vietnamese — offer an interpreter';

  it('names Vietnamese and suggests an interpreter: the panel, the result and the note', async () => {
    const staff = await openCode('en', encodeHandoffCode(ANSWERS, 'vi'));
    expect(en.interpreter.staff.offer.replace('{language}', 'Vietnamese')).toBe(offer);
    expect(panelLine()).toHaveTextContent(offer);
    expect(panelLine()).toHaveAttribute('data-caller-language', 'vi');
    const note = await copiedNote(staff);
    expect(resultLine()).toHaveTextContent(offer);
    expect(note.split('\n')).toContain(offer);
    // The note is the record language's: English labels throughout.
    expect(note.startsWith(en.staff.note.title)).toBe(true);
  });

  it.each<[CodeLanguage, string]>([
    ['ko', 'Did the check in Korean — offer an interpreter'],
    ['fa', 'Did the check in Farsi — offer an interpreter'],
    ['es', 'Did the check in Spanish — offer an interpreter'],
    ['en', 'Did the check in English'],
  ])('a code made in %s: "%s"', async (language, line) => {
    await openCode('en', encodeHandoffCode(ANSWERS, language));
    expect(panelLine()!.textContent).toBe(line);
  });

  it('a code of the first version opens, and says its language is not recorded', async () => {
    await openCode('en', encodeHandoffCode(ANSWERS, 'en', 1));
    expect(panelLine()!.textContent).toBe(en.interpreter.staff.notRecorded);
    expect(panelLine()).toHaveAttribute('data-caller-language', 'not-recorded');
  });

  it('says nothing of a language when staff ask the questions themselves', async () => {
    const { user, t } = renderStaff('en');
    await user.click(await screen.findByRole('button', { name: t.start.begin }));
    await screen.findByRole('heading', { level: 1 });
    expect(document.querySelector('[data-caller-language]')).toBeNull();
  });

  it('New caller forgets the language with the answers', async () => {
    const { user, t } = await openCode('en', encodeHandoffCode(ANSWERS, 'vi'));
    await user.click(screen.getByRole('button', { name: t.review.submit }));
    await user.click(await screen.findByRole('button', { name: t.staff.ui.newCaller }));
    await user.click(screen.getByRole('button', { name: t.staff.ui.newCallerYes }));
    await screen.findByRole('textbox', { name: t.handoff.label });
    expect(document.querySelector('[data-caller-language]')).toBeNull();
    await user.click(screen.getByRole('button', { name: t.start.begin }));
    await screen.findByRole('heading', { level: 1 });
    expect(document.querySelector('[data-caller-language]')).toBeNull();
  });
});

describe('the intake note in the record language (recordLanguage)', () => {
  it('a Spanish staff screen still copies an English note by default', async () => {
    const staff = await openCode('es', encodeHandoffCode(ANSWERS, 'vi'));
    // The screen is Spanish, and speaks of the caller's language in Spanish.
    expect(panelLine()!.textContent).toBe(
      'Respondió las preguntas en vietnamita: ofrezca un intérprete',
    );
    const note = await copiedNote(staff);
    expect(resultLine()!.textContent).toBe(panelLine()!.textContent);
    expect(note.startsWith(en.staff.note.title)).toBe(true);
    expect(note).toContain(en.staff.note.answersHeading);
    expect(note).not.toContain(es.staff.note.answersHeading);
    expect(note.split('\n')).toContain('Did the check in Vietnamese — offer an interpreter');
  });

  it('recordLanguage es: a Spanish note, from an English staff screen too', async () => {
    languages.recordLanguage = 'es';
    const staff = await openCode('en', encodeHandoffCode(ANSWERS, 'vi'));
    const note = await copiedNote(staff);
    expect(note.startsWith(es.staff.note.title)).toBe(true);
    expect(note).toContain(es.staff.note.answersHeading);
    expect(note).not.toContain(en.staff.note.answersHeading);
    expect(note.split('\n')).toContain(
      'Respondió las preguntas en vietnamita: ofrezca un intérprete',
    );
    // The screen stays English.
    expect(resultLine()!.textContent).toBe('Did the check in Vietnamese — offer an interpreter');
  });

  it('recordLanguage es and a Spanish code: no interpreter in the Spanish note', async () => {
    languages.recordLanguage = 'es';
    const staff = await openCode('en', encodeHandoffCode(ANSWERS, 'es'));
    const note = await copiedNote(staff);
    expect(note.split('\n')).toContain('Respondió las preguntas en español');
    expect(resultLine()!.textContent).toBe('Did the check in Spanish — offer an interpreter');
  });
});
