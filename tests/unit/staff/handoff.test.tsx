/**
 * The handoff code in the app (issue #15): staff mode's start reads a code and walks the wizard
 * to the review (or the crisis screen) with its answers; a bad code shows what is wrong and
 * changes nothing; the result shows the code in self mode only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { act, screen } from '@testing-library/react';
import { createActor } from 'xstate';
import { answerSetArb, endOfScreen, firstEmergency, keepUpTo } from '../../arbitraries';
import { wizardMachine } from '../../../src/machines/wizard/wizard.machine';
import { askedAnswers, emergencyScreen } from '../../../src/machines/wizard/navigation';
import { walkWithAnswers } from '../../../src/staff/walk-with-answers';
import { StaffStartScreen } from '../../../src/staff/StaffStartScreen';
import { HandoffCode } from '../../../src/screens/HandoffCode';
import { ResultScreen } from '../../../src/screens/ResultScreen';
import { decodeHandoffCode, encodeHandoffCode } from '../../../src/questions/handoff-code';
import type { Answers } from '../../../src/questions/answers';
import { recommend } from '../../../src/results/recommend';
import { en } from '../../../src/i18n/en';
import { es } from '../../../src/i18n/es';
import { renderScreen, renderWholeScreen } from '../screens/render';
import { drinker } from '../machine/support/answers';

const started = () => createActor(wizardMachine, { input: {} }).start();

describe('walkWithAnswers', () => {
  it('lands on the review with the asked answers, or on the crisis screen for an emergency', () => {
    fc.assert(
      fc.property(answerSetArb('rare'), (answers) => {
        const actor = started();
        walkWithAnswers(actor, answers, 'en');
        const { value, context } = actor.getSnapshot();
        const emergency = firstEmergency(answers);
        // An emergency stops the walk at its screen, as Continue there would.
        const expected = emergency ? keepUpTo(answers, endOfScreen(emergency.id)) : answers;
        expect(askedAnswers(context.answers)).toEqual(askedAnswers(expected as Answers));
        if (emergency) {
          expect(value).toBe('crisis');
          // Back leads to the screen that raised it, to change that answer.
          actor.send({ type: 'BACK' });
          expect(actor.getSnapshot().value).toBe(emergencyScreen(answers as Answers));
        } else {
          expect(value).toBe('review');
          expect(context.history[0]).toBe('start');
          // The review's Continue reaches the result, as after a walk by hand.
          actor.send({ type: 'CONFIRM' });
          expect(actor.getSnapshot().value).toBe('result');
        }
      }),
      { numRuns: 150 },
    );
  });

  it('keeps the history of a walk: Back from the review goes to the last screen asked', () => {
    const byHand = started();
    byHand.send({ type: 'START' });
    const answers = drinker() as Answers;
    for (let i = 0; i < 30 && byHand.getSnapshot().value !== 'review'; i++)
      byHand.send({ type: 'SUBMIT', screen: byHand.getSnapshot().value as never, values: answers });
    const walked = started();
    walkWithAnswers(walked, answers, 'en');
    expect(walked.getSnapshot().context.history).toEqual(byHand.getSnapshot().context.history);
    walked.send({ type: 'BACK' });
    expect(walked.getSnapshot().value).toBe('insurance');
  });

  it('does nothing away from the start screen', () => {
    const actor = started();
    actor.send({ type: 'START' });
    const before = actor.getSnapshot();
    walkWithAnswers(actor, drinker(), 'en');
    expect(actor.getSnapshot()).toBe(before);
  });
});

function renderStaffStart(lang: 'en' | 'es' = 'en') {
  const actor = started();
  const rendered = renderScreen(<StaffStartScreen actor={actor} />, {
    lang,
    settings: { mode: 'staff' },
  });
  return { ...rendered, actor };
}

describe('StaffStartScreen', () => {
  it('puts "Caller has a code?" in a form of its own, before Start', () => {
    const { container } = renderStaffStart();
    const input = container.querySelector('input[name="handoffCode"]')!;
    const start = screen.getByRole('button', { name: en.start.begin });
    expect(input.closest('form')).not.toBe(start.closest('form'));
    expect(input.compareDocumentPosition(start) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByRole('textbox', { name: en.handoff.label })).toBe(input);
    // Start's form keeps the only <button type="submit"> (the screen's Begin).
    expect(container.querySelectorAll('button[type="submit"]')).toHaveLength(1);
  });

  it('opens a valid code, typed loosely, on the review with its answers', async () => {
    const { user, actor } = renderStaffStart();
    const answers = drinker() as Answers;
    const code = encodeHandoffCode(answers);
    await user.type(
      screen.getByRole('textbox'),
      ` ${code.toLowerCase().replace(/-/g, ' ')}{Enter}`,
    );
    const { value, context } = actor.getSnapshot();
    expect(value).toBe('review');
    expect(recommend(askedAnswers(context.answers))).toEqual(recommend(answers));
  });

  it('Start still starts an empty walk', async () => {
    const { user, actor } = renderStaffStart();
    await user.click(screen.getByRole('button', { name: en.start.begin }));
    expect(actor.getSnapshot().value).toBe('respondent');
    expect(actor.getSnapshot().context.answers).toEqual({});
  });

  it.each(['en', 'es'] as const)(
    '%s: speaks to staff, not to the caller, and has no link to the center’s own number',
    (lang) => {
      const t = lang === 'en' ? en : es;
      const staff = renderStaffStart(lang);
      const step = staff.container.querySelector('.step--start')!;
      const text = step.textContent;
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(t.start.heading);
      for (const line of t.staff.start.intro) expect(text).toContain(line);
      expect([...step.querySelectorAll('ul.facts li')].map((li) => li.textContent)).toEqual([
        t.staff.start.time,
        t.staff.start.privacy.replace('{newCaller}', t.staff.ui.newCaller),
        t.staff.start.notDiagnosis,
      ]);
      // None of the person's own words: "You can answer for yourself…", "Your answers stay…".
      for (const line of [...t.start.intro, t.start.privacy, t.start.notDiagnosis])
        expect(text).not.toContain(line);
      // Staff are the center: no "call the center" link on their start (the help strip, outside
      // the step, keeps its links).
      expect(step.querySelector('a[href^="tel:"]')).toBeNull();
      expect(step.querySelector('.start__call')).toBeNull();
    },
  );

  it('names the partner told the level, when there is one', () => {
    renderScreen(<StaffStartScreen actor={started()} />, {
      settings: { mode: 'staff', partner: 'County Health', shareResult: 'level' },
    });
    expect(document.querySelector('[data-privacy]')!.textContent).toBe(
      en.staff.start.privacyShared
        .replace('{partner}', 'County Health')
        .replace('{newCaller}', en.staff.ui.newCaller),
    );
  });

  it.each([
    ['', en.handoff.errors.empty],
    ['04GM-71', en.handoff.errors.tooShort],
    ['04GM-71HD-102M-RMFF-0', en.handoff.errors.tooLong],
    ['04GM-U1HD-102M', en.handoff.errors.character.replace('{character}', 'U')],
    ['04GM-71HD-102M-RMFG', en.handoff.errors.mistake],
    [encodeHandoffCode(drinker() as Answers, 'en', 31), en.handoff.errors.version],
  ])(
    'refuses %j with the error summary and the field error, and opens nothing',
    async (typed, message) => {
      const { user, actor, container } = renderStaffStart();
      const input = screen.getByRole('textbox');
      if (typed) await user.type(input, typed);
      await user.click(screen.getByRole('button', { name: en.handoff.open }));
      expect(actor.getSnapshot().value).toBe('start');
      expect(actor.getSnapshot().context).toEqual({
        answers: {},
        history: [],
        returnToReview: false,
        askedAtChange: [],
      });
      const summary = screen.getByRole('alert');
      expect(summary).toHaveTextContent(message);
      expect(summary).toHaveFocus();
      expect(input).toHaveAttribute('aria-invalid', 'true');
      expect(container.querySelector('#handoff-code-error')).toHaveTextContent(message);
      expect(input).toHaveValue(typed); // what was typed stays, to correct
    },
  );

  it('speaks Spanish', async () => {
    const { user } = renderStaffStart('es');
    expect(screen.getByRole('heading', { name: es.handoff.staffHeading })).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: es.handoff.label }), '04GM-71HD-102M-RMFG');
    await user.click(screen.getByRole('button', { name: es.handoff.open }));
    expect(screen.getByRole('alert')).toHaveTextContent(es.handoff.errors.mistake);
  });
});

describe('HandoffCode on the result', () => {
  const answers = drinker() as Answers;

  it('shows the code that gives these answers back, in <output data-handoff-code>', () => {
    const { container } = renderScreen(<HandoffCode answers={answers} who="you" />);
    const output = container.querySelector('output[data-handoff-code]')!;
    const read = decodeHandoffCode(output.textContent);
    expect(read.ok && recommend(read.answers)).toEqual(recommend(answers));
    expect(container).toHaveTextContent(en.handoff.body.you);
  });

  it.each(['en', 'es'] as const)('%s: the code names the language on screen (issue 18)', (lang) => {
    const { container } = renderScreen(<HandoffCode answers={answers} who="you" />, { lang });
    const read = decodeHandoffCode(
      container.querySelector('output[data-handoff-code]')!.textContent,
    );
    expect(read.ok && read.language).toBe(lang);
  });

  it.each([
    ['en', en],
    ['es', es],
  ] as const)(
    '%s: says to write it down or screenshot it to come back, and to share it only with the center',
    (lang, t) => {
      const { container } = renderScreen(<HandoffCode answers={answers} who="you" />, { lang });
      const part = container.querySelector('.handoff-code')!;
      expect(part).toHaveTextContent(t.handoff.body.you); // "anyone with this code…"
      expect(part.querySelector('#handoff-code-keep')).toHaveTextContent(
        t.handoff.keep.replace('{question}', t.start.haveCode),
      );
      expect(part.querySelector('output')).toHaveAttribute(
        'aria-describedby',
        'handoff-code-about handoff-code-keep',
      );
    },
  );

  it('puts each group of the code, with its hyphen, in a span that never wraps, a <wbr> between', () => {
    const { container } = renderScreen(<HandoffCode answers={answers} who="you" />);
    const output = container.querySelector('output[data-handoff-code]')!;
    const code = encodeHandoffCode(answers);
    // The text is the code exactly: a copy by hand gives the same code.
    expect(output.textContent).toBe(code);
    const spans = [...output.querySelectorAll('span')];
    expect(spans.map((span) => span.textContent)).toEqual(code.match(/[^-]+-?/g));
    for (const span of spans) expect(span.className).toBe('handoff-code__group');
    // Only groups and break opportunities: no bare text, a <wbr> after each hyphen only.
    expect([...output.childNodes].map((n) => n.nodeName)).toEqual(
      spans.flatMap((_, i) => (i < spans.length - 1 ? ['SPAN', 'WBR'] : ['SPAN'])),
    );
    const css = readFileSync(join(import.meta.dirname, '../../../src/styles/deferred.css'), 'utf8');
    expect(css).toMatch(/\.handoff-code__group\s*\{\s*white-space:\s*nowrap;\s*\}/);
  });

  it('copies the code, and says so', async () => {
    const { user } = renderScreen(<HandoffCode answers={answers} who="they" />);
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    await user.click(screen.getByRole('button', { name: en.handoff.copy }));
    expect(writeText).toHaveBeenCalledWith(encodeHandoffCode(answers));
    expect(await screen.findByText(en.handoff.copied)).toBeInTheDocument();
    expect(screen.getByText(en.handoff.body.they)).toBeInTheDocument();
  });

  it('is on the result in self mode, not in staff mode', async () => {
    const result = recommend(answers);
    const self = await renderWholeScreen(
      <ResultScreen answers={answers} result={result} onRestart={() => {}} />,
    );
    expect(self.container.querySelectorAll('[data-handoff-code]')).toHaveLength(1);
    self.unmount();
    const staff = await renderWholeScreen(
      <ResultScreen answers={answers} result={result} onRestart={() => {}} />,
      { settings: { mode: 'staff' } },
    );
    expect(staff.container.querySelector('[data-handoff-code]')).toBeNull();
    await act(async () => {});
  });
});
