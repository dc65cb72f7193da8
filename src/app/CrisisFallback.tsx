/**
 * If anything fails while rendering, the page must still give the crisis numbers and the
 * center's number, never a blank screen, and "Leave this site" as everywhere else. Plain markup,
 * no dictionary (it may be what failed).
 */
import { Component, type ReactNode } from 'react';
import { centerConfig } from '../config/center';
import { formatPhone, smsHref, telHref } from '../config/phone';
import { leaveFromFrame } from './leave-page';

export function CrisisFallback({ phone = centerConfig.phone }: { phone?: string }) {
  return (
    <main className="main">
      <button type="button" className="exit-button" onClick={() => leaveFromFrame()}>
        Leave this site · Salir de este sitio
      </button>
      <h1 className="page-heading">Something went wrong · Algo salió mal</h1>
      <p>
        Call {centerConfig.name} at <a href={telHref(phone)}>{formatPhone(phone)}</a>. In an
        emergency, call <a href={telHref(centerConfig.crisis.emergency)}>911</a>. For thoughts of
        suicide, call <a href={telHref(centerConfig.crisis.lifeline)}>988</a> or text{' '}
        <a href={smsHref(centerConfig.crisis.lifelineText)}>988</a>.
      </p>
      <p lang="es">
        Llame a {centerConfig.name} al <a href={telHref(phone)}>{formatPhone(phone)}</a>. En una
        emergencia, llame al <a href={telHref(centerConfig.crisis.emergency)}>911</a>. Si tiene
        pensamientos de suicidio, llame o envíe un texto al{' '}
        <a href={telHref(centerConfig.crisis.lifeline)}>988</a>.
      </p>
    </main>
  );
}

export class CrisisBoundary extends Component<
  { children: ReactNode; phone: string },
  { failed: boolean }
> {
  // Set in the constructor, not as a class field: the build target (ES2020) would otherwise
  // pull in half a kilobyte of helpers for this one line.
  constructor(props: { children: ReactNode; phone: string }) {
    super(props);
    this.state = { failed: false };
  }
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? <CrisisFallback phone={this.props.phone} /> : this.props.children;
  }
}
