/**
 * The result's call card (issue 19) on a fixed clock: admissions open or closed
 * (`[data-admissions]`), the next opening in the center's time zone, named, who answers while
 * closed, the center's number whatever the hours, "Prefer to text?" (an sms: link whose body is
 * only the code, reporting loc:call), "Remind me to call" (a .ics with no answer, level or
 * code), and staff mode (the hours in the staff's voice; no links).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import { CallCard } from '../../../src/screens/CallCard';
import { ResultScreen } from '../../../src/screens/ResultScreen';
import type { CenterCall } from '../../../src/config/center-call';
import { encodeHandoffCode } from '../../../src/questions/handoff-code';
import { recommend } from '../../../src/results/recommend';
import { en } from '../../../src/i18n/en';
import { es } from '../../../src/i18n/es';
import type { Settings } from '../../../src/app/settings';
import type { Lang } from '../../../src/i18n/types';
import type { VoiceKey } from '../../../src/i18n/voice';
import { renderScreen, TEST_CENTER, TEST_PHONE_SHOWN, TEST_TEL } from './render';
import { vignetteAnswers } from './vignettes';

const HOURS: CenterCall = {
  admissions: {
    timeZone: 'America/Los_Angeles',
    hours: [
      { days: ['mon', 'tue', 'wed', 'thu', 'fri'], open: '08:00', close: '20:00' },
      { days: ['sat'], open: '09:00', close: '13:00' },
    ],
  },
  textNumber: '+13105550199',
};
/** Monday 7 December 2026, 10:00 in Los Angeles. */
const MONDAY_10AM = new Date('2026-12-07T18:00:00Z');
/** Monday 7 December 2026, 21:00 in Los Angeles: it opens Tuesday at 08:00 (16:00 UTC). */
const MONDAY_9PM = new Date('2026-12-08T05:00:00Z');
const TUESDAY_8AM = new Date('2026-12-08T16:00:00Z');

const ANSWERS = vignetteAnswers('moderate-stable-worker');

function renderCard(
  call: CenterCall,
  {
    lang = 'en',
    settings = {},
    who = 'you',
    answers = ANSWERS,
  }: { lang?: Lang; settings?: Partial<Settings>; who?: VoiceKey; answers?: typeof ANSWERS } = {},
) {
  const rendered = renderScreen(
    <CallCard answers={answers} urgent={false} who={who} call={call} />,
    {
      lang,
      settings,
    },
  );
  const card = rendered.container.querySelector('section')!;
  return { ...rendered, card };
}

const links = (card: HTMLElement) =>
  [...card.querySelectorAll('a')].map((a) => a.getAttribute('href'));

