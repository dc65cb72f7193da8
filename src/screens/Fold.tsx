/**
 * A part of the result folded into a disclosure (issue 19): closed on screen, its heading the
 * summary; open when printed (CSS ::details-content in print, and usePrintOpen for browsers
 * without it). Never for safety content: see ./result-parts.ts and HAZ-29.
 */
import type { ReactNode } from 'react';

export function Fold({
  id,
  title,
  children,
  ...data
}: {
  id: string;
  title: string;
  children: ReactNode;
} & { readonly [key: `data-${string}`]: string | boolean | undefined }) {
  return (
    <section className="fold-part" aria-labelledby={id} {...data}>
      <details className="fold" data-fold>
        <summary className="fold__summary">
          <h2 id={id} className="fold__title">
            {title}
          </h2>
        </summary>
        <div className="fold__body">{children}</div>
      </details>
    </section>
  );
}
