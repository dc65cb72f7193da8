/**
 * The staff intake note (design examples item 14): plain text, fixed labels in the staff
 * member's language, answers grouped as asked (only the questions asked), "not a diagnosis",
 * date, app and contract version, and the result field by field.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import data from '../../fixtures/vignettes.json';
import { answerSetArb, partialAnswerSetArb } from '../../arbitraries';
import { en } from '../../../src/i18n/en';
import { es } from '../../../src/i18n/es';
import { questionText, type Dictionary } from '../../../src/i18n/types';
import { QUESTIONS, type Question } from '../../../src/questions/bank';
import { readAnswer, walkAnswers, type Answers } from '../../../src/questions/answers';
import { DIMENSIONS } from '../../../src/results/levels';
import { recommend, type Recommendation } from '../../../src/results/recommend';
import { NOTE_WIDTH, formatIntakeNote, formatNoteDate } from '../../../src/staff/intake-note';

interface Case {
  readonly id: string;
  readonly answers: Answers;
}
const CASES = (data as { cases: readonly Case[] }).cases;
const answersOf = (id: string): Answers => {
  const found = CASES.find((c) => c.id === id);
  if (!found) throw new Error(`No vignette ${id}`);
  return structuredClone(found.answers);
};

const NOW = new Date(2025, 0, 5, 9, 7); // local time
const BANK = QUESTIONS as readonly Question[];

function noteFor(answers: Answers, t: Dictionary = en, result = recommend(answers)): string {
  return formatIntakeNote({
    answers,
    result,
    t,
    now: NOW,
    appVersion: '0.1.0',
    center: 'Trust SoCal',
  });
}

const lines = (note: string) => note.split('\n');
/** The note as running text: wrapped sentences joined again. */
const flat = (note: string) => note.replace(/\s+/g, ' ');
/** The answer line of a question (under its section heading, indented two spaces). */
const answerLine = (note: string, t: Dictionary, id: string) =>
  lines(note).find((l) => l.startsWith(`  ${questionText(t, id).short}: `));

/** Line-level checks every note must pass: plain text that pastes cleanly. */
function expectPlainLayout(note: string): void {
  expect(note).not.toMatch(/[\t\r\u2500-\u257f\u2580-\u259f]/);
  expect(note).not.toMatch(/\n$/);
  for (const line of lines(note)) {
    expect(line, line).toBe(line.trimEnd());
    expect(line.length, line).toBeLessThanOrEqual(NOTE_WIDTH);
  }
}

const NON_EMERGENCY = [
  'mild-weekend-drinker',
  'homeless-moderate',
  'seizure-history-daily-drinker',
  'severe-works-alt-iop',
  'no-substances',
  'pregnant-opioids',
  'teen-cannabis',
];

describe('formatNoteDate()', () => {
  it('is local "YYYY-MM-DD HH:mm", zero-padded', () => {
    expect(formatNoteDate(NOW)).toBe('2025-01-05 09:07');
    expect(formatNoteDate(new Date(2031, 11, 31, 23, 59, 59))).toBe('2031-12-31 23:59');
  });
});

