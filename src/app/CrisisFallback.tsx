/**
 * If anything fails while rendering, the page must still give the crisis numbers and the
 * center's number, never a blank screen, and "Leave this site" as everywhere else. Plain markup:
 * always in English, and in the language on screen too when its core words are at hand (they
 * may be what failed, so each is read with care), with its `lang` and `dir` from the registry.
 * Numbers are isolated left to right in any language.
 */
import { Component, type ReactNode } from 'react';
import { centerConfig } from '../config/center';
import { formatPhone, smsHref, telHref } from '../config/phone';
import { LANGUAGES } from '../i18n/languages';
import type { CoreWords } from '../i18n/types';
import { leaveFromFrame } from './leave-page';

const Num = ({ href, children }: { href: string; children: string }) => (
  <bdi>
    <a href={href} dir="ltr">
      {children}
    </a>
  </bdi>
);

/** The call links in the words of `t` (CoreWords' app.callCenter and help), or null. */
function inLanguage(t: CoreWords | null | undefined, phone: string): ReactNode {
  try {
    if (!t || t.lang === 'en') return null;
    const { crisis } = centerConfig;
    const [before, after = ''] = t.app.callCenter
      .replace('{center}', centerConfig.name)
      .split('{phone}');
    return (
      <p lang={t.lang} dir={LANGUAGES[t.lang].dir}>
        {before}
        <Num href={telHref(phone)}>{formatPhone(phone)}</Num>
        {after}. <a href={telHref(crisis.emergency)}>{t.help.call911}</a> ·{' '}
        <a href={telHref(crisis.lifeline)}>{t.help.call988}</a> ·{' '}
        <a href={smsHref(crisis.lifelineText)}>{t.help.text988}</a>
      </p>
    );
  } catch {
    return null;
  }
}

export function CrisisFallback({
  phone = centerConfig.phone,
  words,
}: {
  phone?: string;
  words?: CoreWords | null;
}) {
  const other = inLanguage(words, phone);
  const leave = other ? ` · ${String(words?.common?.leaveSite ?? '')}` : '';
  return (
    <main className="main" lang="en" dir="ltr">
      <button type="button" className="exit-button" onClick={() => leaveFromFrame()}>
        Leave this site{leave}
      </button>
      <h1 className="page-heading">Something went wrong</h1>
      <p>
        Call {centerConfig.name} at <Num href={telHref(phone)}>{formatPhone(phone)}</Num>. In an
        emergency, call <a href={telHref(centerConfig.crisis.emergency)}>911</a>. For thoughts of
        suicide, call <a href={telHref(centerConfig.crisis.lifeline)}>988</a> or text{' '}
        <a href={smsHref(centerConfig.crisis.lifelineText)}>988</a>.
      </p>
      {other}
    </main>
  );
}

export class CrisisBoundary extends Component<
  { children: ReactNode; phone: string; words?: CoreWords | null },
  { failed: boolean }
> {
  // Set in the constructor, not as a class field: the build target (ES2020) would otherwise
  // pull in half a kilobyte of helpers for this one line.
  constructor(props: { children: ReactNode; phone: string; words?: CoreWords | null }) {
    super(props);
    this.state = { failed: false };
  }
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? (
      <CrisisFallback phone={this.props.phone} words={this.props.words} />
    ) : (
      this.props.children
    );
  }
}
