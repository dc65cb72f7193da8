import type { Answers } from '../questions/answers';
import type { NoteCode } from '../results/levels';
import { centerConfig } from '../config/center';
import { format, voice } from '../i18n/format';
import type { Dictionary } from '../i18n/types';

/**
 * A note in words, filled in: the insurance note names the state's programme, the schedule
 * note adds the time the person chose. Shared by the result screen and the staff note.
 */
export function noteText(
  t: Dictionary,
  note: NoteCode,
  answers: Answers,
  who: 'self' | 'other' | undefined,
): string {
  if (note === 'insurance') {
    const type = answers.insurance?.type ?? 'unsure';
    const program = centerConfig.stateInsuranceProgram?.[t.lang] ?? t.result.medicaidFallback;
    return format(voice(t.notes.insurance[type], who), { program });
  }
  const text = voice(t.notes[note], who);
  const schedule = answers.obligations?.schedule;
  if (note !== 'schedule' || !schedule) return text;
  const time = t.questions['obligations.schedule'].options[schedule].label;
  return `${text} ${format(t.result.scheduleChosen, { time })}`;
}
