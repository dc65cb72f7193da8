import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { CrisisBoundary } from '../../../src/app/CrisisFallback';
import { esCore } from '../../../src/i18n/es.core';
import type { CoreWords } from '../../../src/i18n/types';

function Broken(): never {
  throw new Error('render failed');
}

describe('CrisisBoundary', () => {
  it('shows the crisis numbers and the given center number instead of a blank page', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { container } = render(
      <CrisisBoundary phone="+13105550123">
        <Broken />
      </CrisisBoundary>,
    );
    quiet.mockRestore();
    const hrefs = [...container.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(
      expect.arrayContaining(['tel:911', 'tel:988', 'sms:988', 'tel:+13105550123']),
    );
    expect(screen.getAllByText('(310) 555-0123')).toHaveLength(1);
  });

  it('says it in English and in the language on screen, numbers isolated left to right', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    const words = { ...esCore, lang: 'fa' } as unknown as CoreWords; // Spanish words, Farsi tag
    const { container } = render(
      <CrisisBoundary phone="+13105550123" words={words}>
        <Broken />
      </CrisisBoundary>,
    );
    quiet.mockRestore();
    const other = container.querySelector('p[lang="fa"]');
    expect(other).toHaveAttribute('dir', 'rtl');
    expect(other?.textContent).toContain(esCore.help.call911);
    expect(container.querySelector('main')).toHaveAttribute('lang', 'en');
    const numbers = screen.getAllByText('(310) 555-0123');
    expect(numbers).toHaveLength(2);
    for (const n of numbers) {
      expect(n).toHaveAttribute('dir', 'ltr');
      expect(n.parentElement?.tagName).toBe('BDI');
    }
  });

  it('renders its children when nothing fails', () => {
    render(
      <CrisisBoundary phone="+13105550123">
        <p>fine</p>
      </CrisisBoundary>,
    );
    expect(screen.getByText('fine')).toBeInTheDocument();
  });
});
