/**
 * The programs part of the result screen (center-programs.md §2–3): the DOM hooks, the order
 * and the words, the referral, the alternative's part, staff mode's note and live panel; and
 * the hazards' controls (docs/clinical-safety.md): no steering to the center's own levels, and
 * never a promise of coverage.
 */
import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import { ResultScreen } from '../../../src/screens/ResultScreen';
import { StaffPanel } from '../../../src/staff/StaffPanel';
import { formatIntakeNote } from '../../../src/staff/intake-note';
import { recommend } from '../../../src/results/recommend';
import type { Answers } from '../../../src/questions/answers';
import type { Lang } from '../../../src/i18n/types';
import type { Settings } from '../../../src/app/settings';
import { centerConfig } from '../../../src/config/center';
import { centerConfig as example } from '../../../examples/centers/full';
import type { CenterPrograms } from '../../../src/programs/match';
import { en } from '../../../src/i18n/en';
import { es } from '../../../src/i18n/es';
import { renderScreen, renderWholeScreen, TEST_CENTER } from '../screens/render';
import { VIGNETTES, vignetteAnswers } from '../screens/vignettes';

const DEFAULT: CenterPrograms = centerConfig;
const EXAMPLE: CenterPrograms = example;
const NONE: CenterPrograms = { programs: [], insuranceVerification: null };
const NON_EMERGENCY = VIGNETTES.filter((v) => v.expect.level !== 'emergency').map((v) => v.id);

async function renderResult(
  answers: Answers,
  programs: CenterPrograms,
  lang: Lang = 'en',
  settings: Partial<Settings> = {},
) {
  const result = recommend(answers);
  const rendered = await renderWholeScreen(
    <ResultScreen answers={answers} result={result} onRestart={vi.fn()} programs={programs} />,
    { lang, settings },
  );
  const root = rendered.container.firstElementChild as HTMLElement;
  const q = (selector: string) => [...root.querySelectorAll<HTMLElement>(selector)];
  return { result, root, q };
}

const ids = (items: HTMLElement[]) => items.map((li) => li.dataset.program);
const withAnswers = (id: string, change: (a: Record<string, Record<string, unknown>>) => void) => {
  const answers = vignetteAnswers(id) as unknown as Record<string, Record<string, unknown>>;
  change(answers);
  return answers as unknown as Answers;
};

