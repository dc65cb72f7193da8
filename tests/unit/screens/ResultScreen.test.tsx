/**
 * ResultScreen (assessment contract §4): the data-* hooks equal recommend()'s values, the
 * level and its ASAM number, the reasons in plain words, the alternative only when there is
 * one, the urgency card, the 988 card first when the suicide screen is positive, the center's
 * tel: link, the notes (insurance by programme name), "not a diagnosis", print and start over.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { ResultScreen } from '../../../src/screens/ResultScreen';
import { recommend, type Recommendation } from '../../../src/results/recommend';
import type { Answers } from '../../../src/questions/answers';
import { en } from '../../../src/i18n/en';
import { es } from '../../../src/i18n/es';
import { voice } from '../../../src/i18n/format';
import type { Lang } from '../../../src/i18n/types';
import type { Settings } from '../../../src/app/settings';
import { renderScreen, renderWholeScreen, TEST_CENTER, TEST_PHONE_SHOWN, TEST_TEL } from './render';
import { VIGNETTES, vignetteAnswers } from './vignettes';

async function renderResult(answers: Answers, lang: Lang = 'en', settings: Partial<Settings> = {}) {
  const result = recommend(answers);
  const onRestart = vi.fn();
  const rendered = await renderWholeScreen(
    <ResultScreen answers={answers} result={result} onRestart={onRestart} />,
    { lang, settings },
  );
  const root = rendered.container.firstElementChild as HTMLElement;
  return { ...rendered, result, root, onRestart };
}

/** The section headed by `title` (sections are labelled by their h2). */
function section(title: string | RegExp): HTMLElement {
  return screen.getByRole('region', { name: title });
}

