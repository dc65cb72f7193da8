/**
 * The staff intake note (design examples item 14): a plain-text record of the screening that
 * admissions staff copy during a call and paste into any record system.
 *
 * Fixed labels in the center's record language (`recordLanguage`, issue 18: the caller's `t`
 * comes from ./record-words.ts, whatever the staff screen shows), "\n" line endings, no tabs or box drawing,
 * lines wrapped at 80 characters (a single word longer than that stays whole), and the same
 * text for the same input: the date comes in as `now`, nothing is read from the clock.
 * Sentences use the staff voice (a neutral third person, contract §2 v1.1), as the staff result does.
 */
import { questionText, type Dictionary } from '../i18n/types';
import { QUESTIONS, SECTIONS, type Question } from '../questions/bank';
import { readAnswer, walkAnswers, type Answers } from '../questions/answers';
import { DIMENSIONS } from '../results/levels';
import type { Recommendation } from '../results/recommend';
import { answerText } from '../screens/answer-text';
import { noteText } from '../screens/note-text';
import { dimensionName } from './dimensions';
import { centerConfig } from '../config/center';
import type { CenterPrograms } from '../programs/match';
import { programNote } from './program-note';
import { codeLanguageText } from './code-language';
import type { CodeLanguageRecord } from '../machines/wizard/wizard.machine';

export interface IntakeNoteInput {
  /** The answers as the form holds them; only questions actually asked are shown. */
  readonly answers: Answers;
  readonly result: Recommendation;
  /** The record language's words (the center's `recordLanguage`): see ./record-words.ts. */
  readonly t: Dictionary;
  /** The language the caller's handoff code names, when the answers came from one. */
  readonly codeLanguage?: CodeLanguageRecord | null;
  /** When the note is written; shown as local "YYYY-MM-DD HH:mm". */
  readonly now: Date;
  readonly appVersion: string;
  /** The center's display name. */
  readonly center: string;
  /** The center's programs: when given, the note lists those the result shows. */
  readonly programs?: CenterPrograms;
}

/** Line width the note wraps at. */
export const NOTE_WIDTH = 80;

// Controls, line and paragraph separators and bidi overrides: none may reach a record system.
const UNSAFE = /[\p{Cc}\p{Zl}\p{Zp}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/**
 * Wraps `text` (whitespace collapsed) at NOTE_WIDTH: the first line starts with `first`, the
 * rest with `rest` (by default as many spaces, a hanging indent).
 */
function wrap(text: string, first = '', rest = ' '.repeat(first.length)): string[] {
  const words = text.replace(UNSAFE, ' ').split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = first;
  let start = true;
  for (const word of words) {
    if (!start && line.length + 1 + word.length > NOTE_WIDTH) {
      lines.push(line);
      line = rest + word;
    } else {
      line = start ? line + word : `${line} ${word}`;
    }
    start = false;
  }
  lines.push(line.trimEnd());
  return lines;
}

const field = (label: string, value: string, indent = ''): string[] =>
  wrap(`${label}: ${value}`, indent, `${indent}  `);

const heading = (text: string): string[] => {
  const [line = ''] = wrap(text);
  return [line, '-'.repeat(line.length)];
};

const bullets = (items: readonly string[], none: string): string[] =>
  items.length === 0 ? [none] : items.flatMap((item) => wrap(item, '- '));

/** Local date and time as "YYYY-MM-DD HH:mm". */
export function formatNoteDate(now: Date): string {
  const pad = (n: number, size = 2) => String(n).padStart(size, '0');
  return (
    `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())} ` +
    `${pad(now.getHours())}:${pad(now.getMinutes())}`
  );
}

function answerLines(t: Dictionary, answers: Answers): string[] {
  const asked = (QUESTIONS as readonly Question[]).filter(
    (q) => readAnswer(answers, q.id) !== undefined,
  );
  return SECTIONS.flatMap((section) => {
    const inSection = asked.filter((q) => q.section === section);
    if (inSection.length === 0) return [];
    return [
      ...wrap(t.staff.note.sections[section]),
      ...inSection.flatMap((q) =>
        field(questionText(t, q.id).short, answerText(t, q, answers, '; '), '  '),
      ),
    ];
  });
}

function levelWords(t: Dictionary, result: Recommendation): string {
  if (result.level === 'emergency') return t.staff.note.emergency;
  const name = t.levels[result.level].name;
  return result.asamLevel ? `${name}, ASAM ${result.asamLevel}` : name;
}

/**
 * The intake note as plain text, "\n" line endings, no trailing newline. Answers are grouped by
 * section in asking order and hold only the questions the skip logic asked (a stale answer to a
 * question no longer asked is left out); an emergency shows its triggers as the reasons.
 */
export function formatIntakeNote({
  answers,
  result,
  t,
  now,
  appVersion,
  center,
  programs,
  codeLanguage,
}: IntakeNoteInput): string {
  const s = t.staff.note;
  const language = codeLanguageText(t.interpreter, codeLanguage, t.lang);
  const asked = walkAnswers(answers).answers;
  const reasons = result.reasons.map((code) => t.reasons[code]?.staff ?? code);
  const notes = result.notes.map((note) => noteText(t, note, asked, 'staff'));
  const alternative = result.alternative ? t.levels[result.alternative].name : s.none;

  const blocks: string[][] = [
    [...wrap(s.title), ...wrap(s.notDiagnosis)],
    [
      ...field(s.dateTime, formatNoteDate(now)),
      ...field(s.center, center),
      ...field(s.appVersion, appVersion),
      ...field(s.contractVersion, String(result.contractVersion)),
      ...(language ? wrap(language) : []),
    ],
    [...heading(s.answersHeading), ...answerLines(t, asked)],
    [
      ...heading(s.dimensionsHeading),
      ...DIMENSIONS.flatMap((d) =>
        field(`${d.toUpperCase()} ${dimensionName(t, d)}`, String(result.dimensions[d])),
      ),
    ],
    [
      ...heading(s.resultHeading),
      ...field(s.severity, t.staff.severity[result.severity]),
      ...field(s.criteriaCount, String(result.criteriaCount)),
      ...field(s.level, levelWords(t, result)),
      ...field(s.withdrawal, s.withdrawalValues[result.withdrawal]),
      ...field(s.urgency, s.urgencyValues[result.urgency]),
      ...field(s.alternative, alternative),
    ],
    [...heading(s.reasonsHeading), ...bullets(reasons, s.none)],
    [...heading(s.notesHeading), ...bullets(notes, s.none)],
  ];
  const medicaid = centerConfig.stateInsuranceProgram?.[t.lang] ?? t.result.medicaidFallback;
  const shown = programs && programNote(t, programs, result, asked, medicaid);
  if (shown) {
    const p = t.programs.staff;
    blocks.push([
      ...heading(p.noteHeading),
      ...bullets(shown.atLevel, s.none),
      ...(shown.alternative
        ? [
            ...field(p.noteAlternative, shown.alternative.level),
            ...bullets(shown.alternative.items, s.none),
          ]
        : []),
      ...wrap(p.noteQuestions),
    ]);
  }
  return blocks.map((lines) => lines.join('\n')).join('\n\n');
}
