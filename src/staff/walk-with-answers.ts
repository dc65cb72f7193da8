/**
 * A caller's handoff code, opened in staff mode (issue #15): the wizard walks its own screens
 * with the code's answers, as staff would by pressing Continue on each, so it lands where a
 * walk lands — the review, or the crisis screen at once when an answer in the code is an
 * emergency — with the same history behind it (Back, Change and Forward work as after a
 * normal walk). No new way into the machine: only START and SUBMIT, each checked by its guards.
 * START carries the language the code names (issue 18), kept with the answers for staff mode.
 */
import type { Actor } from 'xstate';
import type { Answers } from '../questions/answers';
import type { ScreenId } from '../questions/screens';
import { SCREEN_IDS } from '../machines/wizard/navigation';
import type { CodeLanguageRecord, wizardMachine } from '../machines/wizard/wizard.machine';
import type { CodeLanguage } from '../questions/handoff-code';

const isScreen = (step: string): step is ScreenId =>
  (SCREEN_IDS as readonly string[]).includes(step);

/** `language`: what the code names; null for a code of the first version (not recorded). */
export function walkWithAnswers(
  actor: Actor<typeof wizardMachine>,
  answers: Answers,
  language: CodeLanguage | null,
): void {
  if (actor.getSnapshot().value !== 'start') return;
  const codeLanguage: CodeLanguageRecord = language ?? 'not-recorded';
  actor.send({ type: 'START', codeLanguage });
  for (;;) {
    const step = actor.getSnapshot().value;
    if (!isScreen(step)) return;
    actor.send({ type: 'SUBMIT', screen: step, values: answers });
    // A screen the answers leave incomplete stays open, as Continue would leave it.
    if (actor.getSnapshot().value === step) return;
  }
}