const NON_EMERGENCY = VIGNETTES.filter((v) => v.expect.level !== 'emergency').map((v) => v.id);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('ResultScreen: the outcome hooks', () => {
  it.each(NON_EMERGENCY)('%s: root data-level/-asam/-urgency equal recommend()', async (id) => {
    const { root, result } = await renderResult(vignetteAnswers(id));
    expect(root.tagName).toBe('ARTICLE');
    expect(root).toHaveAttribute('data-level', result.level);
    expect(root).toHaveAttribute('data-asam', result.asamLevel);
    expect(root).toHaveAttribute('data-urgency', result.urgency);
    // Only the root carries them.
    expect(document.querySelectorAll('[data-level]')).toHaveLength(1);
  });

  it.each(NON_EMERGENCY)('%s: level name, ASAM number, reasons in plain words', async (id) => {
    const answers = vignetteAnswers(id);
    const { result } = await renderResult(answers);
    const level = en.levels[result.level as keyof typeof en.levels];
    const h1 = screen.getByRole('heading', { level: 1 });
    expect(h1).toHaveTextContent(level.name);
    expect(h1).toHaveTextContent(voice(en.result.heading, answers.respondent));
    expect(screen.getByText(`Often called ASAM Level ${result.asamLevel}`)).toBeVisible();
    expect(screen.getByText(level.summary)).toBeVisible();

    const why = section(en.result.whyHeading);
    const items = within(why)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual(
      result.reasons.map((code) => {
        const text = en.reasons[code as keyof typeof en.reasons];
        expect(text, `words for reason ${code}`).toBeDefined();
        return voice(text, answers.respondent);
      }),
    );
    const body = document.body.textContent ?? '';
    for (const code of result.reasons) expect(body).not.toContain(code);
    for (const note of result.notes) if (note.includes('-')) expect(body).not.toContain(note);
    // No template left unfilled.
    expect(body).not.toMatch(/\{[A-Za-z0-9_]+\}/);
  });

  it('shows what a week looks like and the withdrawal need', async () => {
    const { result } = await renderResult(vignetteAnswers('seizure-history-daily-drinker'));
    expect(result.withdrawal).toBe('inpatient');
    const week = section(en.result.weekHeading);
    // Folded (issue 19): in the page, shown when the fold opens; the withdrawal need, open.
    for (const line of en.levels.residential.week)
      expect(within(week).getByText(line)).toBeInTheDocument();
    expect(week.querySelector('details')).not.toBeNull();
    expect(
      within(section(en.result.withdrawalHeading)).getByText(en.result.withdrawal.inpatient.you),
    ).toBeVisible();
  });

  it("uses the 'they' wording when answering for someone else", async () => {
    const answers = vignetteAnswers('teen-cannabis');
    expect(answers.respondent).toBe('other');
    const { result } = await renderResult(answers);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      `Care that may fit your loved one: ${en.levels.iop.name}`,
    );
    expect(screen.getByText(en.reasons['moderate-use-disorder'].they)).toBeInTheDocument();
    expect(screen.queryByText(en.reasons['moderate-use-disorder'].you)).toBeNull();
    expect(result.notes).toContain('adolescent');
    // Under "Good to know", folded (issue 19): in the page, shown once the fold opens.
    expect(screen.getByText(en.notes.adolescent.they)).toBeInTheDocument();
  });

  // Contract §2 (v1.1): staff mode speaks of the person in the staff voice, whoever calls.
  it.each(['moderate-stable-worker', 'teen-cannabis'])(
    '%s: staff mode words the result in the staff voice, whoever calls',
    async (id) => {
      const answers = vignetteAnswers(id);
      const { result } = await renderResult(answers, 'en', { mode: 'staff' });
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
        `Care that may fit the person: ${en.levels[result.level as keyof typeof en.levels].name}`,
      );
      const items = within(section(en.result.whyHeading))
        .getAllByRole('listitem')
        .map((li) => li.textContent);
      expect(items).toEqual(
        result.reasons.map((code) => en.reasons[code as keyof typeof en.reasons].staff),
      );
      const notes = section(en.result.notesHeading).textContent ?? '';
      expect(notes).not.toMatch(/\byour?\b|loved one/i);
      expect(screen.getByText(en.result.notDiagnosis.staff)).toBeVisible();
    },
  );

  it("staff mode: the card is the staff's next step by urgency, with no link to the center", async () => {
    for (const [id, urgency] of [
      ['seizure-history-daily-drinker', 'today'],
      ['moderate-stable-worker', 'soon'],
    ] as const) {
      const answers = vignetteAnswers(id);
      const { result, unmount } = await renderResult(answers, 'en', { mode: 'staff' });
      expect(result.urgency).toBe(urgency);
      const card = document.getElementById('urgency-title')!.closest('section')!;
      expect(card).toHaveTextContent(en.staff.result.nextStep[urgency].title);
      expect(card).toHaveTextContent(en.staff.result.nextStep[urgency].body);
      expect(card).not.toHaveTextContent(en.result.urgency[urgency].title);
      // The referral may name the center (it lists no program there); the card never asks
      // staff to call it, and nothing links its number.
      expect(card).not.toHaveTextContent(TEST_CENTER);
      const article = document.querySelector('article.result')!;
      expect(article.querySelector(`a[href="${TEST_TEL}"]`)).toBeNull();
      unmount();
    }
  });

  it('draws its top first (level, how soon, the call); the reasons and the rest a frame later', async () => {
    const answers = vignetteAnswers('seizure-history-daily-drinker');
    const result = recommend(answers);
    renderScreen(<ResultScreen answers={answers} result={result} onRestart={() => {}} />);
    const level = en.levels[result.level as keyof typeof en.levels];
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(level.name);
    const card = document.getElementById('urgency-title')!.closest('section')!;
    expect(card).toHaveTextContent('Call today');
    const call = within(card).getByRole('link', { name: new RegExp(TEST_CENTER) });
    expect(call).toHaveAttribute('href', TEST_TEL);
    const rest = document.querySelector('.step__rest')!;
    expect(rest).toHaveAttribute('aria-busy', 'true');
    expect(screen.queryByRole('region', { name: en.result.whyHeading })).toBeNull();
    await waitFor(() => expect(rest).not.toHaveAttribute('aria-busy'));
    expect(section(en.result.whyHeading)).toBeInTheDocument();
    expect(screen.getByText(en.result.notDiagnosis.you)).toBeInTheDocument();
  });

  it('sets the one neutral title, without the level (the history keeps titles)', async () => {
    document.title = '';
    await renderResult(vignetteAnswers('moderate-stable-worker'));
    await waitFor(() => expect(document.title).toBe(en.app.title));
  });

  it('refuses an emergency result (that is the crisis screen)', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const answers = vignetteAnswers('suicidal-now');
    const result: Recommendation = recommend(answers);
    expect(result.level).toBe('emergency');
    expect(() =>
      renderScreen(<ResultScreen answers={answers} result={result} onRestart={() => {}} />),
    ).toThrow(/emergency/);
  });
});

