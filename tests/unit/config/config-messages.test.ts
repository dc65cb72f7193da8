/**
 * The build's messages for a bad center configuration (issue 22): each names the field in the
 * file's own words (a program by its id, other list items counted from 1), repeats what was
 * written, and says what is allowed. They are printed alone by vite.config.ts.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { centerConfig } from '../../../src/config/center';
import { CenterConfigError, parseCenterConfig } from '../../../src/config/center-schema';
import { typeErrors } from '../../../scripts/center-config';

type Mutable = Record<string, unknown> & { programs: Record<string, unknown>[] };
const copy = (): Mutable => JSON.parse(JSON.stringify(centerConfig)) as Mutable;

/** The problem lines of the error `config` throws. */
function problems(config: unknown): string[] {
  try {
    parseCenterConfig(config, 'centers/harbor.ts');
  } catch (error) {
    expect(error).toBeInstanceOf(CenterConfigError);
    const [first, ...rest] = (error as Error).message.split('\n');
    expect(first).toBe('Invalid center configuration (centers/harbor.ts):');
    return rest.map((line) => line.trim());
  }
  throw new Error('no error');
}

describe('config messages', () => {
  it('a bad time: the program by id, the session counted from 1, what was typed, one line', () => {
    const c = copy();
    c.programs[1]!.sessions = [{ start: '9:00', end: '16:00' }];
    expect(problems(c)).toEqual([
      'programs "afternoon-iop" sessions #1 start is "9:00": expected a 24-hour time like 09:00 or 18:30 (two digits for the hour)',
    ]);
  });

  it('an unknown level: the value and the allowed ones', () => {
    const c = copy();
    c.programs[0]!.level = 'iopp';
    expect(problems(c)).toEqual([
      'programs "morning-iop" level: "iopp" is not one of early-intervention, outpatient, iop, php, residential',
    ]);
  });

  it('an unknown age band: the same', () => {
    const c = copy();
    c.programs[2]!.ages = ['18-64', 'adults'];
    expect(problems(c)).toEqual([
      'programs "evening-iop" ages #2: "adults" is not one of under-18, 18-64, 65-plus',
    ]);
  });

  it.each(['9492808360', '(949) 280-8360', '+1 949 280 8360'])(
    'a phone without +1 (%j): how to write it, repeating what was typed',
    (phone) => {
      expect(problems({ ...copy(), phone })).toEqual([
        `phone is ${JSON.stringify(phone)}: start with +1 for a US number, e.g. +17145550142`,
      ]);
    },
  );

  it('a program whose id is missing is counted from 1', () => {
    const c = copy();
    delete c.programs[1]!.id;
    expect(problems(c)).toEqual(['programs #2 id: missing (expected string)']);
  });

  it('a repeated id is counted from 1, not named: the name would point at both', () => {
    const c = copy();
    c.programs[2]!.id = 'morning-iop';
    expect(problems(c)).toEqual(['programs #3 id is "morning-iop": duplicate id morning-iop']);
  });

  it('tracking numbers and partners are checked too, counted from 1', () => {
    expect(
      problems({
        ...copy(),
        trackingNumbers: [{ label: 'County', phone: '7145550188' }],
        partners: [
          { origin: 'https://county.example', name: 'County' },
          { origin: 'https://clinic.example/', name: 'Clinic', shareResult: 'answers' },
        ],
      }),
    ).toEqual([
      'trackingNumbers #1 phone is "7145550188": start with +1 for a US number, e.g. +17145550142',
      'partners #2 origin is "https://clinic.example/": expected an origin like https://partner.example',
      'partners #2 shareResult: "answers" is not one of level',
    ]);
  });
});

describe('typeErrors: a config file outside the type-checked folders', () => {
  const dir = mkdtempSync(join(tmpdir(), 'center-'));
  const schema = join(import.meta.dirname, '../../../src/config/center-schema');
  const write = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  it('names a broken type import and a misspelt field', async () => {
    const broken = write(
      'broken.ts',
      `import type { CenterConfig } from '${schema}-typo';\nexport const centerConfig: CenterConfig = { name: 'x' };\n`,
    );
    const misspelt = write(
      'misspelt.ts',
      `import type { CenterConfig } from '${schema}';\nexport const centerConfig: Partial<CenterConfig> = { nmae: 'x' };\n`,
    );
    expect((await typeErrors(broken)).join('\n')).toMatch(/TS2307: Cannot find module/);
    expect((await typeErrors(misspelt)).join('\n')).toMatch(/'nmae' does not exist/);
  }, 30_000);

  it('passes a good file', async () => {
    const good = write(
      'good.ts',
      `import type { CenterConfig } from '${schema}';\nexport const centerConfig: Partial<CenterConfig> = { name: 'x' };\n`,
    );
    expect(await typeErrors(good)).toEqual([]);
  }, 30_000);
});
