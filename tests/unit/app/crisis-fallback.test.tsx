import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { CrisisBoundary } from '../../../src/app/CrisisFallback';

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
    expect(screen.getAllByText('(310) 555-0123')).toHaveLength(2);
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