describe('the programs part: hooks', () => {
  it.each(NON_EMERGENCY)('%s: programs (at least one) or the referral, never both', async (id) => {
    for (const programs of [DEFAULT, EXAMPLE, NONE]) {
      const { q, result } = await renderResult(vignetteAnswers(id), programs);
      const shown = q('[data-center-programs] [data-program]');
      expect(shown.length + q('[data-referral]').length).toBeGreaterThan(0);
      expect(shown.length > 0 && q('[data-referral]').length > 0).toBe(false);
      for (const li of shown) expect(li.dataset.programLevel).toBe(result.level);
      document.body.innerHTML = '';
    }
  });

  it('default config, an evening IOP person: the three tracks, evening first', async () => {
    const { q, root } = await renderResult(vignetteAnswers('moderate-stable-worker'), DEFAULT);
    const items = q('[data-center-programs] [data-program]');
    expect(ids(items)).toEqual(['evening-iop', 'morning-iop', 'afternoon-iop']);
    expect(items.map((li) => li.dataset.programTimes)).toEqual(['evening', 'morning', 'afternoon']);
    expect(items.map((li) => li.dataset.programLevel)).toEqual(['iop', 'iop', 'iop']);
    const first = items[0]!;
    expect(first).toHaveTextContent('Evening IOP');
    expect(first).toHaveTextContent('Evenings: 6:00 PM to 9:00 PM');
    expect(first).toHaveTextContent('Fountain Valley, CA');
    expect(first).toHaveTextContent('Evening sessions, which you said work best');
    expect(first).toHaveTextContent('Takes private insurance: call to confirm your plan');
    expect(first).toHaveTextContent('Sessions in English');
    expect(root.querySelector('[data-center-programs]')).toHaveTextContent(
      `${TEST_CENTER} checks your insurance for free before treatment starts.`,
    );
    expect(q('[data-referral], [data-alternative-programs]')).toEqual([]);
  });

  it('comes after the call card, and its heading names the center', async () => {
    const { root } = await renderResult(vignetteAnswers('moderate-stable-worker'), DEFAULT);
    const card = root.querySelector('.card--calm, .card--urgent')!;
    const part = root.querySelector('[data-center-programs]')!;
    expect(card.compareDocumentPosition(part) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(
      screen.getByRole('heading', { level: 2, name: `Programs at ${TEST_CENTER} that may fit` }),
    );
  });

  it('says nothing of free verification when the center does not offer it', async () => {
    const { root } = await renderResult(vignetteAnswers('moderate-stable-worker'), {
      ...DEFAULT,
      insuranceVerification: null,
    });
    expect(root.querySelector('[data-center-programs]')).not.toHaveTextContent(/for free/);
  });

  it('example config: video first without transport, days, "by video"', async () => {
    const answers = withAnswers('moderate-stable-worker', (a) => {
      a.living!.transport = 'no';
    });
    const { q } = await renderResult(answers, EXAMPLE);
    const items = q('[data-center-programs] [data-program]');
    expect(ids(items)[0]).toBe('evening-iop-video');
    expect(items[0]).toHaveTextContent('Evenings: Mon–Thu, 6:00 PM to 9:00 PM');
    expect(items[0]).toHaveTextContent('By video, from home');
    expect(items[0]).toHaveTextContent('You can join by video');
  });

  describe("the teen note, only when no program for the person's age is listed", () => {
    const TEEN_NOTE = 'The center will tell you if it serves people under 18';

    it('absent under a listed teen program (example config)', async () => {
      const { root } = await renderResult(vignetteAnswers('teen-cannabis'), EXAMPLE);
      expect(root.querySelector('[data-program="teen-iop"]')).not.toBeNull();
      expect(root.textContent).not.toContain(TEEN_NOTE);
    });

    it('present when the center lists none for under-18 (default config)', async () => {
      const { root } = await renderResult(vignetteAnswers('teen-cannabis'), DEFAULT);
      expect(root.querySelector('[data-referral]')).not.toBeNull();
      expect(root.textContent).toContain(TEEN_NOTE);
    });

    it('present in Spanish too when none is listed', async () => {
      const { root } = await renderResult(vignetteAnswers('teen-cannabis'), DEFAULT, 'es');
      expect(root.textContent).toContain('El centro le dirá si atiende a menores de 18 años');
    });
  });

  it('example config: the adolescent track only for under-18', async () => {
    const teen = await renderResult(vignetteAnswers('teen-cannabis'), EXAMPLE);
    expect(ids(teen.q('[data-center-programs] [data-program]'))).toEqual(['teen-iop']);
    document.body.innerHTML = '';
    const adult = await renderResult(vignetteAnswers('moderate-stable-worker'), EXAMPLE);
    expect(ids(adult.q('[data-program]'))).not.toContain('teen-iop');
  });

  it('Spanish: names and places from the config, Spanish times and words', async () => {
    const { q } = await renderResult(vignetteAnswers('severe-stable-php'), EXAMPLE, 'es');
    const [day] = q('[data-center-programs] [data-program]');
    expect(day).toHaveTextContent('Programa de día (PHP)');
    expect(day).toHaveTextContent('Durante el día: lun–vie, de 9:00 a. m. a 3:00 p. m.');
    expect(day).toHaveTextContent('Acepta seguro privado: llame para confirmar su plan');
    expect(day).toHaveTextContent('Sesiones en español');
  });
});

describe('the referral and the alternative', () => {
  it('no program at the level: the referral, the helpline, FindTreatment.gov; level unchanged', async () => {
    const { q, root, result } = await renderResult(
      vignetteAnswers('severe-works-alt-iop'),
      DEFAULT,
    );
    expect(result.level).toBe('php');
    expect(root).toHaveAttribute('data-level', 'php');
    const referral = root.querySelector('[data-referral]')!;
    expect(referral).toHaveTextContent(
      `${TEST_CENTER} doesn’t list a program for ${en.levels.php.inSentence}.`,
    );
    expect(referral).toHaveTextContent('Call Harbor Test Clinic anyway');
    expect(referral.querySelector('a[href="tel:+18006624357"]')).toHaveTextContent(
      '1-800-662-4357',
    );
    expect(referral.querySelector('a[href="https://findtreatment.gov/"]')).toHaveTextContent(
      'FindTreatment.gov',
    );
    // The alternative's programs still show, after the referral, under "an option to ask about".
    const alternative = root.querySelector('[data-alternative-programs]')!;
    expect(
      referral.compareDocumentPosition(alternative) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(alternative.closest('section[aria-labelledby="alternative-title"]')).not.toBeNull();
    expect(
      q('[data-alternative-programs] [data-program]').map((li) => li.dataset.programLevel),
    ).toEqual(['iop', 'iop', 'iop']);
    expect(q('[data-center-programs]')).toEqual([]);
  });

  it('none for this age: says so', async () => {
    const { root } = await renderResult(vignetteAnswers('teen-cannabis'), DEFAULT);
    expect(root.querySelector('[data-referral]')).toHaveTextContent(
      `doesn’t list a program for ${en.levels.iop.inSentence} for this age group`,
    );
  });

  it('early intervention: worded as information', async () => {
    const { root } = await renderResult(vignetteAnswers('no-disorder'), DEFAULT);
    const referral = root.querySelector('[data-referral]')!;
    expect(referral).toHaveTextContent('Where to learn more');
    expect(referral).toHaveTextContent('answers questions too');
  });

  it('with programs at both: the level first, the alternative in its own part', async () => {
    const { q } = await renderResult(vignetteAnswers('severe-works-alt-iop'), EXAMPLE);
    const all = q('[data-program]');
    expect(all.map((li) => li.dataset.programLevel)).toEqual(['php', 'iop', 'iop', 'iop']);
    expect(all[0]!.closest('[data-center-programs]')).not.toBeNull();
    expect(all[1]!.closest('[data-alternative-programs]')).not.toBeNull();
  });
});

describe('hazard: steering to the center’s own services', () => {
  // Every vignette under a config that offers everything but its level: the level, its
  // reasons and urgency stay; the referral shows; no program of another level is put in its place.
  it.each(NON_EMERGENCY)('%s keeps its level and shows the referral', async (id) => {
    const answers = vignetteAnswers(id);
    const expected = recommend(answers);
    const lacking: CenterPrograms = {
      ...EXAMPLE,
      programs: EXAMPLE.programs
        .filter((p) => p.level !== expected.level)
        .map((p) => ({ ...p, ages: ['under-18', '18-64', '65-plus'] })),
    };
    const { root, q } = await renderResult(answers, lacking);
    expect(root).toHaveAttribute('data-level', expected.level);
    expect(root).toHaveAttribute('data-asam', expected.asamLevel);
    expect(root).toHaveAttribute('data-urgency', expected.urgency);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      en.levels[expected.level as keyof typeof en.levels].name,
    );
    expect(q('[data-referral]')).toHaveLength(1);
    expect(q('[data-center-programs]')).toEqual([]);
    for (const li of q('[data-program]')) {
      expect(li.closest('[data-alternative-programs]')).not.toBeNull();
      expect(li.dataset.programLevel).toBe(expected.alternative);
    }
  });
});

describe('hazard: implied coverage', () => {
  // Every insurance line of every program, for every kind of insurance, in both languages:
  // "call to confirm" (or "call to ask"), never a bare "takes your plan".
  it.each([
    ['en', /call to (confirm|ask)/i],
    ['es', /llame para (confirmar|preguntar)/i],
  ] as const)('%s: every insurance line says to call', async (lang, call) => {
    const t = lang === 'en' ? en : es;
    for (const type of ['commercial', 'medicaid', 'medicare', 'none', 'unsure'] as const) {
      const answers = withAnswers('moderate-stable-worker', (a) => {
        a.insurance!.type = type;
      });
      const { q } = await renderResult(answers, EXAMPLE, lang);
      const lines = q('[data-program] dd, [data-program] li').filter((el) =>
        /Takes|Acepta|pay|pagar|insurance|seguro/i.test(el.textContent ?? ''),
      );
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) {
        if (line.querySelector('li')) continue; // a list holding lines, checked one by one
        expect(line.textContent, `${type}: ${line.textContent}`).toMatch(call);
      }
      expect(t.programs.referral.heading).toBeTruthy();
      document.body.innerHTML = '';
    }
  });
});

