/**
 * Self mode's "Have a code from before?" (issue 19), in the whole app: closed, the start screen
 * has fetched nothing more (the form and the code's decoder come with the later part, asked for
 * only when the disclosure opens); a valid code opens the review with its answers, and Continue
 * shows their result; a refused code shows the error summary (focused) and the field's error,
 * opens nothing, and keeps nothing anywhere. The same in a partner's frame (embed=1) and in
 * Spanish.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../src/app/App';
import { loadDeferred } from '../../../src/app/load-deferred';
import { encodeHandoffCode } from '../../../src/questions/handoff-code';
import { recommend } from '../../../src/results/recommend';
import { askedAnswers } from '../../../src/machines/wizard/navigation';
import { enCore } from '../../../src/i18n/en.core';
import { esCore } from '../../../src/i18n/es.core';
import { en } from '../../../src/i18n/en';
import { es } from '../../../src/i18n/es';
import type { Lang } from '../../../src/i18n/types';
import type { Settings } from '../../../src/app/settings';
import { questionText } from '../../../src/i18n/types';
import { testSettings } from '../screens/render';
import { vignette, vignetteAnswers } from '../screens/vignettes';

vi.mock('../../../src/app/load-deferred', async (original) => {
  const real = await original<typeof import('../../../src/app/load-deferred')>();
  return { ...real, loadDeferred: vi.fn(real.loadDeferred) };
});

const WORDS = { en, es } as const;
type TestLang = keyof typeof WORDS & Lang;

function renderApp(lang: TestLang = 'en', settings: Partial<Settings> = {}) {
  const user = userEvent.setup();
  const rendered = render(
    <App
      settings={testSettings({ lang, ...settings })}
      dictionary={lang === 'en' ? enCore : esCore}
    />,
  );
  return { ...rendered, user, t: WORDS[lang] };
}

const toggle = (t: (typeof WORDS)[TestLang]) =>
  screen.getByRole('button', { name: t.start.haveCode });

/** Opens "Have a code from before?" and waits for its form. */
async function openCodeEntry(
  user: ReturnType<typeof userEvent.setup>,
  t: (typeof WORDS)[TestLang],
) {
  await user.click(toggle(t));
  return screen.findByRole('textbox', { name: t.handoff.self.label }, { timeout: 5000 });
}

function nothingKept() {
  expect(sessionStorage.length + localStorage.length).toBe(0);
  expect(document.cookie).toBe('');
}

beforeEach(() => {
  vi.mocked(loadDeferred).mockClear();
  // jsdom has no layout: the error summary's link scrolls its field into view.
  Element.prototype.scrollIntoView = () => {};
  sessionStorage.clear();
  localStorage.clear();
  history.replaceState(null, '', '/');
});
afterEach(cleanup);

