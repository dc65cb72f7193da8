/**
 * Renders a screen the way App provides it: inside SettingsContext and both word contexts,
 * in English or Spanish, with a test center name and number that differ from the build's
 * defaults (so a screen that ignores the settings is caught). Returns a user-event session.
 */
import type { ReactElement, ReactNode } from 'react';
import { render, waitFor, type queries, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { SettingsContext, type Settings } from '../../../src/app/settings';
import { DictionaryContext, FullTextContext } from '../../../src/i18n/context';
import { en } from '../../../src/i18n/en';
import { es } from '../../../src/i18n/es';
import type { Dictionary, Lang } from '../../../src/i18n/types';

export const TEST_CENTER = 'Harbor Test Clinic';
export const TEST_PHONE = '+13105550123';
export const TEST_PHONE_SHOWN = '(310) 555-0123';
export const TEST_TEL = `tel:${TEST_PHONE}`;

/** The languages whose words these tests render with (others have their own tests). */
export type TestLang = Extract<Lang, 'en' | 'es'>;
export const DICTIONARIES: Readonly<Record<TestLang, Dictionary>> = { en, es };

export function testSettings(overrides: Partial<Settings> = {}): Settings {
  return {
    mode: 'self',
    lang: 'en',
    langFromUrl: false,
    phone: TEST_PHONE,
    center: TEST_CENTER,
    accent: '1f6feb',
    embed: false,
    parentOrigin: null,
    shareResult: null,
    partner: null,
    ...overrides,
  };
}

export interface RenderScreenOptions {
  /** 'en' or 'es' (the words these tests render with); another throws. */
  readonly lang?: Lang;
  readonly settings?: Partial<Settings>;
}

export interface RenderedScreen extends RenderResult {
  readonly user: UserEvent;
  /** The dictionary the screen was rendered with. */
  readonly t: Dictionary;
}

export function renderScreen(ui: ReactElement, options: RenderScreenOptions = {}): RenderedScreen {
  const lang = options.lang ?? 'en';
  const found = (DICTIONARIES as Partial<Record<Lang, Dictionary>>)[lang];
  if (!found) throw new Error(`renderScreen: no test words for ${lang}`);
  const t: Dictionary = found;
  const settings = testSettings({ lang, ...options.settings });
  function Providers({ children }: { children: ReactNode }) {
    return (
      <SettingsContext.Provider value={settings}>
        <DictionaryContext.Provider value={t}>
          <FullTextContext.Provider value={t}>{children}</FullTextContext.Provider>
        </DictionaryContext.Provider>
      </SettingsContext.Provider>
    );
  }
  const user = userEvent.setup();
  return { ...render<typeof queries>(ui, { wrapper: Providers }), user, t };
}

/**
 * Renders a long screen (the review, the result) and waits for the part it draws a frame after
 * its top: until nothing in it is aria-busy.
 */
export async function renderWholeScreen(
  ui: ReactElement,
  options: RenderScreenOptions = {},
): Promise<RenderedScreen> {
  const rendered = renderScreen(ui, options);
  await waitFor(() => {
    if (rendered.container.querySelector('[aria-busy="true"]')) throw new Error('Still drawing');
  });
  return rendered;
}

/** An input found by the integration contract's DOM hooks: name = dotted id, value = answer. */
export function inputFor(container: HTMLElement, id: string, value: string): HTMLInputElement {
  const input = container.querySelector<HTMLInputElement>(`input[name="${id}"][value="${value}"]`);
  if (!input) throw new Error(`No input name="${id}" value="${value}"`);
  return input;
}

/** Every input of one question, by its dotted id. */
export function inputsFor(container: HTMLElement, id: string): HTMLInputElement[] {
  return Array.from(container.querySelectorAll<HTMLInputElement>(`input[name="${id}"]`));
}