describe('the intake note, in English', () => {
  it.each(NON_EMERGENCY)('%s: header, answers and result, field by field', (id) => {
    const answers = answersOf(id);
    const result = recommend(answers);
    const note = noteFor(answers);
    const s = en.staff.note;
    const all = lines(note);

    expectPlainLayout(note);
    expect(all[0]).toBe(s.title);
    expect(all[1]).toBe('Self-reported screening, not a diagnosis.');
    expect(all).toContain('Date and time: 2025-01-05 09:07');
    expect(all).toContain('Center: Trust SoCal');
    expect(all).toContain('App version: 0.1.0');
    expect(all).toContain('Contract version: 1');

    // Every question asked, with its answer in words; none that was not asked.
    for (const q of BANK) {
      const line = answerLine(note, en, q.id);
      if (readAnswer(answers, q.id) === undefined) {
        expect(line, `${q.id} was not asked`).toBeUndefined();
      } else {
        expect(line, `${q.id} was asked`).toBeDefined();
      }
    }

    for (const d of DIMENSIONS) {
      expect(all).toContain(
        `${d.toUpperCase()} ${en.staff.dimensions[d]}: ${result.dimensions[d]}`,
      );
    }
    expect(all).toContain(`Severity: ${en.staff.severity[result.severity]}`);
    expect(all).toContain(`Criteria count: ${result.criteriaCount}`);
    expect(result.level).not.toBe('emergency');
    if (result.level === 'emergency') return;
    expect(all).toContain(
      `Level of care: ${en.levels[result.level].name}, ASAM ${result.asamLevel}`,
    );
    expect(all).toContain(`Withdrawal management: ${s.withdrawalValues[result.withdrawal]}`);
    expect(all).toContain(`Urgency: ${s.urgencyValues[result.urgency]}`);
    expect(all).toContain(
      `Alternative to discuss: ${result.alternative ? en.levels[result.alternative].name : 'None'}`,
    );
    // Reasons and notes in the staff voice (contract §2 v1.1), one bullet each.
    const text = flat(note);
    for (const code of result.reasons)
      expect(text).toContain(`- ${(en as Dictionary).reasons[code]!.staff}`);
    expect(all.filter((l) => l.startsWith('- '))).toHaveLength(
      result.reasons.length + result.notes.length,
    );
  });

  it('names the level and its ASAM number (vignette levels)', () => {
    expect(noteFor(answersOf('mild-weekend-drinker'))).toContain(
      'Level of care: Outpatient counseling, ASAM 1\n',
    );
    expect(noteFor(answersOf('seizure-history-daily-drinker'))).toContain(
      'Level of care: Residential treatment, ASAM 3.7\n',
    );
    expect(noteFor(answersOf('severe-works-alt-iop'))).toContain(
      'Alternative to discuss: Intensive outpatient (IOP)\n',
    );
  });

  it('groups answers by section in asking order, multi-selects joined with "; "', () => {
    const note = noteFor(answersOf('mild-weekend-drinker'));
    const sections = en.staff.note.sections;
    const order = [sections.respondent, sections.about, sections.use, sections.insurance].map(
      (name) => lines(note).indexOf(name),
    );
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(flat(note)).toContain(
      'Signs in the past 12 months: Used more, or for longer, than meant to; Had strong urges or cravings to use',
    );
    expect(answerLine(note, en, 'use.substances')).toBe('  Substances used: Alcohol');
  });

  it('uses the staff voice in the notes, with the schedule and insurance filled in', () => {
    const note = flat(noteFor(answersOf('mild-weekend-drinker')));
    expect(note).toContain(`- ${en.notes.schedule.staff} Preferred time: Evening.`);
    expect(note).toContain(`- ${en.notes.insurance.commercial.staff}`);
    expect(note).not.toContain(en.notes.schedule.you);
  });

  it('leaves out a stale answer to a question that is no longer asked', () => {
    const answers = answersOf('no-substances');
    const stale = { ...answers, use: { ...answers.use, frequency: 'daily' } } as Answers;
    const note = noteFor(stale, en, recommend(answers));
    expect(answerLine(note, en, 'use.frequency')).toBeUndefined();
    expect(note).toBe(noteFor(answers));
  });

  it('is deterministic', () => {
    const answers = answersOf('homeless-moderate');
    expect(noteFor(answers)).toBe(noteFor(structuredClone(answers)));
  });

  it('keeps the center on one line, whatever it holds', () => {
    const note = formatIntakeNote({
      answers: answersOf('no-disorder'),
      result: recommend(answersOf('no-disorder')),
      t: en,
      now: NOW,
      appVersion: '1.2.3\n',
      center: 'North\tClinic\r\nEast',
    });
    expect(lines(note)).toContain('Center: North Clinic East');
    expect(lines(note)).toContain('App version: 1.2.3');
    expectPlainLayout(note);
  });
});

