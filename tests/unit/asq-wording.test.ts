/**
 * The ASQ's wording (issue 18, HAZ-33): the five suicide.* items are NIMH's Ask Suicide-Screening
 * Questions, a validated instrument. The English "you" labels are NIMH's wording word for word;
 * a "simpler" rewording would no longer be the instrument whose sensitivity was measured. Each
 * language file says what it used, with the source; the Spanish file never claims NIMH's
 * official translation (it is a faithful one, unreviewed), and keeps each item's time frame.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { es } from '../../src/i18n/es';

/**
 * NIMH's ASQ, items 1–5 (https://www.nimh.nih.gov/research/research-conducted-at-nimh/asq-toolkit-materials).
 * Copied here on purpose: the test must not read its expectation from the file it checks.
 */
const NIMH_ASQ = {
  'suicide.wishedDead': 'In the past few weeks, have you wished you were dead?',
  'suicide.betterOff':
    'In the past few weeks, have you felt that you or your family would be better off if you were dead?',
  'suicide.thoughts': 'In the past week, have you been having thoughts about killing yourself?',
  'suicide.attempt': 'Have you ever tried to kill yourself?',
  'suicide.now': 'Are you having thoughts of killing yourself right now?',
} as const;

const ITEMS = Object.keys(NIMH_ASQ) as (keyof typeof NIMH_ASQ)[];
const source = (file: string) =>
  readFileSync(join(import.meta.dirname, '../../src/i18n', file), 'utf8');

describe('the ASQ items', () => {
  it.each(ITEMS)('%s: the English "you" label is NIMH\'s wording, word for word', (id) => {
    expect(en.questions[id].label.you).toBe(NIMH_ASQ[id]);
  });

  it('the loved-one ("they") labels keep each item\'s time frame and ask what was said or shown', () => {
    for (const id of ITEMS) {
      const they = en.questions[id].label.they;
      const frame = /^(In the past few weeks|In the past week),/.exec(NIMH_ASQ[id])?.[1];
      if (frame) expect(they.startsWith(`${frame},`), id).toBe(true);
      expect(they, id).toMatch(/loved one/);
    }
  });

  it('Spanish keeps each time frame, in both voices', () => {
    const frames: Record<(typeof ITEMS)[number], string | null> = {
      'suicide.wishedDead': 'En las últimas semanas,',
      'suicide.betterOff': 'En las últimas semanas,',
      'suicide.thoughts': 'En la última semana,',
      'suicide.attempt': null,
      'suicide.now': null,
    };
    for (const id of ITEMS) {
      const frame = frames[id];
      for (const voice of ['you', 'they'] as const) {
        const label = es.questions[id].label[voice];
        if (frame) expect(label.startsWith(frame), `${id} ${voice}`).toBe(true);
      }
    }
    expect(es.questions['suicide.now'].label.you).toMatch(/en este momento/);
    expect(es.questions['suicide.attempt'].label.you).toMatch(/Alguna vez/);
  });

  it('each file says what it used and where from, and Spanish claims no official translation', () => {
    const english = source('en.later.ts');
    expect(english).toMatch(/NIMH's English wording, word for word/);
    expect(english).toContain(
      'https://www.nimh.nih.gov/research/research-conducted-at-nimh/asq-toolkit-materials',
    );
    const spanish = source('es.later.ts');
    expect(spanish).toMatch(/NO es la traducción oficial del NIMH/);
    expect(spanish).not.toMatch(/(?<!NO )es la traducción oficial/);
  });
});
