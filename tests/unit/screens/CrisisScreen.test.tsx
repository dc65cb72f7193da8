/**
 * CrisisScreen (contract Step 0; integration contract DOM hooks): data-level and data-urgency
 * "emergency" with no data-asam, real tel:911, tel:988, sms:988 and center links, naloxone
 * steps, and one way on: back, to change the answer.
 */
import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { CrisisScreen } from '../../../src/screens/CrisisScreen';
import { en } from '../../../src/i18n/en';
import { es } from '../../../src/i18n/es';
import type { Lang } from '../../../src/i18n/types';
import { renderScreen, TEST_CENTER, TEST_TEL } from './render';

function renderCrisis(respondent?: 'self' | 'other', lang: Lang = 'en') {
  const onBack = vi.fn();
  const rendered = renderScreen(<CrisisScreen respondent={respondent} onBack={onBack} />, {
    lang,
  });
  const root = rendered.container.firstElementChild as HTMLElement;
  return { ...rendered, root, onBack };
}

const hrefs = () => Array.from(document.querySelectorAll('a'), (a) => a.getAttribute('href') ?? '');

describe('CrisisScreen', () => {
  it('root has data-level and data-urgency "emergency" and no data-asam', () => {
    const { root } = renderCrisis('self');
    expect(root).toHaveAttribute('data-level', 'emergency');
    expect(root).toHaveAttribute('data-urgency', 'emergency');
    expect(root).not.toHaveAttribute('data-asam');
    expect(document.querySelectorAll('[data-level]')).toHaveLength(1);
    expect(document.querySelector('[data-asam]')).toBeNull();
  });

  it('is not a result: no level name, no ASAM number', () => {
    renderCrisis('self');
    expect(screen.queryByText(/ASAM/)).toBeNull();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Get help now');
  });

  it('links tel:911, tel:988, sms:988 and the center', () => {
    renderCrisis('self');
    expect(screen.getByRole('link', { name: 'Call 911' })).toHaveAttribute('href', 'tel:911');
    expect(screen.getByRole('link', { name: 'Call 988' })).toHaveAttribute('href', 'tel:988');
    expect(screen.getByRole('link', { name: 'Text 988' })).toHaveAttribute('href', 'sms:988');
    // The center's link names the center (its exact wording is the dictionary's).
    const center = screen.getByRole('link', { name: new RegExp(TEST_CENTER) });
    expect(center).toHaveAttribute('href', TEST_TEL);
    expect(hrefs()).toEqual(expect.arrayContaining(['tel:911', 'tel:988', 'sms:988', TEST_TEL]));
  });

  it('911 comes first, with the signs to call for', () => {
    renderCrisis('self');
    const first = screen.getAllByRole('link')[0];
    expect(first).toHaveAttribute('href', 'tel:911');
    const card = screen.getByRole('region', { name: en.crisis.call911Heading });
    for (const sign of en.crisis.call911Signs) expect(within(card).getByText(sign)).toBeVisible();
  });

  it('gives the naloxone steps', () => {
    renderCrisis('self');
    const region = screen.getByRole('region', { name: en.crisis.naloxoneHeading });
    expect(within(region).getAllByRole('listitem')).toHaveLength(en.crisis.naloxone.length);
  });

  it('the change-answer button is type="button", data-action="back", and calls onBack', async () => {
    const { user, onBack } = renderCrisis('self');
    const button = screen.getByRole('button', { name: 'Change my answer' });
    expect(button).toHaveAttribute('type', 'button');
    expect(button).toHaveAttribute('data-action', 'back');
    await user.click(button);
    expect(onBack).toHaveBeenCalledTimes(1);
    // The only way on.
    expect(screen.getAllByRole('button')).toHaveLength(1);
  });

  it("uses the 'they' wording for someone else, 'you' otherwise", () => {
    renderCrisis('other');
    expect(screen.getByText(en.crisis.intro.they)).toBeVisible();
    expect(screen.queryByText(en.crisis.intro.you)).toBeNull();
  });

  it("uses the 'you' wording before the respondent is known", () => {
    renderCrisis(undefined);
    expect(screen.getByText(en.crisis.intro.you)).toBeVisible();
  });

  it('sets the one neutral title, not "Get help now" (the history keeps titles)', async () => {
    document.title = '';
    renderCrisis('self');
    await waitFor(() => expect(document.title).toBe(en.app.title));
  });

  it('renders Spanish, with the same links', () => {
    renderCrisis('self', 'es');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(es.crisis.heading);
    expect(screen.getByRole('link', { name: es.help.call911 })).toHaveAttribute('href', 'tel:911');
    expect(screen.getByRole('link', { name: es.help.text988 })).toHaveAttribute('href', 'sms:988');
    expect(screen.getByRole('button', { name: es.crisis.changeAnswer })).toBeVisible();
    expect(hrefs()).toEqual(expect.arrayContaining(['tel:911', 'tel:988', 'sms:988', TEST_TEL]));
  });
});
