/**
 * ReviewScreen ("Check your answers"): only the questions actually asked, in asking order,
 * answers in words, a Change button per row (type="button", hidden text naming the question)
 * that reports its screen, and a submit that confirms.
 */
import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { ReviewScreen } from '../../../src/screens/ReviewScreen';
import type { Answers } from '../../../src/questions/answers';
import type { Lang } from '../../../src/i18n/types';
import { renderScreen, renderWholeScreen } from './render';
import { vignetteAnswers } from './vignettes';
import { en } from '../../../src/i18n/en';
import { es } from '../../../src/i18n/es';

async function renderReview(answers: Answers, lang: Lang = 'en') {
  const onChange = vi.fn();
  const onConfirm = vi.fn();
  const onBack = vi.fn();
  const rendered = await renderWholeScreen(
    <ReviewScreen answers={answers} onChange={onChange} onConfirm={onConfirm} onBack={onBack} />,
    { lang },
  );
  const form = rendered.container.querySelector('form')!;
  return { ...rendered, form, onChange, onConfirm, onBack };
}

/**
 * A Change button by the question it names. Its hidden text starts with a space inside the
 * visually-hidden span (the GOV.UK pattern); browsers keep that space, dom-accessibility-api
 * trims it, so the accessible name is matched with the space optional.
 */