beforeEach(() => {
  // Only Date: user-event and waitFor keep their real timers.
  vi.useFakeTimers({ toFake: ['Date'] });
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('admissions hours', () => {
  it('open: says someone answers now; data-admissions="open"; no 988 or helpline', () => {
    vi.setSystemTime(MONDAY_10AM);
    const { card } = renderCard(HOURS);
    expect(card).toHaveAttribute('data-admissions', 'open');
    expect(card).toHaveTextContent(en.call.openNow.you);
    expect(card.querySelector('[data-meanwhile]')).toBeNull();
    expect(links(card)).not.toContain('tel:988');
  });

  it('closed: when it opens, in the center’s time, named; 988 and the helpline; the number still', () => {
    vi.setSystemTime(MONDAY_9PM);
    const { card } = renderCard(HOURS);
    expect(card).toHaveAttribute('data-admissions', 'closed');
    expect(card.querySelector('[data-admissions-words]')).toHaveTextContent(
      'Admissions is closed now. It opens Tuesday, December 8 at 8:00 AM (Pacific Time).',
    );
    // Exactly the words: the helpline's number is on its button, not tacked on here.
    expect(card.querySelector('[data-meanwhile]')!.textContent).toBe(en.call.meanwhile.you);
    expect(links(card)).toEqual(
      expect.arrayContaining(['tel:988', 'sms:988', 'tel:+18006624357', TEST_TEL]),
    );
    // The center's number is shown and linked whatever the hours (HAZ-28).
    expect(card).toHaveTextContent(`Call ${TEST_CENTER} at ${TEST_PHONE_SHOWN}`);
    expect(within(card).getByRole('link', { name: `Call ${TEST_CENTER}` })).toHaveAttribute(
      'href',
      TEST_TEL,
    );
  });

  it('the closing minute: open at 19:59, closed at 20:00', () => {
    vi.setSystemTime(new Date('2026-12-08T03:59:00Z'));
    const open = renderCard(HOURS);
    expect(open.card).toHaveAttribute('data-admissions', 'open');
    open.unmount();
    vi.setSystemTime(new Date('2026-12-08T04:00:00Z'));
    expect(renderCard(HOURS).card).toHaveAttribute('data-admissions', 'closed');
  });

  it('closed, in Spanish: the day, time and zone in Spanish', () => {
    vi.setSystemTime(MONDAY_9PM);
    const { card } = renderCard(HOURS, { lang: 'es' });
    expect(card.querySelector('[data-admissions-words]')).toHaveTextContent(
      'La oficina de admisiones está cerrada ahora. Vuelve a abrir el martes, 8 de diciembre, 8:00 (hora del Pacífico).',
    );
    expect(card).toHaveTextContent(es.call.meanwhile.you);
    expect(
      within(card).getByRole('link', {
        name: es.call.callHelpline.replace('{phone}', '1-800-662-4357'),
      }),
    ).toHaveAttribute('href', 'tel:+18006624357');
  });

  it('answering for a loved one: their words', () => {
    vi.setSystemTime(MONDAY_9PM);
    const { card } = renderCard(HOURS, { who: 'they' });
    expect(card).toHaveTextContent(en.call.meanwhile.they);
  });

  it('24/7: always open', () => {
    vi.setSystemTime(MONDAY_9PM);
    const { card } = renderCard({ admissions: '24/7', textNumber: null });
    expect(card).toHaveAttribute('data-admissions', 'open');
    expect(card).toHaveTextContent(en.call.always.you);
  });

  it('null: says nothing about hours (the default config)', () => {
    vi.setSystemTime(MONDAY_9PM);
    const { card } = renderCard({ admissions: null, textNumber: null });
    expect(card).not.toHaveAttribute('data-admissions');
    expect(card.querySelector('[data-admissions-words]')).toBeNull();
    expect(card).not.toHaveTextContent(/Admissions|988/);
    expect(links(card)).toEqual([TEST_TEL]);
  });
});

describe('staff mode', () => {
  it('the hours in the staff’s voice; no call, text or reminder links', () => {
    vi.setSystemTime(MONDAY_9PM);
    const { card } = renderCard(HOURS, { settings: { mode: 'staff' }, who: 'staff' });
    expect(card).toHaveAttribute('data-admissions', 'closed');
    expect(card).toHaveTextContent(
      'Admissions is closed now. It opens Tuesday, December 8 at 8:00 AM (Pacific Time).',
    );
    expect(card).toHaveTextContent(en.call.meanwhile.staff.replace('{phone}', '1-800-662-4357'));
    expect(card.querySelectorAll('a')).toHaveLength(0);
    expect(card.querySelector('[data-reminder]')).toBeNull();
    expect(card.querySelector('[data-text-link]')).toBeNull();
  });

  it('open: "Admissions is open now."', () => {
    vi.setSystemTime(MONDAY_10AM);
    const { card } = renderCard(HOURS, { settings: { mode: 'staff' }, who: 'staff' });
    expect(card).toHaveTextContent(en.call.openNow.staff);
  });
});

describe('Prefer to text?', () => {
  it('an sms: link to the text number whose body is only "My code: <the code>"', () => {
    vi.setSystemTime(MONDAY_10AM);
    const { card } = renderCard(HOURS);
    const link = within(card).getByRole('link', {
      name: `Text ${TEST_CENTER} at (310) 555-0199`,
    });
    const href = link.getAttribute('href')!;
    expect(href.startsWith('sms:+13105550199?body=')).toBe(true);
    const body = decodeURIComponent(href.slice('sms:+13105550199?body='.length));
    expect(body).toBe(`My code: ${encodeHandoffCode(ANSWERS)}`);
    // Only the code's alphabet after the label: never an answer in words.
    expect(body).toMatch(/^My code: [0-9A-Z-]+$/);
  });

  it('in Spanish: "Mi código: …"', () => {
    vi.setSystemTime(MONDAY_10AM);
    const { card } = renderCard(HOURS, { lang: 'es' });
    const href = card.querySelector('[data-text-link] a')!.getAttribute('href')!;
    expect(decodeURIComponent(href.split('?body=')[1]!)).toBe(
      `Mi código: ${encodeHandoffCode(ANSWERS, 'es')}`,
    );
  });

  it('is the same code the result shows', async () => {
    vi.setSystemTime(MONDAY_10AM);
    renderScreen(
      <ResultScreen answers={ANSWERS} result={recommend(ANSWERS)} onRestart={() => {}} />,
    );
    const shown = await screen.findByText(
      (_, el) => el?.hasAttribute('data-handoff-code') ?? false,
    );
    const card = document.getElementById('urgency-title')!.closest('section')!;
    // The configured center (default: no text number) shows none; this card is given one.
    expect(card.querySelector('[data-text-link]')).toBeNull();
    const { card: withText } = renderCard(HOURS);
    const href = withText.querySelector('[data-text-link] a')!.getAttribute('href')!;
    expect(decodeURIComponent(href.split('?body=')[1]!)).toBe(`My code: ${shown.textContent}`);
  });

  it('not shown without a text number', () => {
    vi.setSystemTime(MONDAY_10AM);
    const { card } = renderCard({ ...HOURS, textNumber: null });
    expect(card.querySelector('[data-text-link]')).toBeNull();
    expect(links(card).some((href) => href?.startsWith('sms:'))).toBe(false);
  });

  it('reports loc:call to the partner page, like the call links (and so do 988 and the helpline)', async () => {
    vi.setSystemTime(MONDAY_9PM);
    const postMessage = vi.fn();
    vi.spyOn(window, 'parent', 'get').mockReturnValue({ postMessage } as unknown as Window);
    // jsdom can't follow tel:/sms: links: stop the navigation, keep the click.
    const stop = (e: Event) => e.preventDefault();
    document.addEventListener('click', stop);
    try {
      const { card, user } = renderCard(HOURS, {
        settings: { embed: true, parentOrigin: 'https://county.example' },
      });
      const text = card.querySelector<HTMLAnchorElement>('[data-text-link] a')!;
      expect(text).toHaveAttribute('target', '_top');
      await user.click(text);
      expect(postMessage).toHaveBeenLastCalledWith(
        { source: 'loc-wizard', version: 1, type: 'loc:call' },
        'https://county.example',
      );
      await user.click(
        within(card).getByRole('link', {
          name: en.call.callHelpline.replace('{phone}', '1-800-662-4357'),
        }),
      );
      await user.click(within(card).getByRole('link', { name: en.help.text988 }));
      expect(postMessage).toHaveBeenCalledTimes(3);
      // Nothing but the type: no number, no code.
      for (const [message] of postMessage.mock.calls) {
        expect(Object.keys(message as object).sort()).toEqual(['source', 'type', 'version']);
      }
    } finally {
      document.removeEventListener('click', stop);
    }
  });
});

describe('Remind me to call', () => {
  /** Saves the reminder and returns the file's name and text. */
  async function save(user: ReturnType<typeof renderCard>['user'], card: HTMLElement) {
    let blob: Blob | undefined;
    const createObjectURL = vi.fn((b: Blob) => {
      blob = b;
      return 'blob:http://localhost/reminder';
    });
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    let fileName: string | undefined;
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      fileName = this.download;
    });
    await user.click(within(card).getByRole('button', { name: en.call.reminder.save }));
    return { blob, fileName, text: blob ? await blob.text() : undefined };
  }

  const pad = (n: number) => String(n).padStart(2, '0');
  const localDate = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  const localTime = (d: Date) => `${pad(d.getHours())}:${pad(d.getMinutes())}`;

  it('defaults to the next opening, in the device’s own time', async () => {
    vi.setSystemTime(MONDAY_9PM);
    const { card, user } = renderCard(HOURS);
    await user.click(within(card).getByText(en.call.reminder.open));
    expect(within(card).getByLabelText(en.call.reminder.date)).toHaveValue(localDate(TUESDAY_8AM));
    expect(within(card).getByLabelText(en.call.reminder.time)).toHaveValue(localTime(TUESDAY_8AM));
  });

  it('without hours: tomorrow at 10:00', async () => {
    vi.setSystemTime(MONDAY_9PM);
    const { card, user } = renderCard({ admissions: null, textNumber: null });
    await user.click(within(card).getByText(en.call.reminder.open));
    const tomorrow = new Date(MONDAY_9PM);
    tomorrow.setDate(tomorrow.getDate() + 1);
    expect(within(card).getByLabelText(en.call.reminder.date)).toHaveValue(localDate(tomorrow));
    expect(within(card).getByLabelText(en.call.reminder.time)).toHaveValue('10:00');
  });

  it('makes a .ics on the device: "Call {center}", the number, the time; no answer, level or code', async () => {
    vi.setSystemTime(MONDAY_9PM);
    const { card, user } = renderCard(HOURS);
    await user.click(within(card).getByText(en.call.reminder.open));
    const { fileName, text, blob } = await save(user, card);
    expect(fileName).toBe('call-reminder.ics');
    expect(blob?.type).toBe('text/calendar;charset=utf-8');
    const lines = text!.replace(/\r\n /g, '').split('\r\n');
    expect(lines).toContain(`SUMMARY:Call ${TEST_CENTER}`);
    expect(lines).toContain(`DESCRIPTION:Call ${TEST_CENTER} at (310) 555-0123.`);
    expect(lines).toContain('DTSTART:20261208T160000Z');
    // Calendars sync: nothing of the person in it.
    const level = recommend(ANSWERS).level;
    expect(text).not.toContain(encodeHandoffCode(ANSWERS));
    expect(text).not.toContain(en.levels[level as keyof typeof en.levels].name);
    expect(text!.toLowerCase()).not.toContain(level);
    for (const value of Object.values(ANSWERS).flat()) {
      if (typeof value === 'string' && value.length > 3) expect(text).not.toContain(value);
    }
    // Only these properties, whatever the answers.
    const properties = lines.filter(Boolean).map((l) => l.split(/[:;]/)[0]);
    expect(new Set(properties)).toEqual(
      new Set([
        'BEGIN',
        'VERSION',
        'PRODID',
        'CALSCALE',
        'METHOD',
        'UID',
        'DTSTAMP',
        'DTSTART',
        'DTEND',
        'SUMMARY',
        'DESCRIPTION',
        'URL',
        'TRANSP',
        'ACTION',
        'TRIGGER',
        'END',
      ]),
    );
    expect(card).toHaveTextContent(en.call.reminder.saved);
  });

  it('a time picked by the person is used', async () => {
    vi.setSystemTime(MONDAY_9PM);
    const { card, user } = renderCard(HOURS);
    await user.click(within(card).getByText(en.call.reminder.open));
    const date = within(card).getByLabelText(en.call.reminder.date);
    const time = within(card).getByLabelText(en.call.reminder.time);
    await user.clear(date);
    await user.type(date, '2026-12-09');
    await user.clear(time);
    await user.type(time, '13:45');
    const { text } = await save(user, card);
    const picked = new Date(2026, 11, 9, 13, 45);
    const utc = picked
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d{3}/, '');
    expect(text).toContain(`DTSTART:${utc}`);
  });

  it('no date, or a time past: an error, and no file', async () => {
    vi.setSystemTime(MONDAY_9PM);
    const { card, user } = renderCard(HOURS);
    await user.click(within(card).getByText(en.call.reminder.open));
    const date = within(card).getByLabelText(en.call.reminder.date);
    await user.clear(date);
    expect((await save(user, card)).blob).toBeUndefined();
    expect(card).toHaveTextContent(en.call.reminder.missing);
    expect(date).toHaveAttribute('aria-invalid', 'true');
    await user.type(date, '2026-12-01');
    expect((await save(user, card)).blob).toBeUndefined();
    expect(card).toHaveTextContent(en.call.reminder.past);
  });

  it('Spanish file name and words', async () => {
    vi.setSystemTime(MONDAY_9PM);
    const { card, user } = renderCard(HOURS, { lang: 'es' });
    await user.click(within(card).getByText(es.call.reminder.open));
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:x'), revokeObjectURL: vi.fn() });
    let fileName = '';
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      fileName = this.download;
    });
    await user.click(within(card).getByRole('button', { name: es.call.reminder.save }));
    expect(fileName).toBe('recordatorio-llamada.ics');
  });
});
