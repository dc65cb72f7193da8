/**
 * QuestionScreen: headings and legends, the DOM hooks (name = dotted id, value = answer),
 * GOV.UK error handling on Continue, what onSubmit receives, conditional questions appearing
 * and being required only while shown, "None of these" standing alone, the "they" wording,
 * the back control, "Question N", defaults from earlier answers, and Spanish.
 */
import { afterEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { QuestionScreen } from '../../../src/screens/QuestionScreen';
import type { ScreenId } from '../../../src/questions/screens';
import type { Answers } from '../../../src/questions/answers';
import { en } from '../../../src/i18n/en';
import { es } from '../../../src/i18n/es';
import { inputFor, inputsFor, renderScreen } from './render';
import type { Lang } from '../../../src/i18n/types';
import type { Settings } from '../../../src/app/settings';

function renderQuestion(
  screenId: ScreenId,
  answers: Answers = {},
  { lang = 'en', settings = {} }: { lang?: Lang; settings?: Partial<Settings> } = {},
) {
  const onSubmit = vi.fn();
  const onBack = vi.fn();
  const rendered = renderScreen(
    <QuestionScreen screen={screenId} answers={answers} onSubmit={onSubmit} onBack={onBack} />,
    { lang, settings },
  );
  const form = rendered.container.querySelector('form')!;
  const continueButton = () => screen.getByRole('button', { name: rendered.t.common.continue });
  return { ...rendered, form, onSubmit, onBack, continueButton };
}

/** Answers up to the frequency screen: someone who uses alcohol. */
const USES_ALCOHOL: Answers = {
  respondent: 'self',
  about: { age: '18-64' },
  safety: { emergencyNow: 'no' },
  use: { substances: ['alcohol'] },
};

const ASQ_IDS = [
  'suicide.wishedDead',
  'suicide.betterOff',
  'suicide.thoughts',
  'suicide.attempt',
] as const;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('QuestionScreen: headings and fields', () => {
  it('a single-question screen makes the question the h1, inside the legend', () => {
    const { form } = renderQuestion('respondent');
    const h1 = screen.getByRole('heading', { level: 1 });
    expect(h1).toHaveTextContent(en.questions.respondent.label.you);
    expect(h1.closest('legend')).not.toBeNull();
    expect(h1.closest('fieldset')).not.toBeNull();
    expect(h1).toHaveAttribute('id', 'step-heading');
    expect(form.querySelectorAll('h1')).toHaveLength(1);
    // The fieldset is named by that legend.
    expect(screen.getByRole('group', { name: en.questions.respondent.label.you })).toBeVisible();
  });

  it('a multi-question screen has the screen title as h1 and one legend per question', () => {
    const { form } = renderQuestion('asq');
    const h1 = screen.getByRole('heading', { level: 1 });
    expect(h1).toHaveTextContent(en.screens.asq.you);
    expect(h1.closest('legend')).toBeNull();
    expect(form.querySelectorAll('h1')).toHaveLength(1);
    const legends = Array.from(form.querySelectorAll('legend'), (l) => l.textContent);
    expect(legends).toEqual(ASQ_IDS.map((id) => en.questions[id].label.you));
    for (const id of ASQ_IDS) {
      const group = screen.getByRole('group', { name: en.questions[id].label.you });
      expect(within(group).getAllByRole('radio')).toHaveLength(3);
    }
  });

  it('inputs carry the dotted id as name and the answer value as value', () => {
    const { container } = renderQuestion('asq');
    for (const id of ASQ_IDS) {
      const inputs = inputsFor(container, id);
      expect(inputs.map((i) => i.value)).toEqual(['yes', 'no', 'decline']);
      for (const input of inputs) expect(input.type).toBe('radio');
    }
  });

  it('a multi-select is checkboxes named by its dotted id, one per value', () => {
    const { container } = renderQuestion('substances', { respondent: 'self' });
    const inputs = inputsFor(container, 'use.substances');
    expect(inputs.map((i) => i.value)).toEqual([
      'alcohol',
      'opioids',
      'benzodiazepines',
      'stimulants',
      'cannabis',
      'other',
      'none',
    ]);
    for (const input of inputs) expect(input.type).toBe('checkbox');
    expect(screen.getByRole('checkbox', { name: 'None of these' })).toBe(
      inputFor(container, 'use.substances', 'none'),
    );
  });

  it('every label is tied to its input', () => {
    renderQuestion('respondent');
    expect(screen.getByRole('radio', { name: 'Myself' })).toHaveAttribute('value', 'self');
    expect(screen.getByRole('radio', { name: /^Someone I care about/ })).toHaveAttribute(
      'value',
      'other',
    );
  });

  it('shows its place and the screens to come, read with the heading as its description', () => {
    renderQuestion('age', { respondent: 'self' });
    // Nothing is known yet about substances or the suicide screen: every screen may come.
    expect(screen.getByText('Question 2 of about 19')).toBeVisible();
    expect(screen.getByRole('heading', { level: 1 })).toHaveAccessibleDescription(
      'Question 2 of about 19',
    );
  });

  it('a screen of several questions: its heading is described by the count too', () => {
    renderQuestion('frequency', USES_ALCOHOL);
    expect(screen.getByRole('heading', { level: 1 })).toHaveAccessibleDescription(
      /^Question 5 of about \d+$/,
    );
  });

  it('the count follows the answers the machine holds, not the choices on the screen', async () => {
    const { user } = renderQuestion('substances', { respondent: 'self' });
    expect(screen.getByText('Question 4 of about 19')).toBeVisible();
    await user.click(screen.getByRole('checkbox', { name: /^None of these/ }));
    expect(screen.getByText('Question 4 of about 19')).toBeVisible();
  });

  it('sets the one neutral title, never the question or the step, once the screen has painted', async () => {
    // Titles outlive the tab in the browser's history and "Recently closed" (HAZ-08, HAZ-23).
    document.title = '';
    renderQuestion('asq-now', { respondent: 'self', suicide: { wishedDead: 'yes' } });
    await waitFor(() => expect(document.title).toBe(en.app.title));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      en.questions['suicide.now'].label.you,
    );
  });

  it('in Spanish too', async () => {
    document.title = '';
    renderQuestion('respondent', {}, { lang: 'es' });
    await waitFor(() => expect(document.title).toBe(es.app.title));
  });
});

