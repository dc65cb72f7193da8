/**
 * Admissions hours (issue 19, HAZ-28): open now or the next opening, on a fixed clock, in the
 * center's own time zone whatever the device's, across midnight, a day with no hours, the
 * closing minute and both daylight-saving changes (America/Los_Angeles, 2026: clocks go
 * forward on Sunday 8 March at 02:00 and back on Sunday 1 November at 02:00).
 */
import { describe, expect, it } from 'vitest';
import {
  admissionsState,
  isOpen,
  nextOpening,
  openingWords,
  wallClock,
  zonedInstant,
  type AdmissionsHours,
} from '../../../src/results/admissions-hours';

const LA = 'America/Los_Angeles';
const at = (iso: string) => new Date(iso);

/** Weekdays 08:00–20:00, Saturday 09:00–13:00, no hours on Sunday. */
const WEEK: AdmissionsHours = {
  timeZone: LA,
  hours: [
    { days: ['mon', 'tue', 'wed', 'thu', 'fri'], open: '08:00', close: '20:00' },
    { days: ['sat'], open: '09:00', close: '13:00' },
  ],
};
/** Every day 08:00–20:00. */
const DAILY: AdmissionsHours = {
  timeZone: LA,
  hours: [
    { days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], open: '08:00', close: '20:00' },
  ],
};

describe('open or closed (December, Pacific Standard Time, UTC−8)', () => {
  it('the closing minute: open at 19:59, closed at 20:00', () => {
    // Monday 7 December 2026.
    expect(isOpen(WEEK, at('2026-12-08T03:59:00Z'))).toBe(true);
    expect(isOpen(WEEK, at('2026-12-08T03:59:59.999Z'))).toBe(true);
    expect(isOpen(WEEK, at('2026-12-08T04:00:00Z'))).toBe(false);
    expect(admissionsState(WEEK, at('2026-12-08T04:00:00Z'))).toEqual({
      open: false,
      opens: at('2026-12-08T16:00:00Z'), // Tuesday 08:00 PST
    });
  });

  it('the opening minute: closed at 07:59, open at 08:00', () => {
    expect(isOpen(WEEK, at('2026-12-08T15:59:00Z'))).toBe(false);
    expect(isOpen(WEEK, at('2026-12-08T16:00:00Z'))).toBe(true);
    expect(admissionsState(WEEK, at('2026-12-08T16:00:00Z'))).toEqual({ open: true });
  });

  it('midnight: closed, and it opens the same morning', () => {
    // 00:00 on Tuesday 8 December, Pacific time (08:00 UTC): UTC's date is the same, the
    // device's may be any.
    expect(isOpen(WEEK, at('2026-12-08T08:00:00Z'))).toBe(false);
    expect(nextOpening(WEEK, at('2026-12-08T08:00:00Z'))).toEqual(at('2026-12-08T16:00:00Z'));
    // 23:59 on Monday: tomorrow morning.
    expect(nextOpening(WEEK, at('2026-12-08T07:59:00Z'))).toEqual(at('2026-12-08T16:00:00Z'));
  });

  it('the center’s day, not UTC’s: Monday 17:00 in Los Angeles is Tuesday in UTC', () => {
    const monday5pm = at('2026-12-08T01:00:00Z');
    expect(wallClock(LA, monday5pm.getTime())).toMatchObject({ weekday: 'mon', minutes: 17 * 60 });
    expect(isOpen(WEEK, monday5pm)).toBe(true);
  });

  it('a day with no hours: closed all Sunday, opens Monday; Saturday after 13:00 skips Sunday', () => {
    // Sunday 13 December, noon.
    expect(isOpen(WEEK, at('2026-12-13T20:00:00Z'))).toBe(false);
    expect(nextOpening(WEEK, at('2026-12-13T20:00:00Z'))).toEqual(at('2026-12-14T16:00:00Z'));
    // Saturday 12 December, 13:00: the closing minute of a short day.
    expect(isOpen(WEEK, at('2026-12-12T20:59:00Z'))).toBe(true);
    expect(admissionsState(WEEK, at('2026-12-12T21:00:00Z'))).toEqual({
      open: false,
      opens: at('2026-12-14T16:00:00Z'),
    });
  });

  it('a week ahead when the only day has passed', () => {
    const mondays: AdmissionsHours = {
      timeZone: LA,
      hours: [{ days: ['mon'], open: '09:00', close: '12:00' }],
    };
    // Monday 7 December, 12:00: next Monday.
    expect(nextOpening(mondays, at('2026-12-07T20:00:00Z'))).toEqual(at('2026-12-14T17:00:00Z'));
  });

  it('blocks to 24:00 and from 00:00 run on across midnight, with no opening between', () => {
    const lateFriday: AdmissionsHours = {
      timeZone: LA,
      hours: [
        { days: ['fri'], open: '18:00', close: '24:00' },
        { days: ['sat'], open: '00:00', close: '02:00' },
      ],
    };
    expect(isOpen(lateFriday, at('2026-12-12T07:59:00Z'))).toBe(true); // Fri 23:59
    expect(isOpen(lateFriday, at('2026-12-12T08:00:00Z'))).toBe(true); // Sat 00:00
    expect(isOpen(lateFriday, at('2026-12-12T10:00:00Z'))).toBe(false); // Sat 02:00
    // While open on Friday evening, the next opening is next Friday's, not Saturday's 00:00.
    expect(nextOpening(lateFriday, at('2026-12-12T04:00:00Z'))).toEqual(at('2026-12-19T02:00:00Z'));
  });

  it('24/7 is always open', () => {
    expect(admissionsState('24/7', at('2026-12-08T11:00:00Z'))).toEqual({ open: true });
  });
});

