/**
 * StartScreen: a <form> whose submit starts, the facts up front, and the center's tel: link
 * (integration contract DOM hooks). Self mode's "Have a code from before?" is tested with the
 * app in ../app/code-entry.test.tsx.
 */
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { StartScreen } from '../../../src/screens/StartScreen';
import { en } from '../../../src/i18n/en';
import { es } from '../../../src/i18n/es';
import type { Lang } from '../../../src/i18n/types';
import { renderScreen, TEST_CENTER, TEST_PHONE_SHOWN, TEST_TEL } from './render';

function renderStart(lang: Lang = 'en', settings = {}) {
  const onStart = vi.fn();
  const rendered = renderScreen(<StartScreen onStart={onStart} />, { lang, settings });
  // The form that starts: Start's own (a code form may sit beside it: issue 19).
  const root = rendered.container.querySelector('form')!;
  return { ...rendered, root, onStart };
}

describe('StartScreen', () => {
  it('is a form whose submit button calls onStart once', async () => {
    const { user, root, onStart } = renderStart();
    expect(root.tagName).toBe('FORM');
    const start = screen.getByRole('button', { name: 'Start' });
    expect(start).toHaveAttribute('type', 'submit');
    expect(root.contains(start)).toBe(true);
    await user.click(start);
    expect(onStart).toHaveBeenCalledTimes(1);
  });

  it('has no other buttons that could submit', () => {
    const { container } = renderStart();
    const buttons = Array.from(container.querySelectorAll('button'));
    expect(buttons.filter((b) => b.type === 'submit')).toHaveLength(1);
    expect(container.querySelectorAll('form')).toHaveLength(1);
  });

  it('submitting the form (e.g. Enter) starts, without navigating', () => {
    const { root, onStart } = renderStart();
    const event = new Event('submit', { bubbles: true, cancelable: true });
    fireEvent(root, event);
    expect(onStart).toHaveBeenCalledTimes(1);
    expect(event.defaultPrevented).toBe(true);
  });

  it("shows the center's number as a tel: link", () => {
    renderStart();
    const link = screen.getByRole('link', { name: `${TEST_CENTER}: call ${TEST_PHONE_SHOWN}` });
    expect(link).toHaveAttribute('href', TEST_TEL);
  });

  it('follows the phone and center from the settings', () => {
    renderStart('en', { phone: '+14155550100', center: 'Bay Clinic' });
    const link = screen.getByRole('link', { name: 'Bay Clinic: call (415) 555-0100' });
    expect(link).toHaveAttribute('href', 'tel:+14155550100');
  });

  it('shows the heading and the facts: time, privacy, not a diagnosis', async () => {
    document.title = '';
    renderStart();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(en.start.heading);
    expect(screen.getByText(en.start.time)).toBeVisible();
    expect(screen.getByText(en.start.privacy)).toBeVisible();
    expect(screen.getByText(en.start.notDiagnosis)).toBeVisible();
    await waitFor(() => expect(document.title).toBe(`${en.start.heading} – ${en.app.title}`));
  });

  it('renders Spanish', async () => {
    const { user, onStart } = renderStart('es');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(es.start.heading);
    expect(
      screen.getByRole('link', { name: `${TEST_CENTER}: llame al ${TEST_PHONE_SHOWN}` }),
    ).toHaveAttribute('href', TEST_TEL);
    await user.click(screen.getByRole('button', { name: 'Empezar' }));
    expect(onStart).toHaveBeenCalledTimes(1);
  });
});

describe('StartScreen: what is sent, in plain words (contract v1.3, shareResult)', () => {
  it.each<[Lang, RegExp]>([
    ['en', /At the end, County Health will be told which type of care was suggested/],
    ['es', /Al final, se le dirá a County Health qué tipo de atención se sugirió/],
  ])('%s: names the partner told the level, and never says "nothing is sent"', (lang, said) => {
    const { container } = renderStart(lang, { partner: 'County Health', shareResult: 'level' });
    const privacy = container.querySelector('[data-privacy]');
    expect(privacy?.textContent).toMatch(said);
    expect(container.textContent).not.toContain(lang === 'en' ? 'Nothing is sent' : 'No se envían');
  });

  it.each<Lang>(['en', 'es'])('%s: says "nothing is sent" when no partner is told', (lang) => {
    const { container } = renderStart(lang);
    const dict = lang === 'en' ? en : es;
    expect(container.querySelector('[data-privacy]')?.textContent).toBe(dict.start.privacy);
  });
});
