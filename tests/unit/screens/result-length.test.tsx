/**
 * Issue 19 on the result: a shorter result that loses nothing and hides no safety content
 * (HAZ-29): what folds and what never does, folds that open for print; each fact said once (the
 * session times); level names in sentence case inside sentences; and the questions to ask any
 * program, with the licensing body or "the state".
 */
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ResultScreen } from '../../../src/screens/ResultScreen';
import { recommend } from '../../../src/results/recommend';
import type { Answers } from '../../../src/questions/answers';
import type { Dictionary, Lang } from '../../../src/i18n/types';
import type { Settings } from '../../../src/app/settings';
import type { CenterPrograms } from '../../../src/programs/match';
import { centerConfig } from '../../../src/config/center';
import { centerConfig as example } from '../../../examples/centers/full';
import { LEVEL_ORDER, type CareLevel, type NoteCode } from '../../../src/results/levels';
import { OPEN_WITHDRAWAL, SAFETY_NOTES, splitNotes } from '../../../src/screens/result-parts';
import { openFoldsForPrint } from '../../../src/screens/usePrintOpen';
import { questionsToAsk } from '../../../src/programs/QuestionsToAsk';
import { noteText } from '../../../src/screens/note-text';
import { formatIntakeNote } from '../../../src/staff/intake-note';
import { format, placeholders } from '../../../src/i18n/format';
import { en } from '../../../src/i18n/en';
import { es } from '../../../src/i18n/es';
import { DICTIONARIES, renderWholeScreen } from './render';
import { VIGNETTES, vignetteAnswers } from './vignettes';

const DEFAULT: CenterPrograms = {
  programs: centerConfig.programs,
  insuranceVerification: centerConfig.insuranceVerification,
  licensingBody: centerConfig.licensingBody ?? null,
};
const EXAMPLE: CenterPrograms = {
  programs: example.programs,
  insuranceVerification: example.insuranceVerification,
  licensingBody: example.licensingBody ?? null,
};
const NONE: CenterPrograms = { programs: [], insuranceVerification: null, licensingBody: null };
const CONFIGS = [
  ['default', DEFAULT],
  ['example', EXAMPLE],
  ['none', NONE],
] as const;
const NON_EMERGENCY = VIGNETTES.filter((v) => v.expect.level !== 'emergency').map((v) => v.id);
const LANGS = ['en', 'es'] as const;

interface RenderOptions {
  readonly programs?: CenterPrograms;
  readonly lang?: Lang;
  readonly settings?: Partial<Settings>;
}

async function renderResult(
  answers: Answers,
  { programs = DEFAULT, lang = 'en', settings = {} }: RenderOptions = {},
) {
  const result = recommend(answers);
  const rendered = await renderWholeScreen(
    <ResultScreen answers={answers} result={result} onRestart={vi.fn()} programs={programs} />,
    { lang, settings },
  );
  const root = rendered.container.firstElementChild as HTMLElement;
  return { ...rendered, result, root };
}

/** Every element whose own text contains `text`, and whether it sits in a fold. */
function whereIs(root: HTMLElement, text: string): { folded: boolean }[] {
  return [...root.querySelectorAll<HTMLElement>('p, li, h2')]
    .filter((el) => (el.textContent ?? '').includes(text))
    .map((el) => ({ folded: el.closest('details') !== null }));
}

const voiceOfAnswers = (answers: Answers) => (answers.respondent === 'other' ? 'they' : 'you');

