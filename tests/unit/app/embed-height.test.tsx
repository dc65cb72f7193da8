import { render } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { coarseHeight, HEIGHT_STEP } from '../../../src/app/embed-messages';
import { useEmbedHeight } from '../../../src/app/useEmbedHeight';

const PARTNER = 'https://partner.example';

describe('coarseHeight', () => {
  it('rounds up to a multiple of the step, never below the content', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 20_000, noNaN: true }), (px) => {
        const h = coarseHeight(px);
        expect(h % HEIGHT_STEP).toBe(0);
        expect(h).toBeGreaterThanOrEqual(px);
        expect(h - Math.ceil(px)).toBeLessThan(HEIGHT_STEP);
      }),
    );
  });
});

describe('useEmbedHeight', () => {
  afterEach(() => vi.restoreAllMocks());

  it('reports coarse heights only, and only when the step changes', () => {
    // Inside a frame: a parent window of its own that records what it is sent.
    const sent: unknown[] = [];
    const parent = { postMessage: (m: unknown) => sent.push(m) } as unknown as Window;
    vi.spyOn(window, 'parent', 'get').mockReturnValue(parent);
    let height = 1233.4;
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(
      () => ({ height }) as DOMRect,
    );
    let observed: ResizeObserverCallback = () => {};
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(cb: ResizeObserverCallback) {
          observed = cb;
        }
        observe() {}
        disconnect() {}
      },
    );
    function Probe() {
      return <div ref={useEmbedHeight({ embed: true, parentOrigin: PARTNER })} />;
    }
    render(<Probe />);
    const resize = (px: number) => {
      height = px;
      observed([], {} as ResizeObserver);
    };
    resize(1300); // same step: nothing new
    resize(1401);
    resize(2552);
    expect(sent).toEqual([
      { source: 'loc-wizard', version: 1, type: 'loc:ready', height: 1400 },
      { source: 'loc-wizard', version: 1, type: 'loc:resize', height: 1600 },
      { source: 'loc-wizard', version: 1, type: 'loc:resize', height: 2600 },
    ]);
    vi.unstubAllGlobals();
  });
});
