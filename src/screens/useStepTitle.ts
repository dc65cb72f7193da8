import { useEffect } from 'react';
import { useText } from '../i18n/context';
import { whenIdleAfterPaint } from '../app/after-paint';

/**
 * document.title. The start screen names its heading; every later screen has the one neutral
 * title, the app's name: a tab's titles stay in History and "Recently closed" after the person
 * has left, so they never say "Question 5" or "Get help now". Prefixed "Error: " while the
 * screen shows errors (GOV.UK). Set once the screen has painted and the page is idle: a title
 * change costs the browser a few milliseconds that Continue shouldn't wait for.
 */
export function useStepTitle({
  startHeading,
  hasErrors = false,
}: { startHeading?: string; hasErrors?: boolean } = {}): void {
  const t = useText();
  useEffect(
    () =>
      whenIdleAfterPaint(() => {
        const name = startHeading ? `${startHeading} – ${t.app.title}` : t.app.title;
        document.title = `${hasErrors ? t.common.errorTitlePrefix : ''}${name}`;
      }),
    [startHeading, hasErrors, t],
  );
}
