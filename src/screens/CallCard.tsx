/**
 * The result's call card (issue 19): how soon to call, the center's number, and, when the center
 * configures them, whether admissions answers now or when it opens next (in the center's time
 * zone, named), who answers in the meantime (988 and the SAMHSA National Helpline), "Prefer to
 * text?" and "Remind me to call". The clock is the device's, read here; nothing is sent.
 *
 * Staff mode: the staff's next step and the hours in the staff's voice; no call, text or
 * reminder links, because the person is on the phone, not at this device.
 */
import type { Answers } from '../questions/answers';
import { useHandoffCode } from './HandoffCode';
import { centerCall as configuredCall, type CenterCall } from '../config/center-call';
import { formatParts, Ltr } from '../ui/Ltr';
import { formatPhone, smsHref, telHref } from '../config/phone';
import { useSettings } from '../app/settings';
import { useFullText } from '../i18n/context';
import { format, voice, type Template } from '../i18n/format';
import type { VoiceKey } from '../i18n/voice';
import { CallLink } from '../ui/CallLink';
import { CenterCallLink } from '../ui/CenterCallLink';
import {
  admissionsState,
  nextOpening,
  openingWords,
  type Admissions,
  type AdmissionsState,
} from '../results/admissions-hours';
import type { Dictionary } from '../i18n/types';
import { CallReminder } from './CallReminder';
import { Interpreter } from './Interpreter';
import '../styles/call-card.css';

/** The SAMHSA National Helpline: free, confidential, 24/7, English and Spanish. */
export const SAMHSA_HELPLINE = '+18006624357';
const HELPLINE_SHOWN = '1-800-662-4357';

export interface CallCardProps {
  readonly answers: Answers;
  readonly urgent: boolean;
  readonly who: VoiceKey;
  /** The center's hours and text number (a test may give others). */
  readonly call?: CenterCall;
}

export function CallCard({ answers, urgent, who, call = configuredCall }: CallCardProps) {
  const t = useFullText();
  const { center, phone, mode } = useSettings();
  const staff = mode === 'staff';
  const urgency = t.result.urgency[urgent ? 'today' : 'soon'];
  const nextStep = t.staff.result.nextStep[urgent ? 'today' : 'soon'];
  // The device's clock, read on the device. `phone` is always the center's own (its `phone` or a
  // tracking number, contract v1.3), so the hours apply to whichever is shown.
  const now = new Date();
  const hours = call.admissions === null ? null : admissionsState(call.admissions, now);

  return (
    <section
      className={urgent ? 'card card--urgent call-card' : 'card card--calm call-card'}
      aria-labelledby="urgency-title"
      data-admissions={hours ? (hours.open ? 'open' : 'closed') : undefined}
    >
      <h2 id="urgency-title">
        <span className="visually-hidden">{urgent ? t.result.urgentPrefix : ''}</span>
        {staff ? nextStep.title : urgency.title}
      </h2>
      {staff ? (
        // The reader is the center: the staff's next step, and no "call us" link.
        <p>{nextStep.body}</p>
      ) : (
        <>
          <p>{voice(urgency.body, answers.respondent)}</p>
          <p>
            {formatParts(t.result.callBody, { center, phone: <Ltr>{formatPhone(phone)}</Ltr> })}
          </p>
        </>
      )}
      {hours && call.admissions !== null && (
        <p className="call-card__hours" data-admissions-words>
          {hoursWords(t, call.admissions, hours, who)}
        </p>
      )}
      {!staff && <CenterCallLink className="button button--call" template={t.help.callCenter} />}
      <Interpreter who={who} />
      {hours && !hours.open && <Meanwhile who={who} staff={staff} />}
      {!staff && (
        <>
          {call.textNumber !== null && (
            <TextLink answers={answers} textNumber={call.textNumber} who={who} />
          )}
          <CallReminder
            defaultStart={
              call.admissions !== null && call.admissions !== '24/7'
                ? nextOpening(call.admissions, now)
                : null
            }
            now={now}
          />
        </>
      )}
    </section>
  );
}

/** "Admissions is open now…", or closed and when it opens next, in the center's time, named. */
function hoursWords(
  t: Dictionary,
  admissions: Exclude<Admissions, null>,
  state: AdmissionsState,
  who: VoiceKey,
): string {
  const c = t.call;
  if (state.open) return admissions === '24/7' ? c.always[who] : c.openNow[who];
  if (state.opens === null || admissions === '24/7') return c.closedNoOpening[who];
  return format(c.closedNow[who], openingWords(state.opens, admissions.timeZone, t.lang));
}

/** While closed: who answers now (988 by call or text, the SAMHSA National Helpline), 24/7. */
function Meanwhile({ who, staff }: { who: VoiceKey; staff: boolean }) {
  const t = useFullText();
  return (
    <>
      <p className="call-card__meanwhile-words" data-meanwhile>
        {withNumber(t.call.meanwhile[who], {}, HELPLINE_SHOWN)}
      </p>
      {!staff && (
        <p className="card__actions call-card__meanwhile">
          <CallLink className="button button--secondary" href={telHref('988')}>
            {t.help.call988}
          </CallLink>
          <CallLink className="button button--secondary" href={smsHref('988')}>
            {t.help.text988}
          </CallLink>
          <CallLink className="button button--secondary" href={telHref(SAMHSA_HELPLINE)}>
            {withNumber(t.call.callHelpline, {}, HELPLINE_SHOWN)}
          </CallLink>
        </p>
      )}
    </>
  );
}

/**
 * A template whose `{phone}` is a number kept on one line: "Call the Helpline:" and the number
 * as two pieces of a button that wraps between them, never inside the number.
 */
function withNumber<Names extends string>(
  template: Template<Names>,
  values: Readonly<Record<Exclude<NoInfer<Names>, 'phone'>, string>>,
  number: string,
) {
  if (!template.includes('{phone}')) return format<string>(template, values);
  const [before = '', after = ''] = template.split('{phone}').map((part) => format(part, values));
  // The spaces stay in the text (a screen reader's name for the link); flex drops them on screen.
  return (
    <>
      {before}
      <Ltr className="call-card__number">{number}</Ltr>
      {after}
    </>
  );
}

/**
 * "Prefer to text?": an sms: link to the center's text line whose body is only the answers
 * code ("My code: …"), the code the result already shows, never an answer in words.
 */
function TextLink({
  answers,
  textNumber,
  who,
}: {
  answers: Answers;
  textNumber: string;
  who: VoiceKey;
}) {
  const t = useFullText();
  const { center } = useSettings();
  const words = t.call.text;
  const code = useHandoffCode(answers);
  // RFC 5724: sms:<number>?body=<text>.
  const href =
    code === null
      ? smsHref(textNumber)
      : `${smsHref(textNumber)}?body=${encodeURIComponent(format(words.body, { code }))}`;
  return (
    <div className="call-card__text" data-text-link>
      <p className="call-card__prompt">{words.prompt}</p>
      <CallLink className="button button--secondary" href={href}>
        {withNumber(words.link, { center }, formatPhone(textNumber))}
      </CallLink>
      {code !== null && (
        <p className="hint call-card__hint">{who === 'they' ? words.hint.they : words.hint.you}</p>
      )}
    </div>
  );
}
