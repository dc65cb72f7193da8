import { useEffect, useRef } from 'react';
import { coarseHeight, postToParent } from './embed-messages';
import type { Settings } from './settings';

/**
 * Inside the partner's iframe, reports the height of the wizard's own content (not the
 * document's, which never drops below the frame's) so the frame can grow and shrink with it:
 * `loc:ready` once, then `loc:resize` on every change, rounded up to coarse steps
 * (./embed-messages.ts).
 */
export function useEmbedHeight(settings: Pick<Settings, 'embed' | 'parentOrigin'>) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!settings.embed || !el || typeof ResizeObserver === 'undefined') return;
    let last = -1;
    const report = () => {
      const height = coarseHeight(el.getBoundingClientRect().height);
      if (height === last) return;
      postToParent(settings, { type: last === -1 ? 'loc:ready' : 'loc:resize', height });
      last = height;
    };
    const observer = new ResizeObserver(report);
    observer.observe(el);
    report();
    return () => observer.disconnect();
  }, [settings]);
  return ref;
}