describe('the intake note, in Spanish', () => {
  it('has Spanish labels and Spanish answers', () => {
    const answers = answersOf('homeless-moderate');
    const result = recommend(answers);
    const note = noteFor(answers, es);
    const all = lines(note);
    expectPlainLayout(note);
    expect(all[0]).toBe(es.staff.note.title);
    expect(all[1]).toMatch(/no es un diagnóstico/);
    expect(all).toContain('Fecha y hora: 2025-01-05 09:07');
    expect(all).toContain('Centro: Trust SoCal');
    expect(all).toContain('Versión de la aplicación: 0.1.0');
    expect(all).toContain('Versión del contrato: 1');
    expect(all).toContain('Nivel de atención: Tratamiento residencial, ASAM 3.5');
    expect(all).toContain(`Gravedad: ${es.staff.severity[result.severity]}`);
    expect(all).toContain(`D6 ${es.staff.dimensions.d6}: 4`);
    for (const q of BANK) {
      if (readAnswer(answers, q.id) !== undefined) {
        expect(answerLine(note, es, q.id), q.id).toBeDefined();
      }
    }
    for (const code of result.reasons) expect(flat(note)).toContain(es.reasons[code]!.staff);
    // No English label slips through.
    for (const label of [
      en.staff.note.title,
      en.staff.note.dateTime,
      en.staff.note.answersHeading,
      en.staff.note.level,
      en.staff.note.reasonsHeading,
      'not a diagnosis',
    ]) {
      expect(note).not.toContain(label);
    }
  });
});

describe('an emergency', () => {
  it('shows "Emergency" as the level and the triggers as the reasons', () => {
    const answers = answersOf('overdose-now');
    const result = recommend(answers);
    const note = noteFor(answers);
    const all = lines(note);
    expectPlainLayout(note);
    expect(all).toContain('Level of care: Emergency');
    expect(all.find((l) => l.startsWith('Level of care:'))).not.toMatch(/ASAM/);
    expect(all).toContain(`Urgency: ${en.staff.note.urgencyValues.emergency}`);
    expect(all).toContain('Alternative to discuss: None');
    expect(flat(note)).toContain(`- ${en.reasons['emergency-danger-now'].staff}`);
    // No notes: the Notes section says so.
    expect(note.endsWith('Notes\n-----\nNone')).toBe(true);
    // Severity and dimensions are still there for staff.
    expect(all).toContain(`Severity: ${en.staff.severity[result.severity]}`);
    expect(all).toContain(`D1 ${en.staff.dimensions.d1}: ${result.dimensions.d1}`);
  });

  it('cut short after the screen that raised it: only the answers given', () => {
    const full = answersOf('suicidal-now');
    const answers = {
      respondent: full.respondent,
      about: full.about,
      safety: full.safety,
      use: full.use,
      withdrawal: full.withdrawal,
      medical: full.medical,
      suicide: full.suicide,
    } as Answers;
    const note = noteFor(answers);
    expect(lines(note)).toContain('Level of care: Emergency');
    expect(flat(note)).toContain(en.reasons['emergency-suicide-now'].staff);
    expect(answerLine(note, en, 'suicide.now')).toBe('  Thoughts of suicide now: Yes');
    for (const id of ['mental.symptoms', 'living.situation', 'insurance.type']) {
      expect(answerLine(note, en, id), id).toBeUndefined();
    }
  });
});

describe('any valid answer set', () => {
  const check = (answers: Answers, t: Dictionary) => {
    const result: Recommendation = recommend(answers);
    const note = noteFor(answers, t, result);
    expect(note).toBe(noteFor(structuredClone(answers), t, result));
    expect(note).not.toMatch(/[\t\r]/);
    const shown = walkAnswers(answers).answers;
    for (const q of BANK) {
      expect(answerLine(note, t, q.id) !== undefined, q.id).toBe(
        readAnswer(shown, q.id) !== undefined,
      );
    }
  };

  it('gives a note with exactly the questions answered, in either language', () => {
    fc.assert(
      fc.property(answerSetArb('rare'), fc.constantFrom(en, es), (answers, t) =>
        check(answers as Answers, t),
      ),
      { numRuns: 100 },
    );
    fc.assert(
      fc.property(partialAnswerSetArb('anywhere'), ({ answers }) => check(answers as Answers, en)),
      { numRuns: 100 },
    );
  });
});
