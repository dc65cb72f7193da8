import { useEffect } from 'react';

/**
 * Staff mode: number keys 1–9 pick that option in the question that has focus — only there, so
 * typing elsewhere is never hijacked — and can be switched off (WCAG 2.1.4 Character Key
 * Shortcuts).
 */
export function useNumberShortcuts(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || !/^[1-9]$/.test(event.key)) return;
      const active = document.activeElement;
      const fieldset = active instanceof HTMLElement ? active.closest('main fieldset') : null;
      if (!fieldset) return;
      const inputs = fieldset.querySelectorAll<HTMLInputElement>(
        'input[type=radio], input[type=checkbox]',
      );
      const input = inputs[Number(event.key) - 1];
      if (!input) return;
      event.preventDefault();
      input.focus();
      input.click();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [enabled]);
}
