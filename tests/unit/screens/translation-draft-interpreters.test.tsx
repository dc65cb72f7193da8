/**
 * The draft line where the center's config says `interpreters: 'free'` (issue 18, items 4 and
 * 5): it adds, in the language and in English, that an interpreter costs nothing.
 */
import { describe, expect, it, vi } from 'vitest';
import { act } from '@testing-library/react';
import { StartScreen } from '../../../src/screens/StartScreen';
import { enDraft } from '../../../src/i18n/en.draft';
import { esDraft } from '../../../src/i18n/es.draft';
import { renderScreen } from './render';

vi.mock('../../../src/config/center', async (importOriginal) => {
  const { centerConfig } = await importOriginal<typeof import('../../../src/config/center')>();
  return { centerConfig: { ...centerConfig, interpreters: 'free' } };
});

describe('the draft line with free interpreters', () => {
  it('says an interpreter costs nothing, in Spanish and in English', async () => {
    renderScreen(<StartScreen onStart={vi.fn()} />, { lang: 'es' });
    for (let i = 0; i < 20 && !document.querySelector('[data-translation-draft]'); i++)
      await act(() => new Promise((resolve) => setTimeout(resolve, 25)));
    const line = document.querySelector('[data-translation-draft]');
    expect(line).toHaveTextContent(esDraft.interpreterFree);
    expect(line?.querySelector('[lang="en"]')).toHaveTextContent(enDraft.interpreterFree);
  });
});
