import { useSettings } from '../app/settings';
import { useText } from '../i18n/context';
import { format } from '../i18n/format';
import { CenterCallLink } from '../ui/CenterCallLink';
import { useStepTitle } from './useStepTitle';

/** The start screen's heading, intro and facts: self mode's start and staff mode's alike. */
export function StartIntro() {
  const t = useText();
  // "Nothing is sent" only where it is true: a partner the center allows is told the level.
  const { partner } = useSettings();
  return (
    <>
      <h1 className="page-heading" id="step-heading" tabIndex={-1}>
        {t.start.heading}
      </h1>
      {t.start.intro.map((line) => (
        <p key={line} className="lead">
          {line}
        </p>
      ))}
      <ul className="facts">
        <li>{t.start.time}</li>
        <li data-privacy>
          {partner ? format(t.start.privacyShared, { partner }) : t.start.privacy}
        </li>
        <li>{t.start.notDiagnosis}</li>
      </ul>
    </>
  );
}

export function StartScreen({ onStart }: { onStart: () => void }) {
  const t = useText();
  useStepTitle({ startHeading: t.start.heading });
  return (
    <form
      className="step step--start"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onStart();
      }}
    >
      <StartIntro />
      <button type="submit" className="button button--start">
        {t.start.begin}
      </button>
      <p className="start__call">
        <CenterCallLink template={t.app.callCenter} />
      </p>
    </form>
  );
}
