/**
 * The language menu (languages spec §5) in the whole app: on the screen, `[data-lang-menu]`
 * lists every offered language in its own name with its `lang`, usable by keyboard alone
 * (Enter opens, the arrow keys move, Enter chooses, Escape closes and gives the focus back);
 * choosing keeps the answers and the step, and `<html lang dir>` follow (right to left in Farsi).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../src/app/App';
import { enCore } from '../../../src/i18n/en.core';
import { es } from '../../../src/i18n/es';
import { fa } from '../../../src/i18n/fa';
import { en } from '../../../src/i18n/en';
import { DEFAULT_LANGUAGES } from '../../../src/i18n/languages';
import { LANGUAGE_NAMES } from '../../../src/i18n/language-names';
import { testSettings } from '../screens/render';

beforeEach(() => {
  Element.prototype.scrollIntoView = () => {};
  history.replaceState(null, '', '/');
  document.documentElement.lang = '';
  document.documentElement.dir = '';
});
afterEach(cleanup);

const menu = () => document.querySelector<HTMLElement>('[data-lang-menu]')!;
const toggle = () => within(menu()).getByRole('button', { expanded: false });
/** After the screen's own focus move (to its h1, a frame after it shows). */
const settled = () => act(() => new Promise((r) => setTimeout(r, 100)));
const heading = () => screen.getByRole('heading', { level: 1 });

describe('the language menu', () => {
  it('lists every offered language in its own name and script, each with its lang, no flags', async () => {
    const user = userEvent.setup();
    render(<App settings={testSettings()} dictionary={enCore} />);
    expect(toggle()).toHaveTextContent(`${en.common.languageMenu}: English`);
    await user.click(toggle());
    const items = within(menu()).getAllByRole('button').slice(1);
    expect(items.map((b) => [b.getAttribute('lang'), b.textContent])).toEqual(
      DEFAULT_LANGUAGES.map((tag) => [tag, LANGUAGE_NAMES[tag]]),
    );
    expect(items.find((b) => b.getAttribute('lang') === 'fa')).toHaveAttribute('dir', 'rtl');
    expect(items.find((b) => b.getAttribute('aria-current') === 'true')).toHaveAttribute(
      'lang',
      'en',
    );
    expect(menu().querySelector('img, svg')).toBeNull();
  });

  it('draws the list, hidden, before it is opened, so a press opens it at once', async () => {
    render(<App settings={testSettings()} dictionary={enCore} />);
    // The list is a chunk of its own (the first load doesn't carry it), fetched when the menu is
    // first drawn: not when it opens, which would leave a press with nothing to show.
    const list = await within(menu()).findByRole('list', { hidden: true });
    expect(list).not.toBeVisible();
    expect(within(list).getAllByRole('button', { hidden: true })).toHaveLength(
      DEFAULT_LANGUAGES.length,
    );
    fireEvent.click(toggle());
    expect(list).toBeVisible();
    expect(menu().querySelector('[aria-expanded="true"]')).toHaveAttribute(
      'aria-controls',
      list.id,
    );
  });

  it('works by keyboard: Enter opens, arrows move, Escape closes and gives the focus back', async () => {
    const user = userEvent.setup();
    render(<App settings={testSettings()} dictionary={enCore} />);
    await settled();
    toggle().focus();
    await user.keyboard('{Enter}');
    expect(menu().querySelector('[aria-expanded]')).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toHaveAttribute('lang', 'en');
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toHaveAttribute('lang', 'es');
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(document.activeElement).toHaveAttribute('lang', DEFAULT_LANGUAGES.at(-1));
    await user.keyboard('{Escape}');
    expect(menu().querySelector('[aria-expanded]')).toHaveAttribute('aria-expanded', 'false');
    expect(document.activeElement).toBe(menu().querySelector('[aria-expanded]'));
    expect(within(menu()).getByRole('list', { hidden: true })).not.toBeVisible();
  });

  it('keeps the answers and the step; <html lang dir> follow, right to left in Farsi', async () => {
    const user = userEvent.setup();
    render(<App settings={testSettings()} dictionary={enCore} />);
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
    expect(document.documentElement.dir).toBe('ltr');
    await user.click(screen.getByRole('button', { name: en.start.begin }));
    await user.click(
      await screen.findByRole('radio', { name: en.questions.respondent.options.self.label }),
    );
    await user.click(screen.getByRole('button', { name: en.common.continue }));
    await waitFor(() => expect(heading()).toHaveTextContent(en.questions['about.age'].label.you), {
      timeout: 5000,
    });
    const age = en.questions['about.age'].options['18-64'].label;
    await user.click(screen.getByRole('radio', { name: age }));

    // To Spanish by keyboard, on the age screen with an answer not yet submitted.
    await settled();
    toggle().focus();
    await user.keyboard('{Enter}{ArrowDown}{ArrowDown}{Enter}');
    await waitFor(() => expect(heading()).toHaveTextContent(es.questions['about.age'].label.you));
    expect(
      screen.getByRole('radio', { name: es.questions['about.age'].options['18-64'].label }),
    ).toBeChecked();
    expect(document.documentElement).toHaveAttribute('lang', 'es');
    expect(document.documentElement).toHaveAttribute('dir', 'ltr');

    // To Farsi: right to left, the same step and answer.
    await user.click(toggle());
    await user.click(within(menu()).getByRole('button', { name: LANGUAGE_NAMES.fa }));
    await waitFor(() => expect(heading()).toHaveTextContent(fa.questions['about.age'].label.you));
    expect(document.documentElement).toHaveAttribute('lang', 'fa');
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(
      screen.getByRole('radio', { name: fa.questions['about.age'].options['18-64'].label }),
    ).toBeChecked();
    expect(toggle()).toHaveTextContent(LANGUAGE_NAMES.fa);

    // Back: the first answer is still there, in Farsi.
    await user.click(screen.getByRole('button', { name: fa.common.back }));
    await waitFor(() => expect(heading()).toHaveTextContent(fa.questions.respondent.label.you));
    expect(
      screen.getByRole('radio', { name: fa.questions.respondent.options.self.label }),
    ).toBeChecked();
  });
});
