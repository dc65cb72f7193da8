/**
 * The center config's `admissions` and `textNumber` (issue 19): what a center may write, and
 * the build's message for each mistake, naming the field and saying what is allowed.
 */
import { describe, expect, it } from 'vitest';
import { centerConfig } from '../../../src/config/center';
import { centerConfig as example } from '../../../examples/centers/full';
import { CenterConfigError, parseCenterConfig } from '../../../src/config/center-schema';

const base = (): Record<string, unknown> =>
  JSON.parse(JSON.stringify(centerConfig)) as Record<string, unknown>;
const WEEKDAYS_8_TO_8 = {
  days: ['mon', 'tue', 'wed', 'thu', 'fri'],
  open: '08:00',
  close: '20:00',
};
const hours = (blocks: unknown[], timeZone = 'America/Los_Angeles') => ({
  timeZone,
  hours: blocks,
});

/** The problem lines of the error the config throws. */
function problems(change: Record<string, unknown>): string[] {
  try {
    parseCenterConfig({ ...base(), ...change }, 'centers/harbor.ts');
  } catch (error) {
    expect(error).toBeInstanceOf(CenterConfigError);
    return (error as Error).message
      .split('\n')
      .slice(1)
      .map((line) => line.trim());
  }
  throw new Error('no error');
}

describe('admissions', () => {
  it.each([
    ['null (say nothing)', null],
    ['24/7', '24/7'],
    ['weekly hours', hours([WEEKDAYS_8_TO_8, { days: ['sat'], open: '09:00', close: '13:00' }])],
    [
      'hours to midnight, then on from 00:00',
      hours([
        { days: ['fri'], open: '18:00', close: '24:00' },
        { days: ['sat'], open: '00:00', close: '02:00' },
      ]),
    ],
  ])('accepts %s', (_, admissions) => {
    expect(parseCenterConfig({ ...base(), admissions }).admissions).toEqual(admissions);
  });

  it('may be left out, for a center file written before it existed', () => {
    const c = base();
    delete c.admissions;
    delete c.textNumber;
    expect(() => parseCenterConfig(c)).not.toThrow();
  });

  it('the default has none (the seed gives no hours); the example has hours and a text line', () => {
    expect(centerConfig.admissions).toBeNull();
    expect(centerConfig.textNumber).toBeNull();
    expect(() => parseCenterConfig(example)).not.toThrow();
    expect(example.admissions).toMatchObject({ timeZone: 'America/Los_Angeles' });
    expect(example.textNumber).toMatch(/^\+1\d{10}$/);
  });

  it('a value of another kind: what is allowed', () => {
    expect(problems({ admissions: 'always' })).toEqual([
      `admissions is "always": expected null, '24/7', or { timeZone, hours }`,
    ]);
    expect(problems({ admissions: 24 })).toEqual([
      `admissions is 24: expected null, '24/7', or { timeZone, hours }`,
    ]);
  });

  it('a time zone that is no IANA name, and one not written as IANA writes it', () => {
    expect(problems({ admissions: hours([WEEKDAYS_8_TO_8], 'Pacific') })).toEqual([
      'admissions timeZone is "Pacific": expected an IANA time zone name such as America/Los_Angeles',
    ]);
    expect(problems({ admissions: hours([WEEKDAYS_8_TO_8], 'PST') })).toEqual([
      'admissions timeZone is "PST": write it as America/Los_Angeles',
    ]);
    expect(problems({ admissions: hours([WEEKDAYS_8_TO_8], '-08:00') })[0]).toMatch(
      /expected an IANA time zone name/,
    );
  });

  it('a time without two digits for the hour, and an unknown day: the block counted from 1', () => {
    expect(
      problems({
        admissions: hours([WEEKDAYS_8_TO_8, { days: ['saturday'], open: '9:00', close: '13:00' }]),
      }),
    ).toEqual([
      'admissions hours #2 days #1: "saturday" is not one of mon, tue, wed, thu, fri, sat, sun',
      'admissions hours #2 open is "9:00": expected a 24-hour time like 08:00 or 18:30 (24:00 for midnight at the end of a day)',
    ]);
  });

  it('hours past midnight in one block: how to write them', () => {
    expect(
      problems({ admissions: hours([{ days: ['fri'], open: '20:00', close: '02:00' }]) }),
    ).toEqual([
      'admissions hours #1 close is "02:00": must be after open (20:00); for hours past midnight, close at 24:00 and add the next day from 00:00',
    ]);
    expect(
      problems({ admissions: hours([{ days: ['fri'], open: '24:00', close: '24:00' }]) }),
    ).toEqual([
      'admissions hours #1 open is "24:00": must be before 24:00 (write 00:00 for the start of a day)',
    ]);
  });

  it('two blocks that overlap on a day', () => {
    expect(
      problems({
        admissions: hours([
          WEEKDAYS_8_TO_8,
          { days: ['sat', 'tue'], open: '19:00', close: '21:00' },
        ]),
      }),
    ).toEqual(['admissions hours #2: overlaps hours #1 on tue']);
  });

  it('no blocks, a missing field, an unknown field, a day twice', () => {
    expect(problems({ admissions: hours([]) })).toEqual([
      "admissions hours: must not be empty (use '24/7' or null)",
    ]);
    expect(problems({ admissions: { timeZone: 'America/Los_Angeles' } })).toEqual([
      'admissions hours: missing (expected array)',
    ]);
    expect(
      problems({ admissions: hours([{ ...WEEKDAYS_8_TO_8, days: ['mon', 'mon'], note: 'x' }]) }),
    ).toEqual([
      'admissions hours #1 days: lists a value twice',
      'admissions hours #1: unknown field note',
    ]);
  });
});

describe('textNumber', () => {
  it('is E.164 like phone', () => {
    expect(parseCenterConfig({ ...base(), textNumber: '+17145550124' }).textNumber).toBe(
      '+17145550124',
    );
    expect(problems({ textNumber: '(714) 555-0124' })).toEqual([
      'textNumber is "(714) 555-0124": start with +1 for a US number, e.g. +17145550142',
    ]);
  });
});