describe('QuestionScreen: Continue', () => {
  it('with nothing chosen: error summary, focused, an inline error per question, no submit', async () => {
    const { user, form, onSubmit, continueButton } = renderQuestion('asq', { respondent: 'self' });
    expect(screen.queryByRole('alert')).toBeNull();
    await user.click(continueButton());

    const summary = screen.getByRole('alert');
    expect(summary).toHaveTextContent('There is a problem');
    expect(within(summary).getByRole('heading', { name: 'There is a problem' })).toBeVisible();
    // Focus moves in an effect once the errors are rendered.
    await waitFor(() => expect(summary).toHaveFocus());
    // One link per question, pointing at its first input.
    const links = within(summary).getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(
      ASQ_IDS.map((id) => `#${id.replace('.', '-')}`),
    );
    links.forEach((link, i) => {
      expect(link).toHaveTextContent(en.errors.requiredSingle);
      expect(link).toHaveTextContent(en.questions[ASQ_IDS[i]!].short);
    });
    // The summary comes before the h1.
    const h1 = screen.getByRole('heading', { level: 1 });
    expect(summary.compareDocumentPosition(h1) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    // An inline error inside each question's fieldset, which is described by it.
    ASQ_IDS.forEach((id, i) => {
      const group = screen.getByRole('group', { name: en.questions[id].label.you });
      const errorId = `${id.replace('.', '-')}-error`;
      const message = group.querySelector(`#${errorId}`);
      expect(message).not.toBeNull();
      // The same words as its summary link, after a hidden "Error: ".
      expect(message!.textContent).toBe(`Error: ${links[i]!.textContent}`);
      expect(message!.querySelector('.visually-hidden')).toHaveTextContent('Error:');
      expect(group.getAttribute('aria-describedby')?.split(' ')).toContain(errorId);
    });
    expect(form.querySelectorAll('.error-message')).toHaveLength(4);
    await waitFor(() => expect(document.title.startsWith('Error: ')).toBe(true));
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('focuses the error summary again on every failed Continue', async () => {
    const { user, continueButton } = renderQuestion('respondent');
    await user.click(continueButton());
    const summary = screen.getByRole('alert');
    await waitFor(() => expect(summary).toHaveFocus());
    // Clicking Continue again moves focus to the button; the summary must take it back.
    await user.click(continueButton());
    await waitFor(() => expect(screen.getByRole('alert')).toHaveFocus());
    expect(continueButton()).not.toHaveFocus();
  });

  it('an error summary link moves focus to its field', async () => {
    const scroll = vi.fn();
    // jsdom has no scrollIntoView; browsers do.
    Object.defineProperty(HTMLElement.prototype, 'scrollIntoView', {
      configurable: true,
      value: scroll,
    });
    try {
      const { user, container, continueButton } = renderQuestion('asq', { respondent: 'self' });
      await user.click(continueButton());
      const [first] = within(screen.getByRole('alert')).getAllByRole('link');
      await user.click(first!);
      expect(inputFor(container, 'suicide.wishedDead', 'yes')).toHaveFocus();
      expect(scroll).toHaveBeenCalled();
    } finally {
      delete (HTMLElement.prototype as { scrollIntoView?: unknown }).scrollIntoView;
    }
  });

  // On a screen of several questions, identical "Select an answer" links would not tell a
  // screen-reader user which question each is for (WCAG 2.4.4, 3.3.1; GOV.UK: specific).
  it('on a multi-question screen, each error summary link names its question', async () => {
    const { user, continueButton } = renderQuestion('asq', { respondent: 'self' });
    await user.click(continueButton());
    const texts = within(screen.getByRole('alert'))
      .getAllByRole('link')
      .map((a) => a.textContent);
    expect(texts).toHaveLength(4);
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts).toEqual(
      ASQ_IDS.map((id) => expect.stringContaining(en.questions[id].short) as unknown),
    );
  });

  it('a multi-select with nothing chosen asks for "None of these"', async () => {
    const { user, continueButton, onSubmit } = renderQuestion('substances', {
      respondent: 'self',
    });
    await user.click(continueButton());
    expect(screen.getByRole('alert')).toHaveTextContent(en.errors.requiredMulti);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('with answers chosen, calls onSubmit once with the screen and the nested values', async () => {
    const { user, container, continueButton, onSubmit } = renderQuestion('asq', {
      respondent: 'self',
    });
    await user.click(inputFor(container, 'suicide.wishedDead', 'no'));
    await user.click(inputFor(container, 'suicide.betterOff', 'yes'));
    await user.click(inputFor(container, 'suicide.thoughts', 'decline'));
    await user.click(inputFor(container, 'suicide.attempt', 'no'));
    await user.click(continueButton());
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onSubmit).toHaveBeenCalledWith('asq', {
      suicide: { wishedDead: 'no', betterOff: 'yes', thoughts: 'decline', attempt: 'no' },
    });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('a top-level question submits a top-level value', async () => {
    const { user, continueButton, onSubmit } = renderQuestion('respondent');
    await user.click(screen.getByRole('radio', { name: 'Myself' }));
    await user.click(continueButton());
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onSubmit).toHaveBeenCalledWith('respondent', { respondent: 'self' });
  });

  it('after a failed Continue, answering and continuing submits and clears the errors', async () => {
    const { user, continueButton, onSubmit } = renderQuestion('respondent');
    await user.click(continueButton());
    expect(screen.getByRole('alert')).toBeVisible();
    await user.click(screen.getByRole('radio', { name: 'Myself' }));
    await user.click(continueButton());
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByText(/Select an answer/)).toBeNull();
  });

  it('partly answered: errors only for the questions left', async () => {
    const { user, container, continueButton, onSubmit } = renderQuestion('asq', {
      respondent: 'self',
    });
    await user.click(inputFor(container, 'suicide.wishedDead', 'no'));
    await user.click(inputFor(container, 'suicide.thoughts', 'no'));
    await user.click(continueButton());
    const links = within(screen.getByRole('alert')).getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '#suicide-betterOff',
      '#suicide-attempt',
    ]);
    expect(onSubmit).not.toHaveBeenCalled();
  });
});

describe('QuestionScreen: conditional questions', () => {
  const lastUseLabel = en.questions['use.lastUse'].label.you;
  const othersUseLabel = en.questions['living.othersUse'].label.you;

  it('use.lastUse appears once frequency is recent and goes away for not-recent', async () => {
    const { user, container } = renderQuestion('frequency', USES_ALCOHOL);
    // Not shown before the frequency is known.
    expect(screen.queryByRole('group', { name: lastUseLabel })).toBeNull();
    expect(inputsFor(container, 'use.lastUse')).toHaveLength(0);

    await user.click(inputFor(container, 'use.frequency', 'daily'));
    expect(screen.getByRole('group', { name: lastUseLabel })).toBeVisible();
    expect(inputsFor(container, 'use.lastUse').map((i) => i.value)).toEqual([
      'today',
      'days',
      'weeks',
    ]);

    await user.click(inputFor(container, 'use.frequency', 'not-recent'));
    expect(screen.queryByRole('group', { name: lastUseLabel })).toBeNull();

    for (const value of ['weekly', 'monthly'] as const) {
      await user.click(inputFor(container, 'use.frequency', value));
      expect(screen.getByRole('group', { name: lastUseLabel })).toBeVisible();
    }
  });

  it('use.lastUse is required while shown', async () => {
    const { user, container, continueButton, onSubmit } = renderQuestion('frequency', USES_ALCOHOL);
    await user.click(inputFor(container, 'use.frequency', 'weekly'));
    await user.click(continueButton());
    const links = within(screen.getByRole('alert')).getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['#use-lastUse']);
    expect(onSubmit).not.toHaveBeenCalled();

    await user.click(inputFor(container, 'use.lastUse', 'days'));
    await user.click(continueButton());
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onSubmit).toHaveBeenCalledWith('frequency', {
      use: { frequency: 'weekly', lastUse: 'days' },
    });
  });

  it('with nothing chosen, only the frequency is reported missing', async () => {
    const { user, continueButton } = renderQuestion('frequency', USES_ALCOHOL);
    await user.click(continueButton());
    const links = within(screen.getByRole('alert')).getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['#use-frequency']);
  });

  it('use.lastUse is not required when hidden, and a hidden answer is not submitted', async () => {
    const { user, container, continueButton, onSubmit } = renderQuestion('frequency', USES_ALCOHOL);
    await user.click(inputFor(container, 'use.frequency', 'daily'));
    await user.click(inputFor(container, 'use.lastUse', 'today'));
    await user.click(inputFor(container, 'use.frequency', 'not-recent'));
    await user.click(continueButton());
    expect(screen.queryByRole('alert')).toBeNull();
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onSubmit).toHaveBeenCalledWith('frequency', { use: { frequency: 'not-recent' } });
  });

  it("a hidden question's error goes away with it", async () => {
    const { user, container, continueButton } = renderQuestion('frequency', USES_ALCOHOL);
    await user.click(inputFor(container, 'use.frequency', 'daily'));
    await user.click(continueButton());
    expect(screen.getByRole('alert')).toBeVisible();
    await user.click(inputFor(container, 'use.frequency', 'not-recent'));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByText(/Select an answer/)).toBeNull();
  });

  it('living.othersUse is shown for stable and unstable homes only', async () => {
    const { user, container } = renderQuestion('home', { respondent: 'self' });
    expect(screen.queryByRole('group', { name: othersUseLabel })).toBeNull();
    const expected = { stable: true, 'sober-living': false, unstable: true, homeless: false };
    for (const [value, shown] of Object.entries(expected)) {
      await user.click(inputFor(container, 'living.situation', value));
      if (shown) expect(screen.getByRole('group', { name: othersUseLabel })).toBeVisible();
      else expect(screen.queryByRole('group', { name: othersUseLabel })).toBeNull();
    }
  });

  it('living.othersUse is required only when shown', async () => {
    const { user, container, continueButton, onSubmit } = renderQuestion('home', {
      respondent: 'self',
    });
    await user.click(inputFor(container, 'living.situation', 'unstable'));
    await user.click(continueButton());
    const links = within(screen.getByRole('alert')).getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['#living-othersUse']);
    expect(onSubmit).not.toHaveBeenCalled();

    await user.click(inputFor(container, 'living.situation', 'homeless'));
    await user.click(continueButton());
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onSubmit).toHaveBeenCalledWith('home', { living: { situation: 'homeless' } });
  });

  it('living.othersUse answered when shown is submitted', async () => {
    const { user, container, continueButton, onSubmit } = renderQuestion('home', {
      respondent: 'self',
    });
    await user.click(inputFor(container, 'living.situation', 'stable'));
    await user.click(inputFor(container, 'living.othersUse', 'yes'));
    await user.click(continueButton());
    expect(onSubmit).toHaveBeenCalledWith('home', {
      living: { situation: 'stable', othersUse: 'yes' },
    });
  });
});

