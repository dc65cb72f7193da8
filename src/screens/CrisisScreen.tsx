/**
 * Danger now (contract Step 0): 911, 988 call or text, the center, naloxone. The only way on
 * is back, to change the answer that raised it.
 */
import { centerConfig } from '../config/center';
import { smsHref, telHref } from '../config/phone';
import { useText } from '../i18n/context';
import { voice } from '../i18n/format';
import { useSettings } from '../app/settings';
import { CallLink } from '../ui/CallLink';
import { CenterCallLink } from '../ui/CenterCallLink';
import { DraftNotice } from '../ui/DraftNotice';
import { useStepTitle } from './useStepTitle';
import type { ReactNode } from 'react';

export interface CrisisScreenProps {
  readonly respondent?: 'self' | 'other' | undefined;
  readonly onBack: () => void;
  /**
   * Staff mode's additions (its crisis protocol, after the intro, and New caller, at the end),
   * passed in so this screen never waits for staff code to download.
   */
  readonly staffProtocol?: ReactNode;
  readonly staffActions?: ReactNode;
  /** How to ask for a free interpreter (issue 18), from the later code once it is here. */
  readonly interpreter?: ReactNode;
}

export function CrisisScreen({
  respondent,
  onBack,
  staffProtocol,
  staffActions,
  interpreter,
}: CrisisScreenProps) {
  const t = useText();
  const { mode } = useSettings();
  const who = mode === 'staff' ? 'other' : respondent;
  const c = t.crisis;
  const { emergency, lifeline, lifelineText } = centerConfig.crisis;
  useStepTitle();
  return (
    <article className="step crisis" data-level="emergency" data-urgency="emergency">
      <h1 className="page-heading" id="step-heading" tabIndex={-1}>
        {c.heading}
      </h1>
      <p className="lead">{voice(c.intro, who)}</p>
      {mode === 'staff' && staffProtocol}

      <section className="card card--emergency" aria-labelledby="crisis-911">
        <h2 id="crisis-911">{c.call911Heading}</h2>
        <ul className="list list--bullet">
          {c.call911Signs.map((sign) => (
            <li key={sign}>{sign}</li>
          ))}
        </ul>
        <CallLink className="button button--call button--danger" href={telHref(emergency)}>
          {t.help.call911}
        </CallLink>
      </section>

      <section className="card card--urgent" aria-labelledby="crisis-988">
        <h2 id="crisis-988">{c.call988Heading}</h2>
        <p>{c.call988Body}</p>
        <p className="card__actions">
          <CallLink className="button button--call" href={telHref(lifeline)}>
            {t.help.call988}
          </CallLink>
          <CallLink className="button button--secondary" href={smsHref(lifelineText)}>
            {t.help.text988}
          </CallLink>
        </p>
      </section>

      <section className="card card--calm" aria-labelledby="crisis-center">
        <h2 id="crisis-center">{c.centerHeading}</h2>
        <CenterCallLink className="button button--call" template={t.app.callCenter} />
        {interpreter}
        <DraftNotice />
      </section>

      <section aria-labelledby="crisis-naloxone">
        <h2 id="crisis-naloxone">{c.naloxoneHeading}</h2>
        <ul className="list list--bullet">
          {c.naloxone.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>

      <button
        type="button"
        className="button button--secondary"
        data-action="back"
        onClick={onBack}
      >
        {c.changeAnswer}
      </button>
      {mode === 'staff' && staffActions}
    </article>
  );
}