describe('ResultScreen: alternative and urgency', () => {
  it('shows the alternative when there is one, naming both levels', async () => {
    const { result } = await renderResult(vignetteAnswers('severe-works-alt-iop'));
    expect(result.level).toBe('php');
    expect(result.alternative).toBe('iop');
    const alt = section(en.result.alternativeHeading);
    expect(alt).toHaveTextContent(
      'If partial hospitalization (PHP) is hard for you right now, intensive outpatient (IOP) is an option to ask about.',
    );
  });

  it.each(NON_EMERGENCY)('%s: the alternative section only when there is one', async (id) => {
    const { result } = await renderResult(vignetteAnswers(id));
    const heading = screen.queryByRole('heading', { name: en.result.alternativeHeading });
    if (result.alternative) expect(heading).not.toBeNull();
    else expect(heading).toBeNull();
  });

  it("shows the urgent 'Call today' card for urgency today", async () => {
    const { result } = await renderResult(vignetteAnswers('seizure-history-daily-drinker'));
    expect(result.urgency).toBe('today');
    const title = document.getElementById('urgency-title')!;
    // "Urgent advice: " is hidden text for screen readers before the visible title.
    expect(title.textContent).toBe('Urgent advice: Call today');
    expect(title.querySelector('.visually-hidden')).toHaveTextContent('Urgent advice:');
    const card = title.closest('section')!;
    expect(card).toHaveTextContent(en.result.urgency.today.body.you);
    expect(screen.queryByText('Call soon')).toBeNull();
  });

  it("shows the calm 'Call soon' card for urgency soon", async () => {
    const { result } = await renderResult(vignetteAnswers('mild-weekend-drinker'));
    expect(result.urgency).toBe('soon');
    const title = document.getElementById('urgency-title')!;
    expect(title.textContent).toBe('Call soon');
    expect(title.closest('section')).toHaveTextContent(en.result.urgency.soon.body.you);
    expect(screen.queryByText(/Urgent advice/)).toBeNull();
    expect(screen.queryByText('Call today')).toBeNull();
  });

  it('the urgency card asks to call the center, with a working tel: link', async () => {
    await renderResult(vignetteAnswers('seizure-history-daily-drinker'));
    const card = document.getElementById('urgency-title')!.closest('section')!;
    expect(card).toHaveTextContent(
      `Call ${TEST_CENTER} at ${TEST_PHONE_SHOWN} for a free, confidential assessment.`,
    );
    const link = within(card).getByRole('link', { name: new RegExp(TEST_CENTER) });
    expect(link).toHaveAttribute('href', TEST_TEL);
  });
});

describe('ResultScreen: crisis resources', () => {
  it('a positive suicide screen puts the 988 card first, above the heading', async () => {
    const { result, root } = await renderResult(
      vignetteAnswers('past-week-suicidal-thoughts-moderate'),
    );
    expect(result.notes).toContain('crisis-resources');
    const card = section(en.result.crisisResourcesTitle);
    expect(root.firstElementChild).toBe(card);
    const h1 = screen.getByRole('heading', { level: 1 });
    expect(card.compareDocumentPosition(h1) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(card).getByRole('link', { name: 'Call 988' })).toHaveAttribute('href', 'tel:988');
    expect(within(card).getByRole('link', { name: 'Text 988' })).toHaveAttribute('href', 'sms:988');
    expect(card).toHaveTextContent(en.notes['crisis-resources'].you);
    // Said once, in the card, not again among the notes.
    expect(screen.getAllByText(en.notes['crisis-resources'].you)).toHaveLength(1);
  });

  it.each([
    ['wishedDead', 'yes'],
    ['betterOff', 'yes'],
    ['attempt', 'yes'],
    ['thoughts', 'decline'],
  ] as const)('suicide.%s = %s shows the 988 card', async (item, value) => {
    const answers = vignetteAnswers('mild-weekend-drinker');
    answers.suicide = { ...answers.suicide!, [item]: value, now: 'no' };
    await renderResult(answers);
    expect(section(en.result.crisisResourcesTitle)).toBeVisible();
  });

  it('no 988 card when every suicide item is no', async () => {
    await renderResult(vignetteAnswers('mild-weekend-drinker'));
    expect(screen.queryByRole('heading', { name: en.result.crisisResourcesTitle })).toBeNull();
    expect(document.querySelector('a[href="tel:988"]')).toBeNull();
  });
});

