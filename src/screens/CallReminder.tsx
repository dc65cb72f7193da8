/**
 * "Remind me to call" (issue 19): a calendar file (.ics) made on this device, at a time the
 * person picks, by default the next opening of admissions when the hours are known. It is a
 * Blob saved through a download link: no request, nothing stored by the page. The event holds
 * the center's name and number only (calendars sync): no answer, no level, no code.
 */
import { useId, useState } from 'react';
import { useSettings } from '../app/settings';
import { useAnnounce } from '../app/announce';
import { formatPhone } from '../config/phone';
import { useFullText } from '../i18n/context';
import { format } from '../i18n/format';
import { reminderIcs } from '../results/reminder-ics';

const pad = (n: number) => String(n).padStart(2, '0');
/** The device's local date and time, as `<input type="date">` and `"time"` values. */
const dateValue = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const timeValue = (d: Date) => `${pad(d.getHours())}:${pad(d.getMinutes())}`;

/** Tomorrow at 10:00 on this device, when the hours are not known (or always open). */
function tomorrowMorning(now: Date): Date {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 10, 0);
}

/** The inputs' values as a local time, or null when either is empty or not a real date. */
export function pickedTime(date: string, time: string): Date | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})/.exec(time);
  if (!d || !t) return null;
  const picked = new Date(+d[1]!, +d[2]! - 1, +d[3]!, +t[1]!, +t[2]!);
  return Number.isNaN(picked.getTime()) || picked.getDate() !== +d[3]! ? null : picked;
}

/** 32 random hex digits (randomUUID needs a secure context; this doesn't). */
function randomId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('');
}

/** Offers the file through a temporary link: the browser saves it, or hands it to a calendar. */
function download(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the Blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function CallReminder({ defaultStart, now }: { defaultStart: Date | null; now: Date }) {
  const r = useFullText().call.reminder;
  const { center, phone } = useSettings();
  const announce = useAnnounce();
  const id = useId();
  const [initial] = useState(() => defaultStart ?? tomorrowMorning(now));
  const [date, setDate] = useState(() => dateValue(initial));
  const [time, setTime] = useState(() => timeValue(initial));
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  const save = () => {
    const start = pickedTime(date, time);
    const problem = start === null ? r.missing : start.getTime() <= Date.now() ? r.past : null;
    setError(problem);
    setSaved(false);
    if (problem !== null) announce(problem);
    if (problem !== null || start === null) return;
    const title = format(r.title, { center });
    download(
      reminderIcs({
        title,
        description: format(r.description, { center, phone: formatPhone(phone) }),
        phone,
        start,
        uid: `${randomId()}@loc-wizard`,
        now: new Date(),
      }),
      `${r.fileName}.ics`,
    );
    setSaved(true);
    announce(r.saved);
  };

  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  return (
    <details className="call-reminder no-print" data-reminder>
      <summary className="call-reminder__summary">{r.open}</summary>
      <div className="call-reminder__body">
        <p>{format(r.intro, { center })}</p>
        {error && (
          <p className="error-message" id={errorId}>
            {error}
          </p>
        )}
        <p className="hint" id={hintId}>
          {r.timeHint}
        </p>
        <div className="call-reminder__fields">
          <p className="call-reminder__field">
            <label htmlFor={`${id}-date`}>{r.date}</label>
            <input
              id={`${id}-date`}
              className="call-reminder__input"
              type="date"
              min={dateValue(now)}
              autoComplete="off"
              value={date}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${hintId} ${errorId}` : hintId}
              onChange={(e) => setDate(e.target.value)}
            />
          </p>
          <p className="call-reminder__field">
            <label htmlFor={`${id}-time`}>{r.time}</label>
            <input
              id={`${id}-time`}
              className="call-reminder__input"
              type="time"
              autoComplete="off"
              value={time}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${hintId} ${errorId}` : hintId}
              onChange={(e) => setTime(e.target.value)}
            />
          </p>
        </div>
        <button type="button" className="button button--secondary" onClick={save}>
          {r.save}
        </button>
        {saved && <p className="call-reminder__saved">{r.saved}</p>}
      </div>
    </details>
  );
}
