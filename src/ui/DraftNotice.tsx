/**
 * The draft line (`[data-translation-draft]`, contract v1.2 §4) on the start screen, the result
 * and the crisis screen. English, the source, shows none and fetches nothing. For any other
 * language the line's code comes as a chunk of its own (./DraftLine.tsx), which reads the
 * language's review record and shows the line only for a draft: the first load carries a few
 * bytes, not the records (the first-interaction budget, scripts/check-size.ts).
 */
import { lazy, Suspense } from 'react';
import { useSettings } from '../app/settings';

const DraftLine = lazy(() => import('./DraftLine'));

export function DraftNotice() {
  // No fallback: nothing shows until the line is here.
  return useSettings().lang === 'en' ? null : (
    <Suspense>
      <DraftLine />
    </Suspense>
  );
}