describe('what folds (HAZ-29)', () => {
  it('the safety notes are exactly these, and never a fold', () => {
    expect([...SAFETY_NOTES].sort()).toEqual(
      ['crisis-resources', 'naloxone', 'pregnancy', 'tolerance-loss'].sort(),
    );
    expect([...OPEN_WITHDRAWAL].sort()).toEqual(['ambulatory', 'inpatient']);
    const all: NoteCode[] = ['naloxone', 'readiness', 'tolerance-loss', 'insurance', 'pregnancy'];
    expect(splitNotes(all)).toEqual({
      safety: ['naloxone', 'tolerance-loss', 'pregnancy'],
      folded: ['readiness', 'insurance'],
    });
  });

  describe.each(LANGS)('%s', (lang) => {
    const t = DICTIONARIES[lang];
    it.each(NON_EMERGENCY)(
      '%s: safety open (call, 988, withdrawal care, safety notes); the rest folded',
      async (id) => {
        const answers = vignetteAnswers(id);
        const who = voiceOfAnswers(answers);
        const { root, result } = await renderResult(answers, { lang });
        // The level, the call card and the 988 card are never in a fold.
        expect(root.querySelector('h1')!.closest('details')).toBeNull();
        expect(root.querySelector('#urgency-title')!.closest('details')).toBeNull();
        expect(root.querySelector('a[href^="tel:"]')!.closest('details')).toBeNull();
        if (result.notes.includes('crisis-resources')) {
          expect(root.querySelector('#crisis-resources-title')!.closest('details')).toBeNull();
        }
        // Withdrawal: open when a doctor or nurse is needed to stop safely.
        const withdrawal = whereIs(root, t.result.withdrawal[result.withdrawal][who]);
        expect(withdrawal).toHaveLength(1);
        expect(withdrawal[0]!.folded).toBe(!OPEN_WITHDRAWAL.has(result.withdrawal));
        // Every note is shown once, open when it is about safety.
        for (const note of result.notes) {
          if (note === 'crisis-resources') continue;
          const text = noteText(t, note, answers, who).split('. ')[0]!;
          const asked = whereIs(root, t.result.scheduleAsk[who]);
          const found = note === 'schedule' && asked.length > 0 ? asked : whereIs(root, text);
          expect(found, `${note} shown once`).toHaveLength(1);
          expect(found[0]!.folded, `${note} folded`).toBe(!SAFETY_NOTES.has(note));
        }
        // The programs are never folded; the questions to ask always are.
        for (const part of root.querySelectorAll('[data-center-programs], [data-referral]')) {
          expect(part.closest('details')).toBeNull();
        }
        expect(root.querySelector('[data-questions-to-ask] details')).not.toBeNull();
        // Every fold starts closed, its summary holding the part's heading.
        // The result's own folds (the call card's reminder is a form, not a part of the result).
        for (const d of root.querySelectorAll<HTMLDetailsElement>('details[data-fold]')) {
          expect(d.open).toBe(false);
          expect(d.querySelector(':scope > summary > :is(h2, h3)')).not.toBeNull();
        }
      },
    );
  });

  it('level, call and programs come first, before any fold', async () => {
    const { root } = await renderResult(vignetteAnswers('moderate-stable-worker'));
    const order = [
      ...root.querySelectorAll('h1, #urgency-title, [data-center-programs], details[data-fold]'),
    ].map((el) => (el.tagName === 'DETAILS' ? 'fold' : (el.id || el.tagName).toLowerCase()));
    expect(order.slice(0, 3)).toEqual(['step-heading', 'urgency-title', 'section']);
    expect(order.slice(3).every((x) => x === 'fold')).toBe(true);
  });
});

