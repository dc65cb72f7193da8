/**
 * 988 in Spanish (issue 18 item 8): the Spanish crisis screen offers "Enviar un texto al 988", so
 * it says what texting gives, as sourced in es.core.ts's comment (988lifeline.org: texting AYUDA
 * reaches a counselor of the Spanish-language line), beside the phone's "oprima el 2". The
 * result's 988 card says the same in each voice.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { es } from '../../src/i18n/es';

describe('988 by text, in Spanish', () => {
  it('the crisis screen: Spanish by phone (press 2) and by text (AYUDA), a counselor answers', () => {
    const body = es.crisis.call988Body;
    expect(body).toMatch(/oprima el 2/);
    expect(body).toMatch(/envíe AYUDA al 988/);
    expect(body).toMatch(/consejero le contestará en español/);
  });

  it("the result's 988 card, in every voice", () => {
    for (const voice of ['you', 'they', 'staff'] as const)
      expect(es.notes['crisis-resources'][voice], voice).toMatch(/AYUDA por texto al 988/);
  });

  it('cites its source', () => {
    const core = readFileSync(join(import.meta.dirname, '../../src/i18n/es.core.ts'), 'utf8');
    expect(core).toContain('https://988lifeline.org/get-help/what-to-expect');
  });
});
