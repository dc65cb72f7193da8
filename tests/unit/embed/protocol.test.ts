import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  buildQuery,
  LEVELS,
  PARAMS,
  readMessage,
  shouldScroll,
  TYPES,
} from '../../../src/embed/protocol';
import { parseParams } from '../../../src/config/params';
import { LEVEL_ORDER } from '../../../src/results/levels';
import { levelSchema } from '../../../src/results/result-schema';
import type { OutgoingMessage } from '../../../src/app/embed-messages';

const PARTNER = 'https://partner.example';

describe('buildQuery', () => {
  it('turns the six allowed data-* values into their parameters, then embed=1 and parentOrigin', () => {
    const query = buildQuery(
      {
        phone: '+19492808360',
        lang: 'es',
        center: 'Harbor & Co',
        accent: '1a7f37',
        mode: 'staff',
        shareResult: 'level',
      },
      PARTNER,
    );
    expect([...new URLSearchParams(query)]).toEqual([
      ['phone', '+19492808360'],
      ['lang', 'es'],
      ['center', 'Harbor & Co'],
      ['accent', '1a7f37'],
      ['mode', 'staff'],
      ['shareResult', 'level'],
      ['embed', '1'],
      ['parentOrigin', PARTNER],
    ]);
    // "+" is encoded, so the wizard does not read a space.
    expect(query).toContain('phone=%2B19492808360');
  });

  it('ignores every other data-*, and a container cannot set embed or parentOrigin itself', () => {
    const query = new URLSearchParams(
      buildQuery(
        {
          locWizard: '',
          embed: '0',
          parentOrigin: 'https://evil.example',
          title: 'x',
          utmSource: 'y',
          share: 'level',
        },
        PARTNER,
      ),
    );
    expect([...query]).toEqual([
      ['embed', '1'],
      ['parentOrigin', PARTNER],
    ]);
  });

  it('keeps an empty attribute (the wizard then warns and uses its default)', () => {
    expect(new URLSearchParams(buildQuery({ lang: '' }, PARTNER)).get('lang')).toBe('');
  });

  it('is read back by the wizard exactly', () => {
    // Contract v1.3: the number is one the center lists; the partner may be told the level.
    const center = {
      name: 'Clínica "Norte" <b>',
      phone: '+15551230000',
      accent: '1f6feb',
      trackingNumbers: [{ label: 'Partner line', phone: '+15551234567' }],
      partners: [{ origin: PARTNER, name: 'Partner', shareResult: 'level' as const }],
    };
    const config = parseParams(
      `?${buildQuery(
        { phone: '+15551234567', lang: 'es', mode: 'staff', shareResult: 'level' },
        PARTNER,
      )}`,
      () => expect.fail('no warning expected'),
      [],
      { framed: true, center }, // in a frame, as embed.js puts it
    );
    expect(config).toMatchObject({
      phone: '+15551234567',
      lang: 'es',
      center: 'Clínica "Norte" <b>',
      mode: 'staff',
      shareResult: 'level',
      embed: true,
      parentOrigin: PARTNER,
    });
  });

  it('only ever emits the contract parameters', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), fc.string()),
        fc.constantFrom(PARTNER, 'http://localhost:8080'),
        (data, origin) => {
          const keys = [...new URLSearchParams(buildQuery(data, origin)).keys()];
          for (const key of keys) expect([...PARAMS, 'embed', 'parentOrigin']).toContain(key);
          expect(keys.filter((k) => k === 'embed')).toHaveLength(1);
          expect(new URLSearchParams(buildQuery(data, origin)).getAll('parentOrigin')).toEqual([
            origin,
          ]);
        },
      ),
    );
  });
});

describe('LEVELS', () => {
  it('are the result vocabulary of assessment contract v1', () => {
    expect([...LEVELS].sort()).toEqual([...LEVEL_ORDER, 'emergency'].sort());
    for (const level of LEVELS) expect(levelSchema.safeParse(level).success).toBe(true);
  });
});

const msg = (m: Record<string, unknown>) => ({ source: 'loc-wizard', version: 1, ...m });