describe('daylight saving: clocks go forward (Sunday 8 March 2026)', () => {
  it('08:30 PDT on the day is open: the offset is −7 now, not −8', () => {
    // 15:30 UTC is 08:30 PDT (a fixed −8 would say 07:30, closed).
    expect(isOpen(DAILY, at('2026-03-08T15:30:00Z'))).toBe(true);
    expect(isOpen(DAILY, at('2026-03-08T14:59:00Z'))).toBe(false); // 07:59 PDT
  });

  it('the next opening after the change is 08:00 PDT (15:00 UTC), not 16:00 UTC', () => {
    // Saturday 7 March, 21:00 PST.
    expect(nextOpening(DAILY, at('2026-03-08T05:00:00Z'))).toEqual(at('2026-03-08T15:00:00Z'));
    // 03:00 PDT, just after the jump.
    expect(admissionsState(DAILY, at('2026-03-08T10:00:00Z'))).toEqual({
      open: false,
      opens: at('2026-03-08T15:00:00Z'),
    });
  });

  it('a time the clocks skip (02:30) is the time after the jump (03:30 PDT)', () => {
    expect(zonedInstant(LA, 2026, 3, 8, 2 * 60 + 30)).toEqual(at('2026-03-08T10:30:00Z'));
  });
});

describe('daylight saving: clocks go back (Sunday 1 November 2026)', () => {
  it('07:30 PST on the day is closed: the offset is −8 now, not −7', () => {
    // 15:30 UTC is 07:30 PST (a fixed −7 would say 08:30, open).
    expect(isOpen(DAILY, at('2026-11-01T15:30:00Z'))).toBe(false);
    expect(isOpen(DAILY, at('2026-11-01T16:00:00Z'))).toBe(true); // 08:00 PST
  });

  it('the next opening after the change is 08:00 PST (16:00 UTC), not 15:00 UTC', () => {
    // Saturday 31 October, 21:00 PDT.
    expect(nextOpening(DAILY, at('2026-11-01T04:00:00Z'))).toEqual(at('2026-11-01T16:00:00Z'));
    // And closing: 20:00 PST is 04:00 UTC on 2 November.
    expect(isOpen(DAILY, at('2026-11-02T03:59:00Z'))).toBe(true);
    expect(isOpen(DAILY, at('2026-11-02T04:00:00Z'))).toBe(false);
  });

  it('a time that happens twice (01:30) is the first one (PDT)', () => {
    expect(zonedInstant(LA, 2026, 11, 1, 90)).toEqual(at('2026-11-01T08:30:00Z'));
  });
});

describe('another zone', () => {
  it('the same hours in New York are three hours earlier in UTC terms', () => {
    const ny: AdmissionsHours = { ...WEEK, timeZone: 'America/New_York' };
    // Monday 7 December 2026, 19:59 EST is 00:59 UTC on the 8th.
    expect(isOpen(ny, at('2026-12-08T00:59:00Z'))).toBe(true);
    expect(isOpen(ny, at('2026-12-08T01:00:00Z'))).toBe(false);
    expect(nextOpening(ny, at('2026-12-08T01:00:00Z'))).toEqual(at('2026-12-08T13:00:00Z'));
  });
});

describe('the device’s time zone changes nothing (HAZ-28)', () => {
  it('open/closed, the next opening and its words are the center’s, on a device in Tokyo or New York', () => {
    const before = process.env.TZ;
    const seen: unknown[] = [];
    try {
      for (const tz of ['Asia/Tokyo', 'America/New_York', 'UTC']) {
        process.env.TZ = tz; // Node applies a new TZ at once.
        const now = at('2026-12-08T05:00:00Z'); // Monday 21:00 in Los Angeles
        const opens = nextOpening(WEEK, now)!;
        seen.push({
          open: isOpen(WEEK, now),
          opens: opens.toISOString(),
          // Some ICU versions put a narrow no-break space before AM.
          en: {
            ...openingWords(opens, LA, 'en'),
            time: openingWords(opens, LA, 'en').time.replace(/\s/g, ' '),
          },
          es: openingWords(opens, LA, 'es'),
        });
      }
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
    const expected = {
      open: false,
      opens: '2026-12-08T16:00:00.000Z',
      en: {
        day: 'Tuesday, December 8',
        time: '8:00 AM',
        zone: 'Pacific Time',
      },
      es: { day: 'martes, 8 de diciembre', time: '8:00', zone: 'hora del Pacífico' },
    };
    expect(seen).toEqual([expected, expected, expected]);
  });
});
