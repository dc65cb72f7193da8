/**
 * The per-screen check the forms validate with (src/questions/screen-schema.ts): required
 * answers, conditional questions required exactly when shown, `none` standing alone, and the
 * values a form leaves in an unanswered field counting as missing. It must agree with the
 * machine on whether Continue moves on.
 */
import { describe, expect, it } from 'vitest';
import {
  answersBefore,
  destinationAfterSubmit,
  mergeScreen,
} from '../../../src/machines/wizard/navigation';
import type { Answers } from '../../../src/questions/answers';
import { checkScreen, screenQuestions, screenResolver } from '../../../src/questions/screen-schema';
import type { ScreenId } from '../../../src/questions/screens';
import { abstainer, drinker, withAnswers } from './support/answers';
import { SCREEN_LIST, type Raw } from './support/reference';
import { SAMPLES } from './support/samples';

const A = (raw: Raw) => raw as Answers;

/** Issues as `path: code`, or the parsed output. */
function check(screen: ScreenId, earlier: Raw, values: unknown) {
  const result = checkScreen(screen, A(earlier), values);
  return result.issues.length === 0
    ? { ok: true as const, data: result.answers as Raw }
    : { ok: false as const, issues: result.issues.map((i) => `${i.path}: ${i.code}`) };
}

const alcohol = { use: { substances: ['alcohol'] } };

describe('screenQuestions', () => {
  it("lists a screen's questions, and rejects an unknown screen", () => {
    expect(screenQuestions('frequency').map((q) => q.id)).toEqual(['use.frequency', 'use.lastUse']);
    expect(() => screenQuestions('nope' as ScreenId)).toThrow(/Unknown screen/);
  });
});

describe('checkScreen', () => {
  it('reports every missing answer as required', () => {
    expect(check('medical', {}, {})).toEqual({
      ok: false,
      issues: ['medical.condition: required', 'medical.pregnant: required'],
    });
    expect(check('asq', {}, { suicide: { wishedDead: 'no' } }).issues).toEqual([
      'suicide.betterOff: required',
      'suicide.thoughts: required',
      'suicide.attempt: required',
    ]);
  });

  it.each([null, '', false, []])('counts %j as missing', (empty) => {
    expect(check('respondent', {}, { respondent: empty }).issues).toEqual(['respondent: required']);
    expect(check('substances', {}, { use: { substances: empty } }).issues).toEqual([
      'use.substances: required',
    ]);
    expect(check('home', {}, { living: { situation: 'stable', othersUse: empty } }).issues).toEqual(
      ['living.othersUse: required'],
    );
  });

  it('requires a conditional question only when it is shown (same screen)', () => {
    expect(check('frequency', alcohol, { use: { frequency: 'daily' } }).issues).toEqual([
      'use.lastUse: required',
    ]);
    const notRecent = check('frequency', alcohol, {
      use: { frequency: 'not-recent', lastUse: 'today' },
    });
    // Not shown: not required, and a leftover value is dropped from the output.
    expect(notRecent).toEqual({ ok: true, data: { use: { frequency: 'not-recent' } } });

    expect(check('treatment', alcohol, { history: { treatment: ['php'] } }).issues).toEqual([
      'history.relapsedAfter: required',
      'history.recentDischarge: required',
    ]);
    expect(check('treatment', alcohol, { history: { treatment: ['detox'] } }).issues).toEqual([
      'history.relapsedAfter: required',
    ]);
    expect(check('treatment', alcohol, { history: { treatment: ['none'] } }).ok).toBe(true);
    expect(check('home', {}, { living: { situation: 'sober-living' } }).ok).toBe(true);
    expect(check('home', {}, { living: { situation: 'unstable' } }).issues).toEqual([
      'living.othersUse: required',
    ]);
  });

  it('requires a conditional question only when earlier answers ask it', () => {
    expect(check('frequency', { use: { substances: ['none'] } }, {}).ok).toBe(true);
    expect(check('frequency', alcohol, {}).issues).toEqual(['use.frequency: required']);
    expect(check('withdrawal', { use: { substances: ['cannabis'] } }, {}).ok).toBe(true);
    expect(check('withdrawal', { use: { substances: ['benzodiazepines'] } }, {}).issues).toEqual([
      'withdrawal.history: required',
      'withdrawal.current: required',
    ]);
    const asqNo = { suicide: { wishedDead: 'no', betterOff: 'no', thoughts: 'no', attempt: 'no' } };
    expect(check('asq-now', asqNo, {}).ok).toBe(true);
    const asqDecline = { suicide: { ...asqNo.suicide, attempt: 'decline' } };
    expect(check('asq-now', asqDecline, {}).issues).toEqual(['suicide.now: required']);
  });

  it("reads the skip logic from the earlier answers, not from a forged copy in the screen's values", () => {
    const forged = { use: { substances: ['none'] } };
    expect(check('frequency', alcohol, forged).issues).toEqual(['use.frequency: required']);
  });

  it('none stands alone; lists are checked', () => {
    expect(check('substances', {}, { use: { substances: ['none', 'alcohol'] } }).issues).toEqual([
      'use.substances: exclusive',
    ]);
    expect(check('criteria', alcohol, { use: { criteria: ['craving', 'none'] } }).issues).toEqual([
      'use.criteria: exclusive',
    ]);
    expect(check('substances', {}, { use: { substances: ['alcohol', 'alcohol'] } }).issues).toEqual(
      ['use.substances: duplicate'],
    );
    expect(check('substances', {}, { use: { substances: ['heroin'] } }).issues).toEqual([
      'use.substances: invalid-value',
    ]);
    expect(check('substances', {}, { use: { substances: 'alcohol' } }).issues).toEqual([
      'use.substances: wrong-type',
    ]);
    expect(check('substances', {}, { use: { substances: ['none'] } }).ok).toBe(true);
  });

  it("outputs only the screen's answers", () => {
    const out = check('age', {}, { about: { age: '18-64' }, safety: { emergencyNow: 'yes' } });
    expect(out).toEqual({ ok: true, data: { about: { age: '18-64' } } });
  });
});

