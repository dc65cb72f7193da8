/**
 * When the center's admissions line answers (issue 19): open now, or when it opens next. Pure:
 * the clock is passed in (the device's, read on the device; nothing is sent). The hours are the
 * center's wall-clock times in its own IANA time zone, so the answer doesn't depend on the
 * device's time zone, and daylight-saving changes follow the zone's rules (Intl, no library).
 */

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** One block of weekly hours: `open` to `close` (24-hour "HH:MM"; close may be "24:00"). */
export interface AdmissionsBlock {
  readonly days: readonly Weekday[];
  readonly open: string;
  readonly close: string;
}

export interface AdmissionsHours {
  /** IANA name, e.g. "America/Los_Angeles". */
  readonly timeZone: string;
  readonly hours: readonly AdmissionsBlock[];
}

/** `null`: say nothing about hours; `'24/7'`: someone always answers. */
export type Admissions = null | '24/7' | AdmissionsHours;

export type AdmissionsState =
  | { readonly open: true }
  /** `opens`: the next opening; null only for hours with no block at all. */
  | { readonly open: false; readonly opens: Date | null };

const MINUTE = 60_000;
const DAY = 86_400_000;

/** "08:30" → 510; "24:00" → 1440. */
export function minutesOf(clock: string): number {
  const [h, m] = clock.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

interface Wall {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** Minutes since the zone's midnight. */
  readonly minutes: number;
  readonly weekday: Weekday;
}

const formats = new Map<string, Intl.DateTimeFormat>();
function formatFor(timeZone: string): Intl.DateTimeFormat {
  let f = formats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      weekday: 'short',
    });
    formats.set(timeZone, f);
  }
  return f;
}

/** The wall clock in `timeZone` at instant `t` (ms). */
export function wallClock(timeZone: string, t: number): Wall {
  const parts: Record<string, string> = {};
  for (const p of formatFor(timeZone).formatToParts(new Date(t))) parts[p.type] = p.value;
  const weekday = (parts.weekday ?? '').toLowerCase() as Weekday;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    // Some engines said "24" for midnight before hourCycle existed.
    minutes: (Number(parts.hour) % 24) * 60 + Number(parts.minute),
    weekday,
  };
}

/** The wall clock read as if it were UTC, in ms: the zone's offset is this minus the instant. */
const asUtc = (w: Wall) => Date.UTC(w.year, w.month - 1, w.day, 0, w.minutes);

/**
 * The instant when the wall clock in `timeZone` reads `minutes` on the civil date
 * (`year`, `month`, `day`), as Temporal's "compatible" disambiguation: in an hour that repeats
 * (clocks go back) the first; in an hour that is skipped (clocks go forward) the time the clock
 * shows after the jump, e.g. 02:30 → 03:30.
 */
export function zonedInstant(
  timeZone: string,
  year: number,
  month: number,
  day: number,
  minutes: number,
): Date {
  const wall = Date.UTC(year, month - 1, day, 0, minutes);
  const offsetAt = (t: number) => asUtc(wallClock(timeZone, t)) - Math.floor(t / MINUTE) * MINUTE;
  // The offsets a day either side cover any change of offset near this time.
  const candidates = [...new Set([offsetAt(wall - DAY), offsetAt(wall + DAY)])].map(
    (offset) => wall - offset,
  );
  const exact = candidates.filter((t) => asUtc(wallClock(timeZone, t)) === wall);
  return new Date(exact.length > 0 ? Math.min(...exact) : Math.max(...candidates));
}

/** Whether someone answers at `now`: the wall clock is inside a block (open ≤ t < close). */
export function isOpen(admissions: '24/7' | AdmissionsHours, now: Date): boolean {
  if (admissions === '24/7') return true;
  const wall = wallClock(admissions.timeZone, now.getTime());
  return admissions.hours.some(
    (block) =>
      block.days.includes(wall.weekday) &&
      minutesOf(block.open) <= wall.minutes &&
      wall.minutes < minutesOf(block.close),
  );
}

/**
 * The first opening (a block's start) after `now`, looking up to a week ahead; null when the
 * hours have no block. When admissions is open now, this is the opening after this one.
 */
export function nextOpening(admissions: AdmissionsHours, now: Date): Date | null {
  const today = wallClock(admissions.timeZone, now.getTime());
  for (let ahead = 0; ahead <= 7; ahead++) {
    const date = new Date(Date.UTC(today.year, today.month - 1, today.day + ahead));
    const weekday = WEEKDAYS[(date.getUTCDay() + 6) % 7];
    const opens = admissions.hours
      .filter((block) => weekday !== undefined && block.days.includes(weekday))
      .map((block) =>
        zonedInstant(
          admissions.timeZone,
          date.getUTCFullYear(),
          date.getUTCMonth() + 1,
          date.getUTCDate(),
          minutesOf(block.open),
        ),
      )
      // A block that only carries on the one before it (fri to 24:00, sat from 00:00) is no opening.
      .filter(
        (t) => t.getTime() > now.getTime() && !isOpen(admissions, new Date(t.getTime() - MINUTE)),
      )
      .sort((a, b) => a.getTime() - b.getTime());
    if (opens[0]) return opens[0];
  }
  return null;
}

/** Open now, or closed and when it opens next. */
export function admissionsState(admissions: '24/7' | AdmissionsHours, now: Date): AdmissionsState {
  if (isOpen(admissions, now)) return { open: true };
  return { open: false, opens: admissions === '24/7' ? null : nextOpening(admissions, now) };
}

/**
 * An opening in the center's own words and time, for the page's language: the day ("Tuesday,
 * December 8"), the time ("8:00 AM") and the zone's name ("Pacific Time"), each said in the
 * center's time zone whatever the device's, so a device in another zone still reads it right.
 */
export function openingWords(
  opens: Date,
  timeZone: string,
  lang: string,
): { day: string; time: string; zone: string } {
  const day = new Intl.DateTimeFormat(lang, {
    timeZone,
    weekday: 'long',
    month: 'long',
    day: 'numeric',
  }).format(opens);
  const time = new Intl.DateTimeFormat(lang, {
    timeZone,
    hour: 'numeric',
    minute: '2-digit',
  }).format(opens);
  return { day, time, zone: zoneName(opens, timeZone, lang) };
}

/** "Pacific Time" ("hora del Pacífico"); "Pacific Standard Time" where "longGeneric" is unknown. */
function zoneName(at: Date, timeZone: string, lang: string): string {
  const name = (timeZoneName: 'longGeneric' | 'long') =>
    new Intl.DateTimeFormat(lang, { timeZone, timeZoneName })
      .formatToParts(at)
      .find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
  try {
    return name('longGeneric');
  } catch {
    return name('long');
  }
}
