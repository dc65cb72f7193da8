import { useEffect, useRef } from 'react';

/**
 * On every step change (never on first load), move focus to the new screen's h1 so screen
 * readers start there (GOV.UK setFocus). Inside a partner's page, focus never scrolls it.
 */
export function useStepFocus(stepKey: string, embedded: boolean): void {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const heading = document.getElementById('step-heading');
    if (!embedded) window.scrollTo(0, 0);
    heading?.focus({ preventScroll: true });
  }, [stepKey, embedded]);
}
