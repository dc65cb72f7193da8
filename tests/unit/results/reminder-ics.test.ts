/**
 * The call reminder's .ics (issue 19): RFC 5545 escaping and line folding, UTC times, and
 * nothing in it but the center's name, number and the time.
 */
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, reminderIcs } from '../../../src/results/reminder-ics';

const BASE = {
  title: 'Call Harbor Recovery',
  description: 'Call Harbor Recovery at (714) 555-0123.',
  phone: '+17145550123',
  start: new Date('2026-12-08T16:00:00Z'),
  uid: '1b4e28ba-2fa1-11d2-883f-0016d3cca427@loc-wizard',
  now: new Date('2026-12-08T05:03:27.512Z'),
};

/** The lines as a calendar reads them: folds undone (§3.1). */
const unfold = (ics: string) => ics.replace(/\r\n /g, '').split('\r\n');
const octets = (s: string) => new TextEncoder().encode(s).length;

describe('escapeText (§3.3.11)', () => {
  it('escapes backslash, semicolon, comma and line breaks; leaves colons alone', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf: g')).toBe('a\\\\b\\;c\\,d\\ne\\nf: g');
  });
});

describe('foldLine (§3.1)', () => {
  it('leaves a line of 75 octets alone and folds one of 76', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });

  it('no physical line passes 75 octets, and no UTF-8 character is cut', () => {
    const line = `DESCRIPTION:${'Llame a Recuperación del Puerto, señor; ñandú 🌊 '.repeat(6)}`;
    const folded = foldLine(line);
    for (const physical of folded.split('\r\n')) {
      expect(octets(physical)).toBeLessThanOrEqual(75);
      // A cut character would decode to U+FFFD.
      expect(new TextDecoder().decode(new TextEncoder().encode(physical))).not.toContain('\uFFFD');
      expect(physical).not.toMatch(/[\uD800-\uDBFF]$|^ ?[\uDC00-\uDFFF]/);
    }
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });
});

describe('reminderIcs', () => {
  it('is one event at the time picked, in UTC, with an alert, and nothing else', () => {
    expect(unfold(reminderIcs(BASE))).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//loc-wizard//Call reminder//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'BEGIN:VEVENT',
      'UID:1b4e28ba-2fa1-11d2-883f-0016d3cca427@loc-wizard',
      'DTSTAMP:20261208T050327Z',
      'DTSTART:20261208T160000Z',
      'DTEND:20261208T161500Z',
      'SUMMARY:Call Harbor Recovery',
      'DESCRIPTION:Call Harbor Recovery at (714) 555-0123.',
      'URL:tel:+17145550123',
      'TRANSP:TRANSPARENT',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'DESCRIPTION:Call Harbor Recovery',
      'TRIGGER:PT0M',
      'END:VALARM',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ]);
  });

  it('ends every line with CRLF, never a bare LF', () => {
    const ics = reminderIcs(BASE);
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('a center name with commas and semicolons is escaped, and a long one folded', () => {
    const name = 'Harbor Recovery, Inc.; Santa Ana, Costa Mesa y Tustin — Centro de Recuperación';
    const ics = reminderIcs({
      ...BASE,
      title: `Llamar a ${name}`,
      description: `Llame a ${name}.`,
    });
    const lines = unfold(ics);
    expect(lines).toContain(
      'SUMMARY:Llamar a Harbor Recovery\\, Inc.\\; Santa Ana\\, Costa Mesa y Tustin — Centro de Recuperación',
    );
    for (const physical of ics.split('\r\n')) expect(octets(physical)).toBeLessThanOrEqual(75);
    expect(ics).toContain('\r\n ');
  });

  it('a phone is digits and + only in the URL', () => {
    expect(unfold(reminderIcs({ ...BASE, phone: '+1 (714) 555-0123\r\nX:y' }))).toContain(
      'URL:tel:+17145550123',
    );
  });
});
