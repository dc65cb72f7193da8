/**
 * The handoff code on the result (issue #15): the answers as a short code the person may read
 * out on the call, so admissions staff don't ask everything again. Made here, from the answers
 * on screen, each time it shows: never stored, never in the title or the URL, never in a
 * message to a partner page. Printed with the result.
 */
import { Fragment, useMemo, useState } from 'react';
import type { Answers } from '../questions/answers';
import { encodeHandoffCode } from '../questions/handoff-code';
import { useFullText } from '../i18n/context';
import { useAnnounce } from '../app/announce';
import { copyText } from '../app/clipboard';
import { format } from '../i18n/format';

/**
 * The code in its groups, each whole on its line (issue 19: "04GM-71HD-104A-" then "RM1S" was
 * seen at 390 px, and narrower, a group split). A group and its hyphen never wrap apart; a
 * <wbr> after each hyphen lets the line break there (a hyphen before a digit is no break
 * opportunity of its own). The text is the code as is: <wbr> adds no character, so copying it
 * by hand gives the same code.
 */
export function CodeGroups({ code }: { code: string }) {
  const groups = code.split('-');
  return groups.map((group, i) =>
    i < groups.length - 1 ? (
      <Fragment key={i}>
        <span className="handoff-code__group">{`${group}-`}</span>
        <wbr />
      </Fragment>
    ) : (
      <span key={i} className="handoff-code__group">
        {group}
      </span>
    ),
  );
}

/**
 * The result's code (shown here, and the body of the call card's text link), or null. It names
 * the language on screen (issue 18), so staff who open it know which language the check was
 * done in.
 */
export function useHandoffCode(answers: Answers): string | null {
  const { lang } = useFullText();
  // The result's answers are complete and valid; if they ever weren't, no code beats a crash.
  return useMemo(() => {
    try {
      return encodeHandoffCode(answers, lang);
    } catch {
      return null;
    }
  }, [answers, lang]);
}

export function HandoffCode({
  answers,
  who,
}: {
  answers: Answers;
  /** Self mode only: staff never see the code on a result. */
  who: 'you' | 'they';
}) {
  const t = useFullText();
  const h = t.handoff;
  const announce = useAnnounce();
  const [copied, setCopied] = useState<boolean | null>(null);
  const code = useHandoffCode(answers);
  if (code === null) return null;

  const copy = async () => {
    try {
      await copyText(code);
      setCopied(true);
      announce(h.copied);
    } catch {
      setCopied(false);
      announce(h.copyFailed);
    }
  };

  return (
    <section className="handoff-code" aria-labelledby="handoff-code-title">
      <h2 id="handoff-code-title">{h.heading}</h2>
      <p id="handoff-code-about">{h.body[who]}</p>
      <p id="handoff-code-keep">{format(h.keep, { question: t.start.haveCode })}</p>
      <output
        className="handoff-code__code"
        dir="ltr"
        data-handoff-code
        aria-labelledby="handoff-code-title"
        aria-describedby="handoff-code-about handoff-code-keep"
      >
        <CodeGroups code={code} />
      </output>
      <p className="no-print">
        <button type="button" className="button button--secondary" onClick={() => void copy()}>
          {h.copy}
        </button>
      </p>
      {copied !== null && (
        <p className="handoff-code__status no-print">{copied ? h.copied : h.copyFailed}</p>
      )}
    </section>
  );
}
