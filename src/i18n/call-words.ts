/**
 * The words of the result's call card beyond the call itself (issue 19): admissions hours, who
 * answers while admissions is closed, "Prefer to text?" and "Remind me to call". Part of the
 * later words: see ./types.ts.
 */
import type { ResultVoiced, Voiced } from './types';

export interface CallWords {
  /** `admissions: '24/7'`. */
  readonly always: ResultVoiced;
  /** Open now. */
  readonly openNow: ResultVoiced;
  /** Closed now: "It opens {day} at {time} ({zone})", the center's day, time and zone name. */
  readonly closedNow: ResultVoiced;
  /** Closed, and no opening within a week (only if the hours have none). */
  readonly closedNoOpening: ResultVoiced;
  /**
   * Closed: who answers now (988, the SAMHSA National Helpline), free and 24/7. The staff's
   * words give the helpline's number as {phone} (kept on one line); self mode has its button.
   */
  readonly meanwhile: ResultVoiced;
  /** The helpline's link: "Call the Helpline: {phone}" (1-800-662-4357, kept on one line). */
  readonly callHelpline: string;
  readonly text: {
    /** "Prefer to text?" */
    readonly prompt: string;
    /** The sms: link: "Text {center} at {phone}" (the number kept on one line). */
    readonly link: string;
    /** What the message holds: only the code. */
    readonly hint: Voiced;
    /** The message's body: "My code: {code}". Nothing else, never an answer in words. */
    readonly body: string;
  };
  readonly reminder: {
    /** The disclosure: "Remind me to call". */
    readonly open: string;
    /** What it makes, and that it holds only the center's name and number. */
    readonly intro: string;
    readonly date: string;
    readonly time: string;
    /** The time is the device's own. */
    readonly timeHint: string;
    readonly save: string;
    readonly saved: string;
    readonly missing: string;
    readonly past: string;
    /** The calendar event: "Call {center}". */
    readonly title: string;
    /** "Call {center} at {phone}." */
    readonly description: string;
    /** The file's name, without ".ics": "call-reminder". Neutral: it shows in Downloads. */
    readonly fileName: string;
  };
}
