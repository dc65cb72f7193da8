/**
 * A matched program in words, for the result screen and the staff note alike: its schedule,
 * where it is, why it may fit and what to ask about insurance. Pure: words in, strings out.
 */
import type { Program, ProgramSession } from '../config/center-schema';
import { format } from '../i18n/format';
import type { Dictionary, Lang } from '../i18n/types';
import { inLanguage, type InLanguage } from '../i18n/in-language';
import { LANGUAGE_NAMES } from '../i18n/language-names';
import { timeOfDay, type MatchedProgram, type TimeOfDay } from './match';

import type { VoiceKey } from '../i18n/voice';

/** "A", "A and B", "A, B and C". */
export function joinList(t: Dictionary, items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return format(t.programs.and, {
    a: items.slice(0, -1).join(', '),
    b: items[items.length - 1]!,
  });
}

/**
 * "18:30" as the page's language writes a clock time (Intl), on the 12-hour clock the center's
 * US callers use: "6:30 PM", "6:30 p. m.", "오후 6:30", "下午6:30", "۶:۳۰ ب.ظ.". Its spaces
 * don't break, so a time never wraps (and every engine writes the same space).
 */
export function clockText(t: Dictionary, time: string): string {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return new Intl.DateTimeFormat(t.lang, {
    hour: 'numeric',
    minute: '2-digit',
    hour12: true,
    timeZone: 'UTC',
  })
    .format(Date.UTC(2000, 0, 1, hours, minutes))
    .replace(/\s/g, '\u00a0');
}

/** The part of the day holding a session's last minute: an end at 12:00 is still morning. */
function endPartOfDay(end: string): TimeOfDay {
  if (end <= '12:00') return 'morning';
  if (end <= '17:00') return 'afternoon';
  return 'evening';
}

/**
 * What the person reads for a session's time of day: its whole span (center-programs.md §1,
 * v1.3), "Mornings" inside one part, "Daytime" for 9:00–15:00. Matching and ordering still use
 * the start alone (./match).
 */
export function spanText(t: Dictionary, session: ProgramSession): string {
  const from = timeOfDay(session.start);
  const to = endPartOfDay(session.end);
  if (from === to) return t.programs.timesOfDay[from];
  if (from === 'morning')
    return to === 'afternoon' ? t.programs.spans.daytime : t.programs.spans.allDay;
  return t.programs.spans.afternoonEvening;
}

type Weekday = NonNullable<ProgramSession['days']>[number];
/** The week from Monday. Not the schema's WEEKDAYS: that module brings zod, kept off the app. */
const WEEK: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** Days in week order, three or more in a row as a range: "Mon–Fri", "Mon, Wed, Thu". */
export function daysText(t: Dictionary, days: readonly Weekday[]): string {
  const sorted = WEEK.filter((d) => days.includes(d));
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && WEEK.indexOf(sorted[j + 1]!) === WEEK.indexOf(sorted[j]!) + 1)
      j++;
    const name = (k: number) => t.programs.days[sorted[k]!];
    if (j - i >= 2) parts.push(format(t.programs.dayRange, { from: name(i), to: name(j) }));
    else for (let k = i; k <= j; k++) parts.push(name(k));
    i = j + 1;
  }
  return parts.join(', ');
}

/** "Evenings: Mon–Thu, 6:00 PM to 9:00 PM" (days only when the center gives them). */
export function sessionText(t: Dictionary, session: ProgramSession): string {
  const times = { start: clockText(t, session.start), end: clockText(t, session.end) };
  const when = session.days
    ? format(t.programs.sessionWithDays, { ...times, days: daysText(t, session.days) })
    : format(t.programs.session, times);
  return `${spanText(t, session)}: ${when}`;
}

/** One line per session, or residential's "day and night". */
export function scheduleLines(t: Dictionary, program: Program): string[] {
  if (program.level === 'residential') return [t.programs.residential];
  return program.sessions.map((s) => sessionText(t, s));
}

/** Where: the place (in English when the center gives none in `t.lang`), "by video", or both. */
export function placeParts(
  t: Dictionary,
  program: Program,
): { readonly place: InLanguage | null; readonly text: string } {
  const place = program.location ? inLanguage(program.location, t.lang) : null;
  if (program.format === 'telehealth' || !place) return { place: null, text: t.programs.byVideo };
  if (program.format === 'both')
    return { place, text: format(t.programs.placeOrVideo, { place: place.text }) };
  return { place, text: place.text };
}

export function placeText(t: Dictionary, program: Program): string {
  return placeParts(t, program).text;
}

/** A program's name in the language on screen, or in English (languages spec §3). */
export function programName(t: Dictionary, program: Program): InLanguage {
  return inLanguage(program.name, t.lang);
}

/** The state's Medicaid programme by name ("Medi-Cal"), or "Medicaid". */
export type MedicaidName = string;

/** Why it may fit: the facts of §2.2 that hold, in plain words. Insurance is never a promise. */
export function fitLines(
  t: Dictionary,
  match: MatchedProgram,
  who: VoiceKey,
  medicaid: MedicaidName,
): string[] {
  const { fit } = match;
  const words = t.programs.fit;
  const lines: string[] = [];
  if (fit.schedule) {
    lines.push(format(words.schedule[who], { time: words.scheduleTimes[fit.schedule] }));
  }
  if (fit.video) lines.push(words.video[who]);
  if (fit.insurance) {
    lines.push(format(words.insurance[fit.insurance][who], { program: medicaid }));
  }
  const sessionLanguage = fit.language && words.language[fit.language];
  if (sessionLanguage) lines.push(sessionLanguage);
  return lines;
}

/**
 * The insurance line when the person's own kind isn't among the facts that fit: what the
 * program takes ("call to confirm"), or "call to ask". Null when a fact line already says it.
 */
export function insuranceText(
  t: Dictionary,
  match: MatchedProgram,
  who: VoiceKey,
  medicaid: MedicaidName,
): string | null {
  if (match.fit.insurance) return null;
  const { insurance } = match.program;
  if (insurance.length === 0) return t.programs.askInsurance[who];
  const names = insurance.map((kind) => format(t.programs.paidBy[kind], { program: medicaid }));
  return format(t.programs.takes[who], { list: joinList(t, names) });
}

/** "Sessions in English", when they aren't held in the language on screen; else null. */
export function languageText(t: Dictionary, match: MatchedProgram): string | null {
  if (match.fit.language) return null;
  const names = match.program.languages.map(
    (l: Lang) => t.programs.languageNames[l] ?? LANGUAGE_NAMES[l],
  );
  return format(t.programs.sessionsIn, { languages: joinList(t, names) });
}
