import { useEffect } from 'react';
import { useText } from '../i18n/context';
import { whenIdleAfterPaint } from '../app/after-paint';

/**
 * document.title follows the screen, prefixed "Error: " while it shows errors (GOV.UK). Set
 * once the screen has painted and the page is idle: a title change costs the browser a few
 * milliseconds that Continue shouldn't wait for.
 */
export function useStepTitle(heading: string, hasErrors = false): void {
  const t = useText();
  useEffect(
    () =>
      whenIdleAfterPaint(() => {
        document.title = `${hasErrors ? t.common.errorTitlePrefix : ''}${heading} – ${t.app.title}`;
      }),
    [heading, hasErrors, t],
  );
}
