/**
 * The interpreter line (issue 18, languages spec §6, HAZ-32): with the center's `interpreters`
 * 'free', a screen in another language than English says on the call card, the referral and the
 * crisis screen that the center brings in an interpreter at no cost, and to say the language's
 * English name when they answer ("Spanish", marked lang="en"). Nothing in English, nothing when
 * the center says nothing, nothing in staff mode (the staff are the center).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { wizardMachine } from '../../../src/machines/wizard/wizard.machine';
import { CallCard } from '../../../src/screens/CallCard';
import { CrisisScreen } from '../../../src/screens/CrisisScreen';
import { Interpreter } from '../../../src/screens/Interpreter';
import { LevelProgramsPart } from '../../../src/programs/ProgramsPart';
import { App } from '../../../src/app/App';
import { esCore } from '../../../src/i18n/es.core';
import { es } from '../../../src/i18n/es';
import { en } from '../../../src/i18n/en';
import type { Lang } from '../../../src/i18n/types';
import { renderScreen, testSettings, TEST_CENTER } from './render';
import { vignetteAnswers } from './vignettes';

const languages = vi.hoisted<{ interpreters: 'free' | null; recordLanguage: 'en' | 'es' }>(() => ({
  interpreters: 'free',
  recordLanguage: 'en',
}));
vi.mock('../../../src/config/center-languages', () => ({ centerLanguages: languages }));

const ANSWERS = vignetteAnswers('moderate-stable-worker');
const ES_YOU = `${TEST_CENTER} puede conseguirle un intérprete sin costo para usted. Diga «Spanish» cuando contesten.`;

const card = (lang: Lang, mode: 'self' | 'staff' = 'self', who: 'you' | 'they' = 'you') =>
  renderScreen(<CallCard answers={ANSWERS} urgent={false} who={who} />, {
    lang,
    settings: { mode },
  });

const referral = (lang: Lang) =>
  renderScreen(
    <LevelProgramsPart
      part={{ kind: 'referral', level: 'residential', reason: 'none-at-level' }}
      freeVerification={false}
      center={TEST_CENTER}
      who="you"
      medicaid="Medi-Cal"
    />,
    { lang },
  );

const crisis = (lang: Lang) =>
  renderScreen(
    <CrisisScreen respondent="self" onBack={() => {}} interpreter={<Interpreter who="self" />} />,
    { lang },
  );

const line = () => document.querySelectorAll('[data-interpreter]');

beforeEach(() => {
  languages.interpreters = 'free';
});
afterEach(cleanup);

describe('interpreters: free', () => {
  it('Spanish call card: at no cost, and say «Spanish» when they answer, the name in English', () => {
    card('es');
    expect(line()).toHaveLength(1);
    expect(line()[0]!.textContent).toBe(ES_YOU);
    expect(line()[0]!.querySelector('[lang="en"]')!.textContent).toBe('Spanish');
    expect(line()[0]!.closest('.call-card')).not.toBeNull();
  });

  it('speaks to someone calling for a loved one in their voice', () => {
    card('es', 'self', 'they');
    expect(line()[0]!.textContent).toBe(
      es.interpreter.ask.they.replace('{center}', TEST_CENTER).replace('{language}', 'Spanish'),
    );
  });

  it('on the referral (no program at the level) and on the crisis screen', () => {
    referral('es');
    expect(document.querySelector('[data-referral] [data-interpreter]')!.textContent).toBe(ES_YOU);
    cleanup();
    crisis('es');
    const center = screen.getByRole('region', { name: es.crisis.centerHeading });
    expect(center.querySelector('[data-interpreter]')!.textContent).toBe(ES_YOU);
  });

  it('never in English, and never in staff mode', () => {
    card('en');
    referral('en');
    crisis('en');
    expect(line()).toHaveLength(0);
    cleanup();
    card('es', 'staff');
    expect(line()).toHaveLength(0);
  });

  it('the whole app: the crisis screen shows it, in the center part, once the later words are here', async () => {
    const snapshot = wizardMachine.resolveState({
      value: 'crisis',
      context: {
        answers: { respondent: 'self', about: { age: '18-64' }, safety: { emergencyNow: 'yes' } },
        history: ['start', 'respondent', 'age', 'danger'],
        returnToReview: false,
        askedAtChange: [],
      },
    });
    render(<App settings={testSettings({ lang: 'es' })} dictionary={esCore} snapshot={snapshot} />);
    // The 911 and 988 parts never wait for it.
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(es.crisis.heading);
    const center = screen.getByRole('region', { name: es.crisis.centerHeading });
    await waitFor(() => expect(center.querySelector('[data-interpreter]')).not.toBeNull(), {
      timeout: 5000,
    });
    expect(center.querySelector('[data-interpreter]')!.textContent).toBe(
      es.interpreter.ask.you
        .replace('{center}', testSettings().center)
        .replace('{language}', 'Spanish'),
    );
    expect(en.crisis.heading).not.toBe(es.crisis.heading);
  });
});

describe('interpreters: null (the default)', () => {
  it('says nothing anywhere', () => {
    languages.interpreters = null;
    card('es');
    referral('es');
    crisis('es');
    expect(line()).toHaveLength(0);
  });
});
