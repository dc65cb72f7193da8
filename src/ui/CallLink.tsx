import type { ReactNode } from 'react';
import { useCallReporter } from '../app/embed-messages';

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
  return (
    <a href={href} className={className} onClick={reportCall}>
      {children}
    </a>
  );
}