function changeName(question: string, change = 'Change', hidden = 'your answer for'): RegExp {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escape(change)}\\s?${escape(hidden)} ${escape(question)}$`);
}

function changeButton(question: string, change?: string, hidden?: string): HTMLElement {
  return screen.getByRole('button', { name: changeName(question, change, hidden) });
}

/** [question, answer] for every row, as shown. */
function rows(container: HTMLElement): [string, string][] {
  return Array.from(container.querySelectorAll('dt'), (dt) => {
    const value = dt.nextElementSibling;
    return [dt.textContent ?? '', value?.textContent ?? ''];
  });
}

const NO_SUBSTANCES_ROWS: [string, string][] = [
  ['Answering for', 'Myself'],
  ['Age', '18 to 64'],
  ['Danger right now', 'No'],
  ['Substances used', 'None of these'],
  ['Health condition', 'No'],
  ['Pregnant', "Doesn't apply"],
  ['Wished to be dead (past few weeks)', 'No'],
  ['Felt better off dead (past few weeks)', 'No'],
  ['Thoughts of suicide (past week)', 'No'],
  ['Past suicide attempt', 'No'],
  ['Mental health', 'No problems'],
  ['Readiness for change', 'Ready to make a change'],
  ['Living situation', "Own home or a family member's home"],
  ['Someone at home uses heavily', 'No'],
  ['Feels safe at home', 'Yes'],
  ['Support for recovery', 'Yes, strong support'],
  ['Reliable way to get to care', 'Yes'],
  ['Work, school and caregiving', 'Full-time work'],
  ['Time away for treatment', 'No, treatment has to fit around work, school or caregiving'],
  ['Best time for sessions', 'Evening'],
  ['Insurance', 'Private insurance'],
];

describe('ReviewScreen', () => {
  it('draws its top first: the heading and 8 rows, the list marked busy; the rest a frame later', async () => {
    const { container } = renderScreen(
      <ReviewScreen
        answers={vignetteAnswers('no-substances')}
        onChange={() => {}}
        onConfirm={() => {}}
        onBack={() => {}}
      />,
    );
    const list = container.querySelector('dl')!;
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Check your answers');
    expect(rows(container)).toEqual(NO_SUBSTANCES_ROWS.slice(0, 8));
    expect(list).toHaveAttribute('aria-busy', 'true');
    expect(screen.queryByRole('button', { name: 'See the result' })).toBeNull();
    await waitFor(() => expect(list).not.toHaveAttribute('aria-busy'));
    expect(rows(container)).toEqual(NO_SUBSTANCES_ROWS);
    expect(screen.getByRole('button', { name: 'See the result' })).toHaveAttribute(
      'type',
      'submit',
    );
  });

  it.each([
    ['en', en],
    ['es', es],
  ] as const)(
    '%s: staff mode says "the caller\'s answers"; self mode "your answers"',
    async (lang, t) => {
      const answers = vignetteAnswers('no-substances');
      const ui = (
        <ReviewScreen
          answers={answers}
          onChange={() => {}}
          onConfirm={() => {}}
          onBack={() => {}}
        />
      );
      const staff = await renderWholeScreen(ui, { lang, settings: { mode: 'staff' } });
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(t.staff.review.heading);
      expect(staff.container).toHaveTextContent(t.staff.review.intro);
      expect(staff.container).not.toHaveTextContent(t.review.intro);
      staff.unmount();
      const self = await renderWholeScreen(ui, { lang });
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(t.review.heading);
      expect(self.container).toHaveTextContent(t.review.intro);
      expect(t.staff.review.heading).not.toBe(t.review.heading);
    },
  );

  it('lists every asked question with its answer in words, in asking order', async () => {
    const { container } = await renderReview(vignetteAnswers('no-substances'));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Check your answers');
    expect(rows(container)).toEqual(NO_SUBSTANCES_ROWS);
  });

  it('does not show stale answers to questions no longer asked', async () => {
    const answers = vignetteAnswers('no-substances');
    // Answered before "None of these" was chosen: none of these is asked now.
    answers.use = {
      substances: ['none'],
      frequency: 'daily',
      lastUse: 'today',
      criteria: ['craving', 'tolerance'],
    };
    answers.withdrawal = { history: ['seizures'], current: 'mild' };
    answers.history = { treatment: ['iop'], relapsedAfter: 'yes' };
    answers.suicide = { ...answers.suicide, now: 'no' };
    const { container } = await renderReview(answers);
    expect(rows(container)).toEqual(NO_SUBSTANCES_ROWS);
    for (const gone of [
      'How often (past 30 days)',
      'Last use',
      'Signs in the past 12 months',
      'Past withdrawal',
      'Withdrawal now',
      'Past treatment',
      'Used again after treatment',
      'Thoughts of suicide now',
    ]) {
      expect(screen.queryByText(gone)).toBeNull();
    }
    expect(screen.queryByText('Every day or nearly every day')).toBeNull();
  });

  it('hides a conditional question whose condition no longer holds', async () => {
    const answers = vignetteAnswers('no-substances');
    answers.living = { ...answers.living, situation: 'homeless', othersUse: 'yes' };
    const { container } = await renderReview(answers);
    const shown = rows(container).map(([q]) => q);
    expect(shown).toContain('Living situation');
    expect(shown).not.toContain('Someone at home uses heavily');
  });

  it('shows conditional questions that are asked, and joins multi-select answers', async () => {
    const answers = vignetteAnswers('step-down-after-residential');
    answers.obligations = { ...answers.obligations, roles: ['work-full', 'children'] };
    const { container } = await renderReview(answers);
    const shown = new Map(rows(container));
    expect(shown.get('How often (past 30 days)')).toBe('Not at all in the past 30 days');
    // Not asked when the frequency is "not-recent".
    expect(shown.has('Last use')).toBe(false);
    expect(shown.get('Past treatment')).toBe('Residential (live-in) treatment');
    expect(shown.get('Used again after treatment')).toBe('No');
    expect(shown.get('Finished residential or PHP (past 30 days)')).toBe('Yes');
    expect(shown.get('Work, school and caregiving')).toBe('Full-time work, Caring for children');
    const criteria = en.questions['use.criteria'].options;
    expect(shown.get('Signs in the past 12 months')).toBe(
      [
        criteria['larger-amounts'].label,
        criteria['cut-down'].label,
        criteria['time-spent'].label,
        criteria.craving.label,
        criteria['role-failure'].label,
        criteria['social-problems'].label,
        criteria['activities-given-up'].label,
      ].join(', '),
    );
  });

  it("shows Medicaid by the state's programme name", async () => {
    const answers = vignetteAnswers('no-substances');
    answers.insurance = { type: 'medicaid' };
    const { container } = await renderReview(answers);
    expect(new Map(rows(container)).get('Insurance')).toBe('Medi-Cal (Medicaid)');
  });

  it('shows suicide.now only when the ASQ is positive', async () => {
    const { container } = await renderReview(
      vignetteAnswers('past-week-suicidal-thoughts-moderate'),
    );
    const shown = new Map(rows(container));
    expect(shown.get('Wished to be dead (past few weeks)')).toBe('Yes');
    expect(shown.get('Thoughts of suicide now')).toBe('No');
  });

  it('each row has a Change button, type="button", whose hidden text names the question', async () => {
    const { container } = await renderReview(vignetteAnswers('no-substances'));
    const buttons = screen.getAllByRole('button', { name: /^Change/ });
    expect(buttons).toHaveLength(NO_SUBSTANCES_ROWS.length);
    buttons.forEach((button, i) => {
      const [question] = NO_SUBSTANCES_ROWS[i]!;
      expect(button).toHaveAccessibleName(changeName(question));
      expect(button).toHaveAttribute('type', 'button');
      expect(button.textContent).toBe(`Change your answer for ${question}`);
      const hidden = button.querySelector('.visually-hidden');
      expect(hidden?.textContent).toBe(` your answer for ${question}`);
    });
    // The button sits in its question's row.
    const row = container.querySelector('dt')!.closest('div')!;
    expect(within(row).getByRole('button')).toBe(buttons[0]);
  });

  it.each([
    ['Answering for', 'respondent'],
    ['Age', 'age'],
    ['Substances used', 'substances'],
    ['Pregnant', 'medical'],
    ['Thoughts of suicide (past week)', 'asq'],
    ['Someone at home uses heavily', 'home'],
    ['Reliable way to get to care', 'support'],
    ['Best time for sessions', 'schedule'],
    ['Insurance', 'insurance'],
  ])('Change for "%s" calls onChange(%s)', async (question, screenId) => {
    const { user, onChange, onConfirm } = await renderReview(vignetteAnswers('no-substances'));
    await user.click(changeButton(question));
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenCalledWith(screenId);
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('Change for a question on the frequency screen reports that screen', async () => {
    const { user, onChange } = await renderReview(vignetteAnswers('mild-weekend-drinker'));
    await user.click(changeButton('Last use'));
    expect(onChange).toHaveBeenCalledWith('frequency');
  });

  it('submitting the form calls onConfirm once, and nothing else', async () => {
    const { user, form, onConfirm, onChange, onBack } = await renderReview(
      vignetteAnswers('no-substances'),
    );
    const submit = screen.getByRole('button', { name: 'See the result' });
    expect(submit).toHaveAttribute('type', 'submit');
    expect(form.contains(submit)).toBe(true);
    await user.click(submit);
    expect(onConfirm).toHaveBeenCalledTimes(1);
    expect(onChange).not.toHaveBeenCalled();
    expect(onBack).not.toHaveBeenCalled();
  });

  it('has one submit button; the others, including back, are type="button"', async () => {
    const { user, form, onBack, onConfirm } = await renderReview(vignetteAnswers('no-substances'));
    const buttons = Array.from(form.querySelectorAll('button'));
    expect(buttons.filter((b) => b.type === 'submit')).toHaveLength(1);
    const back = screen.getByRole('button', { name: 'Back' });
    expect(back).toHaveAttribute('type', 'button');
    expect(back).toHaveAttribute('data-action', 'back');
    await user.click(back);
    expect(onBack).toHaveBeenCalledTimes(1);
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('renders Spanish', async () => {
    const { container } = await renderReview(vignetteAnswers('no-substances'), 'es');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Revise sus respuestas');
    expect(rows(container)[0]).toEqual(['Responde para', 'Para mí']);
    expect(changeButton('Edad', 'Cambiar', 'su respuesta sobre').textContent).toBe(
      'Cambiar su respuesta sobre Edad',
    );
    expect(screen.getByRole('button', { name: 'Ver el resultado' })).toBeVisible();
  });
});
