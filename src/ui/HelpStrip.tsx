/**
 * Crisis numbers in the same place on every screen (WCAG 3.2.6 Consistent Help).
 */
import { centerConfig } from '../config/center';
import { formatPhone, smsHref, telHref } from '../config/phone';
import { format } from '../i18n/format';
import { useText } from '../i18n/context';
import { useSettings } from '../app/settings';
import { CallLink } from './CallLink';

export function HelpStrip() {
  const t = useText();
  const { center, phone } = useSettings();
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
          <CallLink href={telHref(phone)}>
            {format(t.help.callCenter, { center, phone: formatPhone(phone) })}
          </CallLink>
        </li>
      </ul>
    </nav>
  );
}
