import { formatPhone, telHref } from '../config/phone';
import { formatParts, Ltr } from './Ltr';
import type { Template } from '../i18n/format';
import { useSettings } from '../app/settings';
import { CallLink } from './CallLink';

/**
 * The center's number as a tel: link, worded by a template with {center} and {phone} (a template
 * whose English has any other placeholder is a type error).
 */
export function CenterCallLink({
  template,
  className,
}: {
  template: Template<'center' | 'phone'>;
  className?: string;
}) {
  const { center, phone } = useSettings();
  return (
    <CallLink className={className} href={telHref(phone)}>
      {/* One flex item: the sentence wraps as a sentence, around a number that never breaks. */}
      <span>{formatParts(template, { center, phone: <Ltr>{formatPhone(phone)}</Ltr> })}</span>
    </CallLink>
  );
}
