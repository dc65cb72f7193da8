/**
 * The draft line (`[data-translation-draft]`, contract v1.2 §4) where the language on screen is
 * a draft (src/i18n/review-records.ts): on the start screen, the result and the crisis screen.
 * English and reviewed languages show none and fetch nothing. The line's code and words are a
 * chunk of their own (./TranslationDraft.tsx), so the start screen's first load stays as it was.
 */
import { lazy, Suspense } from 'react';
import { useSettings } from '../app/settings';
import { isDraft } from '../i18n/review-records';

const TranslationDraft = lazy(() => import('./TranslationDraft'));

export function DraftNotice() {
  const { lang } = useSettings();
  if (!isDraft(lang)) return null;
  return (
    <Suspense fallback={null}>
      <TranslationDraft />
    </Suspense>
  );
}
