import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { esCore } from '../../../src/i18n/es.core';
import { CrisisFallback } from '../../../src/app/CrisisFallback';
import { refusedInFrame } from '../../../src/app/frame-guard';
import { leaveFromFrame } from '../../../src/app/leave-page';
import { centerConfig } from '../../../src/config/center';

const PARTNER = 'https://partner.example';

/** A window in a frame, whose browser reports `ancestors` (undefined: Firefox, no list). */
function framed(ancestors?: string[]): Window {
  const win = { location: { ancestorOrigins: ancestors } } as unknown as Window;
  (win as { parent: unknown }).parent = {};
  return win;
}

describe('refusedInFrame', () => {
  it('runs top-level, whatever the parameters say', () => {
    expect(refusedInFrame(null)).toBe(false);
    expect(refusedInFrame(PARTNER)).toBe(false);
  });

  it('runs in a frame of the page embed.js named', () => {
    expect(refusedInFrame(PARTNER, framed([PARTNER, 'https://top.example']))).toBe(false);
  });

  it('refuses a frame whose parent is another origin than parentOrigin says', () => {
    expect(refusedInFrame(PARTNER, framed(['https://liar.example']))).toBe(true);
  });

  it('refuses a frame without parentOrigin, even where the browser has no list', () => {
    expect(refusedInFrame(null, framed([PARTNER]))).toBe(true);
    expect(refusedInFrame(null, framed())).toBe(true);
    // No list, or a masked one ("null", Firefox for a no-referrer frame): parentOrigin is
    // trusted (frame-ancestors guards).
    expect(refusedInFrame(PARTNER, framed())).toBe(false);
    expect(refusedInFrame(PARTNER, framed(['null']))).toBe(false);
  });
});

describe('leaveFromFrame', () => {
  afterEach(() => vi.restoreAllMocks());

  it('replaces the top page with the neutral page', () => {
    const replace = vi.fn();
    vi.spyOn(window, 'top', 'get').mockReturnValue({ location: { replace } } as unknown as Window);
    expect(leaveFromFrame()).toBe(true);
    expect(replace).toHaveBeenCalledWith(centerConfig.neutralPage);
  });

  it('where the browser refuses (it throws), sends the frame alone to the "close the tab" page', () => {
    const replace = vi.fn(() => {
      throw new DOMException('not allowed to navigate the top frame', 'SecurityError');
    });
    vi.spyOn(window, 'top', 'get').mockReturnValue({ location: { replace } } as unknown as Window);
    // (jsdom cannot navigate the frame itself; the browser tests follow that path.)
    expect(leaveFromFrame()).toBe(false);
    expect(replace).toHaveBeenCalledTimes(1);
  });
});

describe('CrisisFallback: "Leave this site"', () => {
  afterEach(() => vi.restoreAllMocks());

  it('replaces the page', () => {
    const replace = vi.fn();
    vi.spyOn(window, 'top', 'get').mockReturnValue({ location: { replace } } as unknown as Window);
    render(<CrisisFallback phone="+13105550123" />);
    fireEvent.click(screen.getByRole('button', { name: /Leave this site/ }));
    expect(replace).toHaveBeenCalledWith(centerConfig.neutralPage);
  });

  it('is a real button, in English and the language on screen, before the heading', () => {
    render(<CrisisFallback words={esCore} />);
    const button = screen.getByRole('button', { name: /Leave this site/ });
    expect(button).toHaveAttribute('type', 'button');
    expect(button.textContent).toContain('Salir de este sitio');
    expect(
      button.compareDocumentPosition(screen.getByRole('heading')) &
        Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
  });
});