describe('staff mode', () => {
  it('the intake note lists the programs shown, with times and why they fit', () => {
    const answers = vignetteAnswers('severe-works-alt-iop');
    const note = formatIntakeNote({
      answers,
      result: recommend(answers),
      t: en,
      now: new Date(2025, 0, 5, 9, 7),
      appVersion: '0.1.0',
      center: 'Trust SoCal',
      programs: EXAMPLE,
    });
    const block = note.slice(note.indexOf('Programs that may fit'));
    expect(block).toMatch(
      /^Programs that may fit\n-{21}\n- Day program \(PHP\): Daytime: Mon–Fri, 9:00\sAM to 3:00\sPM/,
    );
    expect(block).toContain('Option to ask about: Intensive outpatient (IOP)');
    expect(block).toMatch(/- Evening IOP: Evenings: Mon, Tue, Thu, 5:30 PM to 8:30 PM/);
    expect(block).toMatch(/which the person said\s+work best/);
    expect(block).not.toMatch(/\byour?\b|loved one/i);
  });

  it('the intake note gives the referral when nothing fits at the level', () => {
    const answers = vignetteAnswers('severe-works-alt-iop');
    const note = formatIntakeNote({
      answers,
      result: recommend(answers),
      t: en,
      now: new Date(2025, 0, 5, 9, 7),
      appVersion: '0.1.0',
      center: 'Trust SoCal',
      programs: DEFAULT,
    });
    expect(note).toMatch(/- No program listed at this level[^]*1-800-662-4357/);
    expect(note).toContain('- Evening IOP: Evenings: 6:00 PM to 9:00 PM');
  });

  it('the result shows the programs in staff mode too, in the staff voice', async () => {
    const { q } = await renderResult(vignetteAnswers('moderate-stable-worker'), DEFAULT, 'en', {
      mode: 'staff',
    });
    const program = q('[data-center-programs] [data-program]')[0]!;
    expect(program).toHaveTextContent('which the person said work best');
    expect(program.textContent).not.toMatch(/\byour?\b|loved one/i);
  });

  it('the live panel names the first program at the provisional level, or says there is none', () => {
    const { container, unmount } = renderScreen(
      <StaffPanel answers={vignetteAnswers('moderate-stable-worker')} programs={DEFAULT} />,
      { settings: { mode: 'staff' } },
    );
    const row = () => container.querySelector<HTMLElement>('[data-staff-program]')!;
    expect(row()).toHaveTextContent('First programEvening IOP');
    expect(row().dataset.staffProgram).toBe('evening-iop');
    unmount();
    const php = renderScreen(
      <StaffPanel answers={vignetteAnswers('severe-stable-php')} programs={DEFAULT} />,
      { settings: { mode: 'staff' } },
    );
    expect(php.container.querySelector('[data-staff-program]')).toHaveTextContent(
      'No program at this level',
    );
  });
});
