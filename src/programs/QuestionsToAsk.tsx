/**
 * "Questions to ask any program" (issue 19), `[data-questions-to-ask]`, after the programs or
 * the referral: a short neutral list that fits any provider, the center included. Questions
 * only: nothing here says or hints that the center meets them. Folded on screen, open in print.
 */
import type { CenterPrograms } from './match';
import type { Dictionary } from '../i18n/types';
import type { VoiceKey } from '../i18n/voice';
import { useFullText } from '../i18n/context';
import { format } from '../i18n/format';
import { Fold } from '../screens/Fold';

/** The questions in order: the state licence (naming who licenses, when configured), then the rest. */
export function questionsToAsk(
  t: Dictionary,
  licensingBody: CenterPrograms['licensingBody'],
): string[] {
  const q = t.programs.questions;
  const body = licensingBody?.[t.lang];
  const licence = body ? format(q.licensedBy, { licensingBody: body }) : q.licensedByState;
  return [licence, ...q.items];
}

export function QuestionsToAsk({
  center,
  who,
  licensingBody,
}: {
  center: string;
  who: VoiceKey;
  licensingBody: CenterPrograms['licensingBody'];
}) {
  const t = useFullText();
  const q = t.programs.questions;
  return (
    <Fold id="questions-to-ask-title" title={q.heading} data-questions-to-ask>
      <p>{format(q.intro[who], { center })}</p>
      <ul className="list list--bullet">
        {questionsToAsk(t, licensingBody).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </Fold>
  );
}
