import type { ReactNode } from 'react';
import { useCallReporter } from '../app/embed-messages';
import { useSettings } from '../app/settings';

/** A tel: or sms: link that tells the partner page (if any) that a call was started. */
export function CallLink({
  href,
  children,
  className,
}: {
  href: string;
  children: ReactNode;
  className?: string;
}) {
  const reportCall = useCallReporter();
  // In a partner's frame, a call link targets the top page: a partner CSP whose frame-src lists
  // only the wizard would otherwise replace the whole wizard with an error page.
  const { embed } = useSettings();
  return (
    <a href={href} className={className} onClick={reportCall} target={embed ? '_top' : undefined}>
      {children}
    </a>
  );
}