describe('ResultScreen: notes, disclaimer and actions', () => {
  it('always links the center by tel:', async () => {
    await renderResult(vignetteAnswers('no-substances'));
    const links = Array.from(document.querySelectorAll('a[href^="tel:"]'));
    expect(links.map((a) => a.getAttribute('href'))).toContain(TEST_TEL);
  });

  it('the insurance note names Medi-Cal for medicaid', async () => {
    const answers = vignetteAnswers('moderate-stable-worker');
    answers.insurance = { type: 'medicaid' };
    await renderResult(answers);
    const notes = section(en.result.notesHeading);
    expect(notes).toHaveTextContent(
      "Medi-Cal covers many of these kinds of care. What's covered can be different by state or county.",
    );
    expect(notes).not.toHaveTextContent('{program}');
  });

  it('the insurance note names Medi-Cal in Spanish too', async () => {
    const answers = vignetteAnswers('moderate-stable-worker');
    answers.insurance = { type: 'medicaid' };
    await renderResult(answers, 'es');
    const notes = section(es.result.notesHeading);
    expect(notes).toHaveTextContent('Medi-Cal cubre muchos de estos tipos de atención.');
  });

  it.each(['commercial', 'medicare', 'none', 'unsure'] as const)(
    'the insurance note for %s is its own sentence',
    async (type) => {
      const answers = vignetteAnswers('moderate-stable-worker');
      answers.insurance = { type };
      await renderResult(answers);
      expect(section(en.result.notesHeading)).toHaveTextContent(en.notes.insurance[type].you);
    },
  );

  it('the schedule note repeats the time chosen (without the times the programs give)', async () => {
    const { result } = await renderResult(vignetteAnswers('moderate-stable-worker'));
    expect(result.notes).toContain('schedule');
    expect(section(en.result.notesHeading)).toHaveTextContent(
      `${en.result.scheduleAsk.you} You chose: Evening.`,
    );
  });

  it('shows the "not a diagnosis" line', async () => {
    await renderResult(vignetteAnswers('mild-weekend-drinker'));
    expect(screen.getByText(en.result.notDiagnosis.you)).toBeVisible();
    expect(screen.getByText(/This is not a diagnosis/)).toBeVisible();
  });

  it('Print is a type="button" that prints', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const { user, onRestart } = await renderResult(vignetteAnswers('mild-weekend-drinker'));
    const button = screen.getByRole('button', { name: 'Print' });
    expect(button).toHaveAttribute('type', 'button');
    await user.click(button);
    expect(print).toHaveBeenCalledTimes(1);
    expect(onRestart).not.toHaveBeenCalled();
  });

  it('Start over is a type="button" that calls onRestart', async () => {
    const { user, onRestart } = await renderResult(vignetteAnswers('mild-weekend-drinker'));
    const button = screen.getByRole('button', { name: 'Start over' });
    expect(button).toHaveAttribute('type', 'button');
    await user.click(button);
    expect(onRestart).toHaveBeenCalledTimes(1);
  });

  it('renders Spanish', async () => {
    const { result } = await renderResult(vignetteAnswers('moderate-stable-worker'), 'es');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(es.levels.iop.name);
    expect(screen.getByText(`Suele llamarse Nivel ${result.asamLevel} de ASAM`)).toBeVisible();
    expect(screen.getByText(es.result.notDiagnosis.you)).toBeVisible();
    expect(screen.getByRole('button', { name: es.common.startOver })).toBeVisible();
    for (const code of result.reasons) {
      const text = es.reasons[code];
      expect(text, `Spanish words for reason ${code}`).toBeDefined();
      expect(screen.getByText(text!.you)).toBeInTheDocument(); // in the "Why" fold
    }
    expect(screen.queryByText(en.result.notDiagnosis.you)).toBeNull();
  });
});

describe('ResultScreen: the partner told the level is named again (contract v1.3)', () => {
  const answers = () => vignetteAnswers(NON_EMERGENCY[0]!);

  it.each<[Lang, string]>([
    ['en', 'County Health was told which type of care was suggested, never your answers.'],
    ['es', 'Se le dijo a County Health qué tipo de atención se sugirió, nunca sus respuestas.'],
  ])('%s: says so, naming the partner', async (lang, said) => {
    const { container } = await renderResult(answers(), lang, {
      partner: 'County Health',
      shareResult: 'level',
    });
    expect(container.querySelector('[data-privacy]')?.textContent).toBe(said);
  });

  it('says nothing of the kind when no partner is told', async () => {
    const { container } = await renderResult(answers());
    expect(container.querySelector('[data-privacy]')).toBeNull();
    expect(container.textContent).not.toMatch(/was told which type of care/);
  });
});