describe('"Have a code from before?" on the self start screen', () => {
  it('is closed at first, and the later part (form and decoder) is fetched only when it opens', async () => {
    const { user, t, container } = renderApp();
    const button = toggle(t);
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveAttribute('type', 'button');
    expect(container.querySelector('input[name="resultCode"]')).toBeNull();
    // Touching the page and waiting past the reading moment fetch nothing on the start screen.
    await user.click(screen.getByRole('heading', { level: 1 }));
    await user.keyboard('{Shift}');
    await act(() => new Promise((r) => setTimeout(r, 1100)));
    expect(loadDeferred).not.toHaveBeenCalled();

    const input = await openCodeEntry(user, t);
    expect(loadDeferred).toHaveBeenCalledWith('en');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(input).toHaveAttribute('name', 'resultCode');
    expect(input).toHaveAttribute('autocomplete', 'off');
    expect(input.closest('form')).toHaveAttribute('autocomplete', 'off');
    // Start keeps the only <button type="submit"> in a form: `main form button[type=submit]`.
    const submits = container.querySelectorAll('main form button[type="submit"]');
    expect(submits).toHaveLength(1);
    expect(submits[0]).toHaveTextContent(t.start.begin);
    expect(input.closest('form')).not.toBe(submits[0]!.closest('form'));
    expect(screen.getByRole('button', { name: t.handoff.self.open })).toHaveAttribute(
      'type',
      'submit',
    );

    // Closed again: the form goes, with what was typed.
    await user.type(input, 'ABC');
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(container.querySelector('input[name="resultCode"]')).toBeNull();
  });

  it.each(['moderate-stable-worker', 'no-substances', 'pregnant-opioids'])(
    '%s: a valid code opens the review with its answers; Continue shows their result',
    async (id) => {
      const answers = vignetteAnswers(id);
      const code = encodeHandoffCode(answers);
      const { user, t, container } = renderApp();
      const input = await openCodeEntry(user, t);
      await user.type(input, `${code.toLowerCase()}{Enter}`);

      await waitFor(() =>
        expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(t.review.heading),
      );
      // Every answer in the code, on the review, before any result.
      await waitFor(() => expect(container.querySelector('[aria-busy="true"]')).toBeNull());
      const shown = [...container.querySelectorAll('.summary-list__key')].map((e) => e.textContent);
      expect(shown).toContain(questionText(t, 'respondent').short);
      expect(container.querySelector('[data-level]')).toBeNull();
      expect(container.textContent).not.toContain(code);
      nothingKept();

      await user.click(screen.getByRole('button', { name: t.review.submit }));
      const result = await waitFor(() => {
        const found = container.querySelector('[data-level]');
        expect(found).not.toBeNull();
        return found!;
      });
      const expected = recommend(askedAnswers(answers));
      expect(result.getAttribute('data-level')).toBe(expected.level);
      expect(result.getAttribute('data-level')).toBe(vignette(id).expect.level);
      // The result's code is the one typed: the same answers.
      await waitFor(() =>
        expect(container.querySelector('[data-handoff-code]')?.textContent).toBe(code),
      );
      nothingKept();
      expect(location.href).not.toContain(code.slice(0, 4));
    },
  );

  it('a code whose answers mean danger now goes to the crisis screen, as the questions would', async () => {
    const code = encodeHandoffCode(vignetteAnswers('suicidal-now'));
    const { user, t, container } = renderApp();
    await user.type(await openCodeEntry(user, t), `${code}{Enter}`);
    await waitFor(() => expect(container.querySelector('[data-level="emergency"]')).not.toBeNull());
  });

  it.each([
    ['', en.handoff.self.errors.empty],
    ['04GM-71', en.handoff.self.errors.tooShort],
    ['04GM-71HD-102M-RMFF-0', en.handoff.self.errors.tooLong],
    ['04GM-U1HD-102M', en.handoff.self.errors.character.replace('{character}', 'U')],
    ['04GM-71HD-102M-RMFG', en.handoff.self.errors.mistake],
    [
      encodeHandoffCode(vignetteAnswers('mild-weekend-drinker'), 'en', 31),
      en.handoff.self.errors.version,
    ],
  ])(
    'refuses %j: error summary (focused), field error, nothing opened or kept',
    async (typed, message) => {
      const { user, t, container } = renderApp();
      const input = await openCodeEntry(user, t);
      if (typed) await user.type(input, typed);
      await user.click(screen.getByRole('button', { name: t.handoff.self.open }));

      const summary = await screen.findByRole('alert');
      expect(summary).toHaveTextContent(message);
      expect(summary).toHaveFocus();
      expect(input).toHaveAttribute('aria-invalid', 'true');
      expect(container.querySelector('#result-code-error')).toHaveTextContent(message);
      expect(input.getAttribute('aria-describedby')).toContain('result-code-error');
      expect(input).toHaveValue(typed);
      // Still the start screen: nothing opened.
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(t.start.heading);
      expect(container.querySelector('.summary-list')).toBeNull();
      await waitFor(() => expect(document.title).toMatch(/^Error: /));
      nothingKept();
      // The summary's link leads to the field.
      await user.click(within(summary).getByRole('link'));
      expect(input).toHaveFocus();
      // Staff words are not the person's: no "ask the caller" here.
      expect(container.textContent).not.toMatch(/caller/i);
    },
  );

  it('works in a partner frame (embed=1) too', async () => {
    const answers = vignetteAnswers('mild-weekend-drinker');
    const { user, t, container } = renderApp('en', {
      embed: true,
      parentOrigin: 'https://partner.example',
    });
    await user.type(await openCodeEntry(user, t), `${encodeHandoffCode(answers)}{Enter}`);
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(t.review.heading),
    );
    await user.click(await screen.findByRole('button', { name: t.review.submit }));
    await waitFor(() =>
      expect(container.querySelector('[data-level]')).toHaveAttribute(
        'data-level',
        recommend(askedAnswers(answers)).level,
      ),
    );
    nothingKept();
  });

  it('speaks Spanish', async () => {
    const { user, t } = renderApp('es');
    expect(toggle(t)).toHaveTextContent('¿Tiene un código de antes?');
    const input = await openCodeEntry(user, t);
    expect(loadDeferred).toHaveBeenCalledWith('es');
    await user.type(input, '04GM-71HD-102M-RMFG');
    await user.click(screen.getByRole('button', { name: es.handoff.self.open }));
    expect(await screen.findByRole('alert')).toHaveTextContent(es.handoff.self.errors.mistake);
    expect(screen.getByText(es.handoff.self.hint)).toBeInTheDocument();
  });
});
