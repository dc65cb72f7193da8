/**
 * The draft line (`[data-translation-draft]`, contract v1.2 §4; docs/clinical-safety.md HAZ-31):
 * on the start screen, the result and the crisis screen of a draft language, in that language
 * and in English; never in English; gone once the language's record says reviewed.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, screen } from '@testing-library/react';
import { StartScreen } from '../../../src/screens/StartScreen';
import { CrisisScreen } from '../../../src/screens/CrisisScreen';
import { ResultScreen } from '../../../src/screens/ResultScreen';
import { recommend } from '../../../src/results/recommend';
import { REVIEW_RECORDS, isDraft } from '../../../src/i18n/review-records';
import type { ReviewRecord } from '../../../src/i18n/review-record';
import { enDraft } from '../../../src/i18n/en.draft';
import { esDraft } from '../../../src/i18n/es.draft';
import { format } from '../../../src/i18n/format';
import type { Lang } from '../../../src/i18n/types';
import { languagesPresent } from '../../../scripts/i18n/words';
import { renderScreen, renderWholeScreen, TEST_CENTER } from './render';
import { VIGNETTES, vignetteAnswers } from './vignettes';

const records = REVIEW_RECORDS as Record<Lang, ReviewRecord>;
const esRecord = records.es;
afterEach(() => {
  records.es = esRecord;
});

/** Waits until the lazy line could have come (its chunk and words), then returns what shows. */
async function draftLine(): Promise<HTMLElement | null> {
  for (let i = 0; i < 20 && !document.querySelector('[data-translation-draft]'); i++)
    await act(() => new Promise((resolve) => setTimeout(resolve, 25)));
  return document.querySelector<HTMLElement>('[data-translation-draft]');
}

const answers = vignetteAnswers(VIGNETTES[0]!.id);
const SCREENS: Record<string, (lang: Lang) => unknown> = {
  start: (lang: Lang) => renderScreen(<StartScreen onStart={vi.fn()} />, { lang }),
  crisis: (lang: Lang) =>
    renderScreen(<CrisisScreen respondent="self" onBack={vi.fn()} />, { lang }),
  result: (lang: Lang) =>
    renderWholeScreen(
      <ResultScreen answers={answers} result={recommend(answers)} onRestart={vi.fn()} />,
      { lang },
    ),
};

describe('the draft line', () => {
  it.each(Object.keys(SCREENS))(
    '%s, Spanish (a draft): one line, in Spanish and in English',
    async (name) => {
      await SCREENS[name]!('es');
      const line = await draftLine();
      expect(line).not.toBeNull();
      expect(document.querySelectorAll('[data-translation-draft]')).toHaveLength(1);
      expect(line!.textContent).toContain(format(esDraft.line, { center: TEST_CENTER }));
      const english = line!.querySelector('[lang="en"]');
      expect(english).toHaveTextContent(format(enDraft.line, { center: TEST_CENTER }));
      expect(english).toHaveAttribute('dir', 'ltr');
      // The test center's config offers no free interpreters: the line doesn't say so.
      expect(line!.textContent).not.toContain(enDraft.interpreterFree);
    },
  );

  it.each(Object.keys(SCREENS))('%s, English: none', async (name) => {
    await SCREENS[name]!('en');
    expect(await draftLine()).toBeNull();
    expect(screen.queryByText(/professional translator/)).toBeNull();
  });

  it.each(Object.keys(SCREENS))('%s, Spanish whose record says reviewed: none', async (name) => {
    records.es = {
      status: 'reviewed',
      by: 'Agency',
      date: '2027-01-15',
      sourceHash: '0123456789abcdef',
    };
    await SCREENS[name]!('es');
    expect(await draftLine()).toBeNull();
  });

  it('staff are told to check against the English, not to call the center', async () => {
    renderScreen(<CrisisScreen respondent="self" onBack={vi.fn()} />, {
      lang: 'es',
      settings: { mode: 'staff' },
    });
    const line = await draftLine();
    expect(line).toHaveTextContent(esDraft.staff);
    expect(line).toHaveTextContent(enDraft.staff);
  });

  it.each(languagesPresent().filter((l) => l !== 'en'))(
    '%s: marked a draft unless its record says reviewed',
    (lang) => {
      const record = records[lang as Lang];
      expect(isDraft(lang as Lang)).toBe(record?.status !== 'reviewed');
      expect(isDraft('en')).toBe(false);
    },
  );
});