it.each(['homeless-moderate', 'seizure-history-daily-drinker', 'pregnant-opioids'])(
  '%s: the open safety parts come before the week and the notes folds',
  async (id) => {
    const { root } = await renderResult(vignetteAnswers(id));
    const safety = root.querySelectorAll('[data-safety-notes], [data-withdrawal-open]');
    expect(safety.length).toBeGreaterThan(0);
    const week = root.querySelector('#week-title')!;
    for (const part of safety) {
      expect(part.compareDocumentPosition(week) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    }
  },
);

describe('folds print open', () => {
  it('beforeprint opens every closed fold; afterprint closes only those', async () => {
    const { root } = await renderResult(vignetteAnswers('moderate-stable-worker'));
    const folds = [...root.querySelectorAll<HTMLDetailsElement>('details[data-fold]')];
    expect(folds.length).toBeGreaterThanOrEqual(3);
    folds[0]!.open = true; // the person opened one
    act(() => void window.dispatchEvent(new Event('beforeprint')));
    expect(folds.map((d) => d.open)).toEqual(folds.map(() => true));
    act(() => void window.dispatchEvent(new Event('afterprint')));
    expect(folds.map((d) => d.open)).toEqual(folds.map((_, i) => i === 0));
  });

  it('openFoldsForPrint restores what it opened', () => {
    document.body.innerHTML = '<details data-fold></details><details data-fold open></details>';
    const restore = openFoldsForPrint(document.body);
    const [a, b] = [...document.querySelectorAll('details')];
    expect([a!.open, b!.open]).toEqual([true, true]);
    restore();
    expect([a!.open, b!.open]).toEqual([false, true]);
  });
});

/**
 * Session times in a text: "9 to 12", "de 9 a 12", "6:00 PM to 9:00 PM", "6:00 p. m. a
 * 9:00 p. m.", as start and end hours on a 12-hour clock ("6-9").
 */
function timeSpans(text: string): string[] {
  const clock = String.raw`(\d{1,2})(?::\d{2})?(?:[\s\u00a0]*(?:AM|PM|a\.\s?m\.|p\.\s?m\.))?`;
  const re = new RegExp(String.raw`${clock}\s+(?:to|a)\s+${clock}`, 'g');
  return [...text.matchAll(re)]
    .map((m) => [Number(m[1]) % 12 || 12, Number(m[2]) % 12 || 12])
    .filter(([from, to]) => [9, 1, 6].includes(from!) && [12, 4, 9].includes(to!))
    .map(([from, to]) => `${from}-${to}`);
}

describe('each fact said once', () => {
  it('timeSpans reads both languages', () => {
    expect(timeSpans('Morning (9 to 12), afternoon (1 to 4) or evening (6 to 9)')).toEqual([
      '9-12',
      '1-4',
      '6-9',
    ]);
    expect(timeSpans('de mañana (más o menos de 9 a 12)')).toEqual(['9-12']);
    expect(timeSpans('Evenings: 6:00\u00a0PM to 9:00\u00a0PM')).toEqual(['6-9']);
    expect(timeSpans('6:00\u00a0p. m. a 9:00\u00a0p. m.')).toEqual(['6-9']);
    expect(timeSpans('9 to 19 hours a week')).toEqual([]);
  });

  describe.each(CONFIGS)('%s programs', (_, programs) => {
    describe.each(LANGS)('%s', (lang) => {
      it.each(NON_EMERGENCY)('%s: each session time once', async (id) => {
        const { root } = await renderResult(vignetteAnswers(id), { programs, lang });
        const cards = [...root.querySelectorAll<HTMLElement>('[data-program]')];
        // A program's times are its own: said once on its card.
        const inCards = cards.flatMap((card) => {
          const spans = timeSpans(card.textContent ?? '');
          expect(new Set(spans).size, card.dataset.program).toBe(spans.length);
          return spans;
        });
        for (const card of cards) card.remove();
        const elsewhere = timeSpans(root.textContent ?? '');
        expect(new Set(elsewhere).size, `repeated: ${elsewhere.join(', ')}`).toBe(elsewhere.length);
        for (const span of elsewhere) expect(inCards, `${span} also on a card`).not.toContain(span);
      });
    });
  });

  it.each(LANGS)('%s: the week says the times when no program does, once', async (lang) => {
    const t = DICTIONARIES[lang];
    const answers = vignetteAnswers('moderate-stable-worker');
    const none = await renderResult(answers, { programs: NONE, lang });
    expect(none.root.textContent).toContain(t.levels.iop.weekTimes);
    expect(timeSpans(none.root.textContent ?? '')).toEqual(['9-12', '1-4', '6-9']);
    none.unmount();
    const listed = await renderResult(answers, { programs: DEFAULT, lang });
    expect(listed.root.textContent).not.toContain(t.levels.iop.weekTimes);
    expect(listed.root.textContent).not.toContain(t.notes.schedule.you);
  });

  it.each(LANGS)('%s: outpatient without programs: the schedule note says them', async (lang) => {
    const t = DICTIONARIES[lang];
    const { root, result } = await renderResult(vignetteAnswers('mild-weekend-drinker'), {
      programs: NONE,
      lang,
    });
    expect(result.level).toBe('outpatient');
    expect(root.textContent).toContain(t.notes.schedule.you);
  });

  describe.each(CONFIGS)('%s programs', (_, programs) => {
    it.each(NON_EMERGENCY)('%s: no sentence said twice outside the program cards', async (id) => {
      for (const lang of LANGS) {
        const { root, unmount } = await renderResult(vignetteAnswers(id), { programs, lang });
        for (const card of root.querySelectorAll('[data-program]')) card.remove();
        const sentences = [...root.querySelectorAll('p, li, dd')]
          .filter((el) => !el.querySelector('p, li, dd'))
          .flatMap((el) => (el.textContent ?? '').split(/(?<=[.?!])\s+/))
          .map((s) => s.trim())
          .filter((s) => s.length > 25);
        const repeated = sentences.filter((s, i) => sentences.indexOf(s) !== i);
        expect(repeated, lang).toEqual([]);
        unmount();
      }
    });
  });
});

/** Every string in a dictionary, with its path. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
}

describe('level names in sentence case inside sentences', () => {
  it.each(LANGS)('%s: each level has an in-sentence form, acronyms kept', (lang) => {
    const t = DICTIONARIES[lang];
    for (const level of LEVEL_ORDER) {
      const { name, inSentence } = t.levels[level];
      expect(inSentence.charAt(0), level).toBe(name.charAt(0).toLocaleLowerCase(lang));
      expect(inSentence.slice(1), level).toBe(name.slice(1));
      expect(inSentence.match(/\([A-Z]+\)/g) ?? [], level).toEqual(name.match(/\([A-Z]+\)/g) ?? []);
    }
  });

  // Templates that name a level: each one, filled as the app fills it, reads in sentence case.
  const LEVEL_SLOTS = ['level', 'alternative'];
  describe.each(LANGS)('%s', (lang) => {
    const t: Dictionary = DICTIONARIES[lang];
    const templates = strings(t).filter(([, s]) =>
      placeholders(s).some((p) => LEVEL_SLOTS.includes(p)),
    );
    it('the templates that name a level are the ones the app fills', () => {
      expect(templates.map(([path]) => path).sort()).toEqual(
        [
          'programs.alternativeHeading',
          'programs.referral.noneAtLevel',
          'programs.referral.noneForAge',
          'result.alternativeBody.staff',
          'result.alternativeBody.they',
          'result.alternativeBody.you',
        ].sort(),
      );
    });
    it.each(templates.map(([path, s]) => [path, s]))(
      '%s: never starts a sentence with a level',
      (_, template) => {
        for (const slot of LEVEL_SLOTS) {
          expect(template).not.toMatch(new RegExp(String.raw`(^|[.?!:]\s+)\{${slot}\}`));
        }
      },
    );
  });

  const capitalised = (t: Dictionary) => LEVEL_ORDER.map((l) => t.levels[l].name);
  /** A level's capitalised name inside a sentence: after a letter, a comma or "de"/"for". */
  function midSentence(t: Dictionary, text: string): string[] {
    return capitalised(t).filter((name) =>
      new RegExp(String.raw`[\p{L},]\s+${name.replace(/[()]/g, '\\$&')}`, 'u').test(text),
    );
  }

  it.each(LANGS)('%s: the referral and the alternative, for every level', async (lang) => {
    const t = DICTIONARIES[lang];
    for (const id of NON_EMERGENCY) {
      for (const programs of [NONE, EXAMPLE]) {
        const { root, result, unmount } = await renderResult(vignetteAnswers(id), {
          programs,
          lang,
        });
        const sentences = [...root.querySelectorAll('p, h3')].map((el) => el.textContent ?? '');
        expect(midSentence(t, sentences.join('\n')), `${id}`).toEqual([]);
        if (programs === NONE) {
          expect(root.querySelector('[data-referral]')!.textContent).toContain(
            t.levels[result.level as CareLevel].inSentence,
          );
        }
        unmount();
      }
    }
  });

  it("the issue's sentences, in both languages", () => {
    const values = (t: Dictionary, level: CareLevel, alternative?: CareLevel) => ({
      center: 'Trust SoCal',
      level: t.levels[level].inSentence,
      alternative: alternative ? t.levels[alternative].inSentence : '',
    });
    expect(format(en.programs.referral.noneAtLevel, values(en, 'residential'))).toBe(
      'Trust SoCal doesn’t list a program for residential treatment.',
    );
    expect(format(en.result.alternativeBody.you, values(en, 'residential', 'php'))).toBe(
      'If residential treatment is hard for you right now, partial hospitalization (PHP) is an option to ask about.',
    );
    expect(format(es.programs.referral.noneAtLevel, values(es, 'php'))).toBe(
      'Trust SoCal no incluye en su lista un programa de hospitalización parcial (PHP).',
    );
  });
});