describe('QuestionScreen: "None of these"', () => {
  it('checking it unchecks the others; checking another unchecks it', async () => {
    const { user, container, continueButton, onSubmit } = renderQuestion('substances', {
      respondent: 'self',
    });
    const box = (v: string) => inputFor(container, 'use.substances', v);
    await user.click(box('alcohol'));
    await user.click(box('opioids'));
    expect(box('alcohol')).toBeChecked();
    expect(box('opioids')).toBeChecked();

    await user.click(box('none'));
    expect(box('none')).toBeChecked();
    expect(box('alcohol')).not.toBeChecked();
    expect(box('opioids')).not.toBeChecked();

    await user.click(box('cannabis'));
    expect(box('cannabis')).toBeChecked();
    expect(box('none')).not.toBeChecked();

    await user.click(continueButton());
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onSubmit).toHaveBeenCalledWith('substances', { use: { substances: ['cannabis'] } });
  });

  it('unchecking a box removes only that value', async () => {
    const { user, container, continueButton, onSubmit } = renderQuestion('substances', {
      respondent: 'self',
    });
    const box = (v: string) => inputFor(container, 'use.substances', v);
    await user.click(box('alcohol'));
    await user.click(box('stimulants'));
    await user.click(box('alcohol'));
    expect(box('alcohol')).not.toBeChecked();
    expect(box('stimulants')).toBeChecked();
    await user.click(continueButton());
    expect(onSubmit).toHaveBeenCalledWith('substances', { use: { substances: ['stimulants'] } });
  });

  it('"None of these" alone submits ["none"]', async () => {
    const { user, continueButton, onSubmit } = renderQuestion('substances', {
      respondent: 'self',
    });
    await user.click(screen.getByRole('checkbox', { name: 'None of these' }));
    await user.click(continueButton());
    expect(onSubmit).toHaveBeenCalledWith('substances', { use: { substances: ['none'] } });
  });
});