describe('the form and the machine agree on when Continue moves on', () => {
  const positive = withAnswers(drinker(), {
    suicide: { wishedDead: 'decline', betterOff: 'no', thoughts: 'no', attempt: 'no', now: 'no' },
  });
  it.each([
    ['drinker', drinker()],
    ['abstainer', abstainer()],
    ['positive ASQ', positive],
  ] as const)('for every sample submission, with the earlier answers of %s', (_name, base) => {
    for (const screen of SCREEN_LIST) {
      const earlier = answersBefore(screen, A(base));
      for (const sample of [...SAMPLES[screen], { label: 'nothing', values: {} }]) {
        const form = checkScreen(screen, earlier, sample.values).issues.length === 0;
        const merged = mergeScreen(A(base), screen, sample.values);
        const moves = destinationAfterSubmit(merged, screen, null) !== undefined;
        expect(moves, `${screen}: ${sample.label}`).toBe(form);
      }
    }
  });
});

describe('screenResolver', () => {
  // react-hook-form reads errors nested by path, and a valid screen's values as its output.
  it('nests each issue under its question, with the issue code as the message', async () => {
    const resolve = screenResolver('asq', {});
    const result = await resolve({ suicide: { wishedDead: 'no' } }, undefined, {
      fields: {},
      shouldUseNativeValidation: false,
    });
    expect(result.values).toEqual({});
    expect(result.errors).toEqual({
      suicide: {
        betterOff: { type: 'required', message: 'required' },
        thoughts: { type: 'required', message: 'required' },
        attempt: { type: 'required', message: 'required' },
      },
    });
  });

  it("outputs a valid screen's answers, without what the form left empty", async () => {
    const resolve = screenResolver('home', {});
    const result = await resolve(
      { living: { situation: 'stable', othersUse: 'no' }, extra: [] },
      undefined,
      { fields: {}, shouldUseNativeValidation: false },
    );
    expect(result).toEqual({
      values: { living: { situation: 'stable', othersUse: 'no' } },
      errors: {},
    });
  });
});
