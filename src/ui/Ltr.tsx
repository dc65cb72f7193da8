/**
 * Phone numbers, the handoff code and the like are Western digits read left to right in every
 * language (languages spec §3): isolated from the sentence around them, so "(949) 280-8360" in
 * Farsi or Arabic text never shows as ")949( 280-8360" and never pulls its neighbours around.
 */
import { Fragment, type ReactNode } from 'react';
import type { Template } from '../i18n/format';

export function Ltr({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <bdi dir="ltr" className={className}>
      {children}
    </bdi>
  );
}

/**
 * `format()` for markup: each `{name}` of `template` is replaced by `values[name]`, which may be an
 * element (e.g. a number in <Ltr>); one left without a value stays as it is, visible.
 */
export function formatParts<Names extends string>(
  template: Template<Names>,
  values: Readonly<Record<NoInfer<Names>, ReactNode>> & Readonly<Record<string, ReactNode>>,
): ReactNode {
  return template.split(/(\{[A-Za-z0-9_]+\})/).map((part, i) => {
    const name = /^\{([A-Za-z0-9_]+)\}$/.exec(part)?.[1];
    const value =
      name !== undefined && Object.prototype.hasOwnProperty.call(values, name)
        ? values[name]
        : part;
    return <Fragment key={i}>{value}</Fragment>;
  });
}
