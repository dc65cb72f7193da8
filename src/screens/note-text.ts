import type { Answers } from '../questions/answers';
import type { NoteCode } from '../results/levels';
import { centerConfig } from '../config/center';
import { format } from '../i18n/format';
import type { Dictionary } from '../i18n/types';
import type { VoiceKey } from '../i18n/voice';

/**
 * A note in words, filled in: the insurance note names the state's programme, the schedule
 * note adds the time the person chose. Shared by the result screen and the staff note.
 * `text`: other words for the note (the result's schedule note without the times, when the
 * programs or the week already say them).
 */
export function noteText(
  t: Dictionary,
  note: NoteCode,
  answers: Answers,
  who: VoiceKey,
  text?: string,
): string {
  if (note === 'insurance') {
    const type = answers.insurance?.type ?? 'unsure';
    const program = centerConfig.stateInsuranceProgram?.[t.lang] ?? t.result.medicaidFallback;
    return format(t.notes.insurance[type][who], { program });
  }
  const words = text ?? t.notes[note][who];
  const schedule = answers.obligations?.schedule;
  if (note !== 'schedule' || !schedule) return words;
  const time = t.questions['obligations.schedule'].options[schedule].label;
  return `${words} ${format(t.result.scheduleChosen[who], { time })}`;
}
