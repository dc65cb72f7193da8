/**
 * Staff mode's start (issue #15): the start screen's heading, staff's own words (what to do,
 * what to tell the caller: issue 19) and Start, with "Caller has a code?" between them, in a
 * form of its own (../screens/CodeEntryForm.tsx, shared with self mode's start), so a caller
 * who did the assessment reads out their handoff code instead of answering everything again. A
 * valid code walks the wizard to the review (./walk-with-answers.ts); anything else shows what
 * is wrong, and nothing changes. No link to the center's own number: the staff are the center
 * (the help strip keeps its usual links).
 */
import { useState } from 'react';
import type { Actor } from 'xstate';
import type { wizardMachine } from '../machines/wizard/wizard.machine';
import { walkWithAnswers } from './walk-with-answers';
import { useFullText } from '../i18n/context';
import { format } from '../i18n/format';
import { useSettings } from '../app/settings';
import { CodeEntryForm } from '../screens/CodeEntryForm';
import { useStepTitle } from '../screens/useStepTitle';

/** The start's heading with staff's intro and facts, in place of the person's (StartIntro). */
function StaffIntro() {
  const t = useFullText();
  const s = t.staff.start;
  const { partner } = useSettings();
  const newCaller = t.staff.ui.newCaller;
  return (
    <>
      <h1 className="page-heading" id="step-heading" tabIndex={-1}>
        {t.start.heading}
      </h1>
      {s.intro.map((line) => (
        <p key={line} className="lead">
          {line}
        </p>
      ))}
      <ul className="facts">
        <li>{s.time}</li>
        <li data-privacy>
          {partner
            ? format(s.privacyShared, { partner, newCaller })
            : format(s.privacy, { newCaller })}
        </li>
        <li>{s.notDiagnosis}</li>
      </ul>
    </>
  );
}

export function StaffStartScreen({ actor }: { actor: Actor<typeof wizardMachine> }) {
  const t = useFullText();
  const h = t.handoff;
  const [hasErrors, setHasErrors] = useState(false);
  useStepTitle({ startHeading: t.start.heading, hasErrors });

  return (
    <div className="step step--start">
      <StaffIntro />
      <CodeEntryForm
        name="handoffCode"
        field="handoff-code"
        heading={h.staffHeading}
        words={{ label: h.label, hint: h.staffHint, open: h.open, errors: h.errors }}
        onCode={(answers, language) => walkWithAnswers(actor, answers, language)}
        onErrorChange={setHasErrors}
      />
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          actor.send({ type: 'START' });
        }}
      >
        <button type="submit" className="button button--start">
          {t.start.begin}
        </button>
      </form>
    </div>
  );
}
