/**
 * The frame around every screen: the center's name, the language menu and "Leave this site",
 * the crisis numbers (same place on every screen), and a live region present from the start.
 */
import { memo, type ReactNode } from 'react';
import { useText } from '../i18n/context';
import type { Lang } from '../i18n/types';
import { useSettings } from '../app/settings';
import { centerConfig } from '../config/center';
import { offeredLanguages } from '../config/params';
import { HelpStrip } from './HelpStrip';
import { LanguageMenu } from './LanguageMenu';

const OFFERED = offeredLanguages(centerConfig);

export interface LayoutProps {
  readonly children: ReactNode;
  readonly onLeave: () => void;
  readonly onLanguage: (lang: Lang) => void;
  /** Words for the live region (e.g. "Copied"). */
  readonly announcement?: string;
  /** Beside the screen on wide displays, above it on narrow ones (staff mode's panel). */
  readonly aside?: ReactNode;
}

export function Layout({ children, onLeave, onLanguage, announcement = '', aside }: LayoutProps) {
  const { embed } = useSettings();
  return (
    <div className={embed ? 'app app--embed' : 'app'}>
      {/* First in the page, so the prerendered HTML gives it to a screen reader before any
          heading, even when the document arrives in pieces over a slow network. */}
      <div className="visually-hidden" aria-live="polite" id="live-region">
        {announcement}
      </div>
      <FrameTop onLeave={onLeave} onLanguage={onLanguage} />
      <div className={aside ? 'workspace workspace--staff' : 'workspace'}>
        <main className="main" id="main">
          {children}
        </main>
        {aside && <aside className="workspace__aside no-print">{aside}</aside>}
      </div>
    </div>
  );
}

/**
 * The header and the crisis numbers: the same on every screen, so memoised (given stable
 * callbacks): a Continue re-renders only the screen.
 */
const FrameTop = memo(function FrameTop({
  onLeave,
  onLanguage,
}: Pick<LayoutProps, 'onLeave' | 'onLanguage'>) {
  const t = useText();
  const { center } = useSettings();
  return (
    <>
      <header className="header">
        <span className="header__center">{center}</span>
        <div className="header__tools no-print">
          <LanguageMenu offered={OFFERED} onLanguage={onLanguage} />
          <button type="button" className="exit-button" onClick={onLeave}>
            {t.common.leaveSite}
            <span className="visually-hidden"> {t.common.leaveSiteHint}</span>
          </button>
        </div>
      </header>
      <HelpStrip />
    </>
  );
});
