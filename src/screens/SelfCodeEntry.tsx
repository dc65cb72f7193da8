/**
 * Self mode's "Have a code from before?" (issue 19): the person types the code from an earlier
 * result, and the wizard walks to the review with its answers (../staff/walk-with-answers.ts,
 * as staff mode does), or to the crisis screen when an answer in it is an emergency. The
 * review shows every answer before any result. Loaded with the later code, only once the
 * person opens the disclosure on the start screen (see StartScreen's CodeEntrySlot).
 */
import type { Actor } from 'xstate';
import type { wizardMachine } from '../machines/wizard/wizard.machine';
import { walkWithAnswers } from '../staff/walk-with-answers';
import { useFullText } from '../i18n/context';
import { CodeEntryForm } from './CodeEntryForm';

export function SelfCodeEntry({
  actor,
  onErrorChange,
}: {
  actor: Actor<typeof wizardMachine>;
  onErrorChange?: (hasError: boolean) => void;
}) {
  const words = useFullText().handoff.self;
  return (
    <CodeEntryForm
      name="resultCode"
      field="result-code"
      words={words}
      onCode={(answers, language) => walkWithAnswers(actor, answers, language)}
      onErrorChange={onErrorChange}
    />
  );
}
