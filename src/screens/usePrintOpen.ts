/**
 * Prints the result's folds open (issue 19, HAZ-29): before printing, every closed <details> in
 * the element opens; after, those the person had closed close again. The print stylesheet also
 * shows their content (deferred.css, ::details-content), for a browser that prints without
 * these events; this handler covers a browser without that selector.
 */
import { useEffect, type RefObject } from 'react';

export function openFoldsForPrint(root: ParentNode): () => void {
  const closed = [...root.querySelectorAll<HTMLDetailsElement>('details[data-fold]')].filter(
    (d) => !d.open,
  );
  for (const d of closed) d.open = true;
  return () => {
    for (const d of closed) d.open = false;
  };
}

export function usePrintOpen(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    let restore: (() => void) | null = null;
    const before = () => {
      restore?.();
      restore = ref.current ? openFoldsForPrint(ref.current) : null;
    };
    const after = () => {
      restore?.();
      restore = null;
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, [ref]);
}
