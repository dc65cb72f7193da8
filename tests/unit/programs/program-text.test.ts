/**
 * What a person reads for a session's times (center-programs.md §1, v1.3): the span of the whole
 * session, days as ranges, in English and Spanish; matching still reads the start alone.
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en';
import { es } from '../../../src/i18n/es';
import { clockText, daysText, sessionText, spanText } from '../../../src/programs/program-text';
import { timeOfDay } from '../../../src/programs/match';
import type { WEEKDAYS } from '../../../src/config/center-schema';

type Day = (typeof WEEKDAYS)[number];

describe('spanText: the part of the day, or the span across parts', () => {
  it.each([
    ['09:00', '12:00', 'Mornings'], // ends at noon: still the morning
    ['11:59', '12:00', 'Mornings'],
    ['09:00', '12:01', 'Daytime'], // a minute into the afternoon
    ['09:00', '15:00', 'Daytime'], // the day program
    ['09:00', '17:00', 'Daytime'],
    ['09:00', '17:01', 'All day'],
    ['08:00', '20:00', 'All day'],
    ['12:00', '17:00', 'Afternoons'],
    ['13:00', '16:00', 'Afternoons'],
    ['15:30', '18:30', 'Afternoon and evening'],
    ['16:59', '17:01', 'Afternoon and evening'],
    ['17:00', '20:00', 'Evenings'],
    ['18:00', '21:00', 'Evenings'],
  ])('%s to %s: %s', (start, end, text) => {
    expect(spanText(en, { start, end })).toBe(text);
  });

  it.each([
    ['09:00', '15:00', 'Durante el día'],
    ['15:30', '18:30', 'Por la tarde y la noche'],
    ['08:00', '20:00', 'Todo el día'],
    ['09:00', '12:00', 'Por la mañana'],
  ])('Spanish: %s to %s: %s', (start, end, text) => {
    expect(spanText(es, { start, end })).toBe(text);
  });

  it('ordering and matching still use the start: 9:00 to 15:00 is a morning session', () => {
    expect(timeOfDay('09:00')).toBe('morning');
    expect(timeOfDay('11:59')).toBe('morning');
    expect(timeOfDay('12:00')).toBe('afternoon');
    expect(timeOfDay('17:00')).toBe('evening');
  });
});

describe('daysText: three or more days in a row as a range, others as a list', () => {
  it.each<[Day[], string, string]>([
    [['mon', 'tue', 'wed', 'thu', 'fri'], 'Mon–Fri', 'lun–vie'],
    [['mon', 'wed', 'thu'], 'Mon, Wed, Thu', 'lun, mié, jue'],
    [['mon', 'tue'], 'Mon, Tue', 'lun, mar'], // two in a row stay a list
    [['mon', 'tue', 'wed'], 'Mon–Wed', 'lun–mié'],
    [['mon', 'tue', 'wed', 'fri'], 'Mon–Wed, Fri', 'lun–mié, vie'],
    [['fri', 'thu', 'wed'], 'Wed–Fri', 'mié–vie'], // written in any order, read in week order
    [['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], 'Mon–Sun', 'lun–dom'],
    [['sat', 'sun', 'mon'], 'Mon, Sat, Sun', 'lun, sáb, dom'], // the week starts on Monday
    [['sun'], 'Sun', 'dom'],
  ])('%j: %s / %s', (days, english, spanish) => {
    expect(daysText(en, days)).toBe(english);
    expect(daysText(es, days)).toBe(spanish);
  });
});

describe('sessionText', () => {
  it('the issue\'s day program: "Daytime: Mon–Fri, 9:00 AM to 3:00 PM"', () => {
    const session = {
      start: '09:00',
      end: '15:00',
      days: ['mon', 'tue', 'wed', 'thu', 'fri'] as Day[],
    };
    expect(sessionText(en, session)).toBe('Daytime: Mon–Fri, 9:00\u00a0AM to 3:00\u00a0PM');
    expect(sessionText(es, session)).toBe(
      'Durante el día: lun–vie, de 9:00\u00a0a.\u00a0m. a 3:00\u00a0p.\u00a0m.',
    );
  });

  it('without days: the span and the times', () => {
    expect(sessionText(en, { start: '18:00', end: '21:00' })).toBe(
      'Evenings: 6:00\u00a0PM to 9:00\u00a0PM',
    );
  });
});

describe('clockText: a clock time as the language writes it (Intl), 12-hour, never wrapping', () => {
  const lang = (tag: string) => ({ ...en, lang: tag }) as typeof en;
  it.each([
    ['en', '18:30', '6:30\u00a0PM'],
    ['en', '00:00', '12:00\u00a0AM'],
    ['en', '12:00', '12:00\u00a0PM'],
    ['en', '24:00', '12:00\u00a0AM'], // the schema's end of the day: midnight
    ['es', '09:05', '9:05\u00a0a.\u00a0m.'],
    ['fa', '18:30', '۶:۳۰\u00a0ب.ظ.'], // Persian digits
  ])('%s %s → %s', (tag, time, text) => {
    expect(clockText(lang(tag), time)).toBe(text);
  });
});
