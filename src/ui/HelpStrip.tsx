/**
 * Crisis numbers in the same place on every screen (WCAG 3.2.6 Consistent Help).
 */
import { centerConfig } from '../config/center';
import { smsHref, telHref } from '../config/phone';
import { useText } from '../i18n/context';
import { CallLink } from './CallLink';
import { CenterCallLink } from './CenterCallLink';

export function HelpStrip() {
  const t = useText();
  const { emergency, lifeline, lifelineText } = centerConfig.crisis;
  return (
    <nav className="help-strip" aria-label={t.help.label}>
      <span className="help-strip__label">{t.help.label}</span>
      <ul>
        <li>
          <CallLink href={telHref(emergency)}>{t.help.call911}</CallLink>
        </li>
        <li>
          <CallLink href={telHref(lifeline)}>{t.help.call988}</CallLink>
        </li>
        <li>
          <CallLink href={smsHref(lifelineText)}>{t.help.text988}</CallLink>
        </li>
        <li>
          <CenterCallLink template={t.help.callCenter} />
        </li>
      </ul>
    </nav>
  );
}