describe('QuestionScreen: wording, back, defaults, language', () => {
  it("uses the 'they' wording when answering for someone else", () => {
    renderQuestion('age', { respondent: 'other' });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'How old is your loved one?',
    );
    expect(screen.queryByText('How old are you?')).toBeNull();
  });

  it("uses the 'they' wording for screen titles, legends and hints", () => {
    renderQuestion('criteria', { ...USES_ALCOHOL, respondent: 'other' });
    const q = en.questions['use.criteria'];
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(q.label.they);
    expect(screen.getByText(q.hint.they)).toBeVisible();
    expect(screen.queryByText(q.hint.you)).toBeNull();
  });

  it("uses the 'they' screen title on a multi-question screen", () => {
    renderQuestion('frequency', { ...USES_ALCOHOL, respondent: 'other' });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(en.screens.frequency.they);
    expect(
      screen.getByRole('group', { name: en.questions['use.frequency'].label.they }),
    ).toBeVisible();
  });

  it("uses the 'you' wording for oneself", () => {
    renderQuestion('age', { respondent: 'self' });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('How old are you?');
  });

  it('the back control is a type="button" with data-action="back" that calls onBack', async () => {
    const { user, form, onBack, onSubmit } = renderQuestion('age', { respondent: 'self' });
    const back = screen.getByRole('button', { name: 'Back' });
    expect(back).toHaveAttribute('data-action', 'back');
    expect(back).toHaveAttribute('type', 'button');
    expect(form.contains(back)).toBe(true);
    await user.click(back);
    expect(onBack).toHaveBeenCalledTimes(1);
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('the only submit button in the form is Continue', () => {
    const { form } = renderQuestion('asq', { respondent: 'self' });
    const buttons = Array.from(form.querySelectorAll('button'));
    const submits = buttons.filter((b) => b.type === 'submit');
    expect(submits).toHaveLength(1);
    expect(submits[0]).toHaveTextContent('Continue');
    for (const b of buttons) if (b !== submits[0]) expect(b).toHaveAttribute('type', 'button');
    expect(form).toHaveAttribute('novalidate');
  });

  it('pre-checks earlier answers, and submits them unchanged', async () => {
    const answers: Answers = {
      ...USES_ALCOHOL,
      use: { substances: ['alcohol'], frequency: 'weekly', lastUse: 'days' },
    };
    const { user, container, continueButton, onSubmit } = renderQuestion('frequency', answers);
    expect(inputFor(container, 'use.frequency', 'weekly')).toBeChecked();
    expect(inputFor(container, 'use.frequency', 'daily')).not.toBeChecked();
    expect(inputFor(container, 'use.lastUse', 'days')).toBeChecked();
    await user.click(continueButton());
    expect(onSubmit).toHaveBeenCalledWith('frequency', {
      use: { frequency: 'weekly', lastUse: 'days' },
    });
  });

  it('pre-checks an earlier multi-select answer', () => {
    const { container } = renderQuestion('substances', {
      respondent: 'self',
      use: { substances: ['alcohol', 'cannabis'] },
    });
    const checked = inputsFor(container, 'use.substances').filter((i) => i.checked);
    expect(checked.map((i) => i.value)).toEqual(['alcohol', 'cannabis']);
  });

  it('pre-checks a top-level answer', () => {
    const { container } = renderQuestion('respondent', { respondent: 'other' });
    expect(inputFor(container, 'respondent', 'other')).toBeChecked();
    expect(inputFor(container, 'respondent', 'self')).not.toBeChecked();
  });

  it("names the state's Medicaid programme on the insurance screen", async () => {
    const { user, continueButton, onSubmit } = renderQuestion('insurance', { respondent: 'self' });
    const medicaid = screen.getByRole('radio', { name: /^Medi-Cal \(Medicaid\)/ });
    expect(medicaid).toHaveAttribute('name', 'insurance.type');
    expect(medicaid).toHaveAttribute('value', 'medicaid');
    await user.click(medicaid);
    await user.click(continueButton());
    expect(onSubmit).toHaveBeenCalledWith('insurance', { insurance: { type: 'medicaid' } });
  });

  it('renders Spanish with the Spanish dictionary', async () => {
    const { user, onSubmit } = renderQuestion('respondent', {}, { lang: 'es' });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      es.questions.respondent.label.you,
    );
    expect(screen.getByText('Pregunta 1 de unas 19')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Atrás' })).toBeVisible();
    expect(screen.getByRole('radio', { name: 'Para mí' })).toHaveAttribute('value', 'self');
    expect(screen.queryByText('Continue')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Continuar' }));
    const summary = screen.getByRole('alert');
    expect(summary).toHaveTextContent('Hay un problema');
    expect(summary).toHaveTextContent(es.errors.requiredSingle);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('Spanish "they" wording and multi-select error', async () => {
    const { user } = renderQuestion('substances', { respondent: 'other' }, { lang: 'es' });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      es.questions['use.substances'].label.they,
    );
    await user.click(screen.getByRole('button', { name: 'Continuar' }));
    expect(screen.getByRole('alert')).toHaveTextContent(es.errors.requiredMulti);
  });
});

// The integration contract: inside the partner's iframe the wizard "moves focus without
// scrolling the partner's page (preventScroll)". The error summary's own focus and its links'
// focus must not scroll (focus() without preventScroll, or scrollIntoView, would scroll the
// partner page to the frame).
describe('QuestionScreen inside a partner page (embed)', () => {
  const EMBED: Partial<Settings> = { embed: true, parentOrigin: 'https://partner.example' };

  /** The options of every focus() call made on `el`. */
  function focusOptions(spy: MockInstance<HTMLElement['focus']>, el: Element): unknown[] {
    const { contexts, calls } = spy.mock;
    return contexts.flatMap((context: unknown, i: number) =>
      context === el ? [calls[i]?.[0]] : [],
    );
  }

  it('focuses the error summary without scrolling the partner page', async () => {
    const { user, continueButton } = renderQuestion('respondent', {}, { settings: EMBED });
    const focus = vi.spyOn(HTMLElement.prototype, 'focus');
    await user.click(continueButton());
    const summary = screen.getByRole('alert');
    await waitFor(() => expect(summary).toHaveFocus());
    const calls = focusOptions(focus, summary);
    expect(calls.length).toBeGreaterThan(0);
    for (const options of calls) expect(options).toMatchObject({ preventScroll: true });
  });

  it('an error summary link focuses its field without scrolling the partner page', async () => {
    const scroll = vi.fn();
    Object.defineProperty(HTMLElement.prototype, 'scrollIntoView', {
      configurable: true,
      value: scroll,
    });
    try {
      const { user, container, continueButton } = renderQuestion(
        'respondent',
        {},
        { settings: EMBED },
      );
      await user.click(continueButton());
      const focus = vi.spyOn(HTMLElement.prototype, 'focus');
      const [link] = within(screen.getByRole('alert')).getAllByRole('link');
      await user.click(link!);
      const input = inputFor(container, 'respondent', 'self');
      expect(input).toHaveFocus();
      expect(scroll).not.toHaveBeenCalled();
      const calls = focusOptions(focus, input);
      expect(calls.length).toBeGreaterThan(0);
      for (const options of calls) expect(options).toMatchObject({ preventScroll: true });
    } finally {
      delete (HTMLElement.prototype as { scrollIntoView?: unknown }).scrollIntoView;
    }
  });
});