describe('readMessage', () => {
  it('accepts every message the wizard sends', () => {
    const sent: OutgoingMessage[] = [
      { type: 'loc:ready', height: 0 },
      { type: 'loc:ready', height: 881 },
      { type: 'loc:resize', height: 656.5 },
      { type: 'loc:step' },
      { type: 'loc:complete' },
      ...LEVELS.map((level) => ({ type: 'loc:complete' as const, level })),
      { type: 'loc:call' },
    ];
    for (const m of sent) {
      const { type, ...detail } = m;
      expect(readMessage(msg(m))).toEqual({ type, detail });
    }
  });

  it('passes on only the known fields', () => {
    expect(
      readMessage(
        msg({ type: 'loc:step', index: 2, question: 'use.frequency', answers: { a: 1 } }),
      ),
    ).toEqual({ type: 'loc:step', detail: {} });
    expect(readMessage(msg({ type: 'loc:complete', urgency: 'today', asam: '2.1' }))).toEqual({
      type: 'loc:complete',
      detail: {},
    });
    expect(readMessage(msg({ type: 'loc:call', href: 'tel:988' }))).toEqual({
      type: 'loc:call',
      detail: {},
    });
    expect(readMessage(msg({ type: 'loc:resize', height: 5, index: 3 }))).toEqual({
      type: 'loc:resize',
      detail: { height: 5 },
    });
  });

  it.each([
    ['null', null],
    ['a string', 'loc:ready'],
    ['a number', 1],
    ['an array', [msg({ type: 'loc:call' })]],
    ['another source', { source: 'other', version: 1, type: 'loc:call' }],
    ['no source', { version: 1, type: 'loc:call' }],
    ['version 2', { source: 'loc-wizard', version: 2, type: 'loc:call' }],
    ['version "1"', { source: 'loc-wizard', version: '1', type: 'loc:call' }],
    ['an unknown type', msg({ type: 'loc:answers', answers: {} })],
    ['no type', msg({ height: 5 })],
    ['a prototype key as type', msg({ type: 'toString' })],
    ['no height', msg({ type: 'loc:resize' })],
    ['a string height', msg({ type: 'loc:resize', height: '500' })],
    ['a negative height', msg({ type: 'loc:ready', height: -1 })],
    ['NaN height', msg({ type: 'loc:resize', height: NaN })],
    ['an infinite height', msg({ type: 'loc:resize', height: Infinity })],
    ['an unknown level', msg({ type: 'loc:complete', level: 'spa' })],
    ['a level that is not a string', msg({ type: 'loc:complete', level: ['iop'] })],
    ['a null level', msg({ type: 'loc:complete', level: null })],
  ])('rejects %s', (_, data) => {
    expect(readMessage(data)).toBeNull();
  });

  it('drops an index from loc:step, whatever its value (contract v1.3)', () => {
    for (const index of [1, 5, 12, 0, -2, 1.5, '2', null])
      expect(readMessage(msg({ type: 'loc:step', index }))).toEqual({
        type: 'loc:step',
        detail: {},
      });
  });

  it('never lets through anything but the contract shapes', () => {
    const field = fc.oneof(
      fc.anything(),
      fc.constantFrom(...TYPES),
      fc.constantFrom(...LEVELS),
      fc.double(),
      fc.integer(),
    );
    const anyMessage = fc.record(
      {
        source: fc.oneof(fc.constant('loc-wizard'), fc.anything()),
        version: fc.oneof(fc.constant(1), fc.anything()),
        type: fc.oneof(fc.constantFrom(...TYPES), fc.string()),
        height: field,
        index: field,
        level: field,
        extra: fc.anything(),
      },
      { requiredKeys: [] },
    );
    // Mostly well-formed messages carrying stray fields, so the field whitelist is what is
    // tested, not only the rejection of noise.
    const nearlyValid = fc.record(
      {
        source: fc.constant('loc-wizard'),
        version: fc.constant(1),
        type: fc.constantFrom(...TYPES),
        height: fc.oneof(fc.nat(5000), fc.double({ min: 0, max: 5000, noNaN: true }), field),
        index: field,
        level: fc.oneof(fc.constantFrom(...LEVELS), field),
        question: fc.string(),
        answers: fc.anything(),
        urgency: fc.constantFrom('emergency', 'today'),
        extra: fc.anything(),
      },
      { requiredKeys: ['source', 'version', 'type'] },
    );
    const allowed: Record<string, string[]> = {
      'loc:ready': ['height'],
      'loc:resize': ['height'],
      'loc:step': [],
      'loc:complete': ['level'],
      'loc:call': [],
    };
    // What a message passes on: its known fields for its type, nothing else (no undefined ones).
    const expectedDetail = (type: string, data: Record<string, unknown>) =>
      Object.fromEntries(
        allowed[type]!.filter((key) => data[key] !== undefined).map((key) => [key, data[key]]),
      );
    let runs = 0;
    const accepted = new Map<string, number>();
    fc.assert(
      fc.property(fc.oneof({ arbitrary: nearlyValid, weight: 3 }, anyMessage), (data) => {
        runs++;
        const read = readMessage(data);
        if (read === null) return;
        accepted.set(read.type, (accepted.get(read.type) ?? 0) + 1);
        expect(data.source).toBe('loc-wizard');
        expect(data.version).toBe(1);
        expect(read.type).toBe(data.type);
        // The whitelist: exactly the type's known fields, with the values sent.
        expect(read.detail).toStrictEqual(expectedDetail(read.type, data));
      }),
      { numRuns: 500 },
    );
    // Many accepted, of every type: the checks above ran on real passes, not only on nulls.
    const total = [...accepted.values()].reduce((a, b) => a + b, 0);
    expect(runs).toBe(500);
    expect(total).toBeGreaterThan(runs / 3);
    for (const type of TYPES) expect(accepted.get(type) ?? 0).toBeGreaterThan(10);
  });
});

describe('shouldScroll', () => {
  const vh = 800;
  const rect = (top: number, height: number) => ({ top, bottom: top + height, height });

  it('leaves a frame alone while its top is in view and enough of it shows', () => {
    expect(shouldScroll(rect(0, 1500), vh)).toBe(false);
    expect(shouldScroll(rect(100, 600), vh)).toBe(false);
    expect(shouldScroll(rect(350, 2000), vh)).toBe(false); // 450 of 800 visible
  });

  it('scrolls when the frame top has gone above the viewport', () => {
    expect(shouldScroll(rect(-1, 1500), vh)).toBe(true);
    expect(shouldScroll(rect(-400, 2000), vh)).toBe(true);
  });

  it('scrolls when most of what could show is out of view below', () => {
    expect(shouldScroll(rect(500, 2000), vh)).toBe(true); // 300 of 800
    expect(shouldScroll(rect(900, 600), vh)).toBe(true); // none
    expect(shouldScroll(rect(650, 200), vh)).toBe(false); // 150 of 200
  });
});