describe('questions to ask any program', () => {
  it.each(CONFIGS)('%s: after the programs or the referral, folded', async (_, programs) => {
    for (const id of NON_EMERGENCY) {
      const { root, unmount } = await renderResult(vignetteAnswers(id), { programs });
      const part = root.querySelector('[data-questions-to-ask]');
      expect(part, id).not.toBeNull();
      const before = root.querySelector('[data-center-programs], [data-referral]')!;

      expect(before.compareDocumentPosition(part!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
      unmount();
    }
  });

  it.each(LANGS)('%s: eight questions, the licence naming who licenses', (lang) => {
    const t = DICTIONARIES[lang];
    const named = questionsToAsk(t, DEFAULT.licensingBody);
    expect(named).toHaveLength(8);
    expect(named[0]).toContain(DEFAULT.licensingBody![lang]);
    for (const line of named) expect(line.trim(), line).toMatch(/\?$/);
    expect(questionsToAsk(t, null)[0]).toBe(t.programs.questions.licensedByState);
  });

  it('English: the eight topics of the issue', () => {
    const text = questionsToAsk(en, null).join(' ');
    for (const topic of [
      /licensed by the state/,
      /counselors and therapists licensed/,
      /methods/,
      /group/,
      /uses during treatment/,
      /finish the program.*after it ends/,
      /medicines/,
      /cost after insurance/,
    ]) {
      expect(text).toMatch(topic);
    }
  });

  it.each(LANGS)('%s: in each voice, naming the center only as one to ask', async (lang) => {
    const t = DICTIONARIES[lang];
    for (const [who, answers, settings] of [
      ['you', vignetteAnswers('moderate-stable-worker'), {}],
      ['they', vignetteAnswers('teen-cannabis'), {}],
      ['staff', vignetteAnswers('moderate-stable-worker'), { mode: 'staff' as const }],
    ] as const) {
      const { root, unmount } = await renderResult(answers, { lang, settings });
      const part = root.querySelector('[data-questions-to-ask]')!;
      expect(part.textContent).toContain(t.programs.questions.heading);
      expect(part.textContent).toContain(
        format(t.programs.questions.intro[who], { center: 'Harbor Test Clinic' }),
      );
      // Questions only: no list item states an answer.
      for (const li of part.querySelectorAll('li')) expect(li.textContent).toMatch(/\?$/);
      expect(part.textContent).toContain(DEFAULT.licensingBody![lang]);
      unmount();
    }
  });

  it('without a licensing body: "licensed by the state"', async () => {
    const { root } = await renderResult(vignetteAnswers('moderate-stable-worker'), {
      programs: { ...DEFAULT, licensingBody: null },
    });
    expect(root.querySelector('[data-questions-to-ask]')!.textContent).toContain(
      'Is it licensed by the state?',
    );
  });

  it.each(LANGS)('%s: the intake note offers them as a next step', (lang) => {
    const t = DICTIONARIES[lang];
    const answers = vignetteAnswers('moderate-stable-worker');
    const note = formatIntakeNote({
      answers,
      result: recommend(answers),
      t,
      now: new Date(2026, 0, 1),
      appVersion: '0.0.0',
      center: 'Trust SoCal',
      programs: DEFAULT,
    });
    expect(note.replace(/\s+/g, ' ')).toContain(t.programs.staff.noteQuestions);
  });
});
