/**
 * "Remind me to call" (issue 19): a calendar file made on the device. A few lines of iCalendar
 * (RFC 5545) written here, no library. It holds the center's name and number and the time only:
 * no answer, no level, no code, because calendars sync to other devices and accounts.
 */

export interface Reminder {
  /** "Call Harbor Recovery" */
  readonly title: string;
  /** "Call Harbor Recovery at (714) 555-0123." */
  readonly description: string;
  /** E.164, for the event's URL (tel:). */
  readonly phone: string;
  readonly start: Date;
  /** A unique id for the event (crypto.randomUUID() in the app). */
  readonly uid: string;
  /** When the file was made. */
  readonly now: Date;
}

/** 15 minutes: long enough to see in a day view. */
const LENGTH_MS = 15 * 60_000;

/** TEXT values (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks escaped. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * Lines longer than 75 octets are folded (§3.1): CRLF and a space, never inside a UTF-8
 * character (so never inside a surrogate pair either: it walks by code point).
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line holds 75 octets; the next ones 74 after their leading space.
    const limit = out.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

/** "20261208T160000Z" */
function utc(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** The .ics text: one event with an alert at its start. CRLF line ends, as RFC 5545 says. */
export function reminderIcs(r: Reminder): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//loc-wizard//Call reminder//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeText(r.uid)}`,
    `DTSTAMP:${utc(r.now)}`,
    `DTSTART:${utc(r.start)}`,
    `DTEND:${utc(new Date(r.start.getTime() + LENGTH_MS))}`,
    `SUMMARY:${escapeText(r.title)}`,
    `DESCRIPTION:${escapeText(r.description)}`,
    `URL:tel:${r.phone.replace(/[^+\d]/g, '')}`,
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeText(r.title)}`,
    'TRIGGER:PT0M',
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
