import { useEffect } from 'react';
import { useText } from '../i18n/context';

/** document.title follows the screen, prefixed "Error: " while it shows errors (GOV.UK). */
export function useStepTitle(heading: string, hasErrors = false): void {
  const t = useText();
  useEffect(() => {
    document.title = `${hasErrors ? t.common.errorTitlePrefix : ''}${heading} – ${t.app.title}`;
  }, [heading, hasErrors, t]);
}
