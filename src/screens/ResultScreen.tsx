/**
 * The result (contract §4): level in plain words and its ASAM number, why, what a week looks
 * like, the alternative, withdrawal care, an urgency card, the center's number, the notes,
 * "not a diagnosis", print and start over. The root carries data-level/-asam/-urgency.
 *
 * Level, how soon and the call come first, then the programs (issue 19). What is not safety
 * folds into disclosures that print open (./Fold.tsx, ./result-parts.ts, HAZ-29): the
 * questions to ask any program, withdrawal care that needs no doctor, and the notes that are
 * not about safety. The session times are said once (timesSaidBy).
 */
import { useEffect, useRef } from 'react';
import type { Answers } from '../questions/answers';
import type { Recommendation } from '../results/recommend';
import { centerConfig } from '../config/center';
import { smsHref, telHref } from '../config/phone';
import { useFullText } from '../i18n/context';
import { format } from '../i18n/format';
import { voiceOf } from '../i18n/voice';
import { useSettings } from '../app/settings';
import { CallLink } from '../ui/CallLink';
import { useStepTitle } from './useStepTitle';
import { noteText } from './note-text';
import { CopyNote } from '../staff/CopyNote';
import { NewCaller } from '../staff/NewCaller';
import { formatIntakeNote } from '../staff/intake-note';
import { recordWords } from '../staff/record-words';
import { codeLanguageText } from '../staff/code-language';
import type { CodeLanguageRecord } from '../machines/wizard/wizard.machine';
import type { Dictionary } from '../i18n/types';
import { version as appVersion } from '../../package.json';
import { useFirstFramePainted } from '../ui/useFirstFramePainted';
import { centerPrograms } from '../config/center-programs';
import { factsFromAnswers, programsForResult, type CenterPrograms } from '../programs/match';
import { AlternativeProgramsPart, LevelProgramsPart } from '../programs/ProgramsPart';
import { HandoffCode } from './HandoffCode';
import { CallCard } from './CallCard';
import { QuestionsToAsk } from '../programs/QuestionsToAsk';
import { Fold } from './Fold';
import { usePrintOpen } from './usePrintOpen';
import { OPEN_WITHDRAWAL, splitNotes, timesSaidBy } from './result-parts';
import { DraftNotice } from '../ui/DraftNotice';

export interface ResultScreenProps {
  readonly answers: Answers;
  readonly result: Recommendation;
  readonly onRestart: () => void;
  /** The center's programs (a test may give others). */
  readonly programs?: CenterPrograms;
  /** Staff mode: the language the caller's handoff code names, when the answers came from one. */
  readonly codeLanguage?: CodeLanguageRecord | null;
}

export function ResultScreen({
  answers,
  result,
  onRestart,
  programs = centerPrograms,
  codeLanguage = null,
}: ResultScreenProps) {
  const t = useFullText();
  const { center, mode, partner } = useSettings();
  const root = useRef<HTMLElement>(null);
  usePrintOpen(root);
  // Staff mode speaks of the person in a neutral third person, whoever is calling.
  const who = voiceOf(mode, answers.respondent);
  const staff = mode === 'staff';
  if (result.level === 'emergency') throw new Error('ResultScreen given an emergency');
  const level = t.levels[result.level];
  const kicker = t.result.heading[who];
  // Not the level: titles outlive the tab in the browser's history (HAZ-08).
  useStepTitle();
  const urgent = result.urgency === 'today';
  // The first frame: the level, how soon, and the call. The reasons and the rest follow.
  const painted = useFirstFramePainted();
  // The center's programs at the level (or the referral) and at the alternative: they never
  // change the level above (center-programs.md §2).
  const shown = programsForResult(programs.programs, result, factsFromAnswers(answers, t.lang));
  // The teen note says the center will tell whether it serves people under 18: not when a
  // program for the person's age is listed right above it (issue 22).
  const listedForAge =
    shown !== null && (shown.main.kind === 'programs' || shown.alternative !== null);
  const notes = result.notes.filter(
    (n) => n !== 'crisis-resources' && !(n === 'adolescent' && listedForAge),
  );
  const { safety: safetyNotes, folded: foldedNotes } = splitNotes(notes);
  // The session times, said once: by the programs, else the week, else the schedule note.
  const times = timesSaidBy(shown?.main ?? null, level.weekTimes);
  const week = times === 'week' && level.weekTimes ? [...level.week, level.weekTimes] : level.week;
  const noteLine = (note: (typeof notes)[number]) =>
    note === 'schedule' && times !== 'note'
      ? noteText(t, note, answers, who, t.result.scheduleAsk[who])
      : noteText(t, note, answers, who);
  const withdrawal = <p>{t.result.withdrawal[result.withdrawal][who]}</p>;
  // Staff mode: the intake note's words, in the center's record language, fetched ahead.
  useEffect(() => {
    if (staff) void Promise.resolve(recordWords(t)).catch(() => {});
  }, [staff, t]);
  const callerLanguage = staff ? codeLanguageText(t.interpreter, codeLanguage, t.lang) : null;
  const programsCommon = {
    center,
    who,
    medicaid: centerConfig.stateInsuranceProgram?.[t.lang] ?? t.result.medicaidFallback,
  };

  return (
    <article
      ref={root}
      className="step result"
      data-level={result.level}
      data-asam={result.asamLevel ?? undefined}
      data-urgency={result.urgency}
    >
      {result.notes.includes('crisis-resources') && (
        <section className="card card--emergency" aria-labelledby="crisis-resources-title">
          <h2 id="crisis-resources-title">
            {staff ? t.staff.result.crisisResourcesTitle : t.result.crisisResourcesTitle}
          </h2>
          <p>{t.notes['crisis-resources'][who]}</p>
          <p className="card__actions">
            <CallLink className="button button--call" href={telHref(centerConfig.crisis.lifeline)}>
              {t.help.call988}
            </CallLink>
            <CallLink
              className="button button--secondary"
              href={smsHref(centerConfig.crisis.lifelineText)}
            >
              {t.help.text988}
            </CallLink>
          </p>
        </section>
      )}

      <h1 className="page-heading result__heading" id="step-heading" tabIndex={-1}>
        <span className="result__kicker">{kicker}:</span>{' '}
        <span className="result__level">{level.name}</span>
      </h1>
      <p className="result__asam">
        {format(t.result.oftenCalled, { asam: result.asamLevel ?? '' })}
      </p>
      <p className="lead">{level.summary}</p>

      {callerLanguage && (
        <p className="result__caller-language" data-caller-language={codeLanguage ?? undefined}>
          {callerLanguage}
        </p>
      )}
      <CallCard answers={answers} urgent={urgent} who={who} />

      <div className="step__rest" aria-busy={painted ? undefined : true}>
        {painted && (
          <>
            {shown && (
              <LevelProgramsPart
                part={shown.main}
                freeVerification={programs.insuranceVerification === 'free'}
                {...programsCommon}
              />
            )}
            {shown && (
              <QuestionsToAsk
                center={center}
                who={who}
                licensingBody={programs.licensingBody ?? null}
              />
            )}

            {/* Safety, open and before the folds (HAZ-29). */}
            {OPEN_WITHDRAWAL.has(result.withdrawal) && (
              <section aria-labelledby="withdrawal-title" data-withdrawal-open>
                <h2 id="withdrawal-title">{t.result.withdrawalHeading}</h2>
                {withdrawal}
              </section>
            )}
            {safetyNotes.length > 0 && (
              <section aria-labelledby="safety-notes-title" data-safety-notes>
                <h2 id="safety-notes-title">{t.result.safetyHeading[who]}</h2>
                <ul className="list list--notes">
                  {safetyNotes.map((note) => (
                    <li key={note}>{noteLine(note)}</li>
                  ))}
                </ul>
              </section>
            )}

            {result.alternative && (
              <section aria-labelledby="alternative-title">
                <h2 id="alternative-title">{t.result.alternativeHeading}</h2>
                <p>
                  {format(t.result.alternativeBody[who], {
                    level: level.inSentence,
                    alternative: t.levels[result.alternative].inSentence,
                  })}
                </p>
                {shown?.alternative && (
                  <AlternativeProgramsPart {...shown.alternative} {...programsCommon} />
                )}
              </section>
            )}

            {/* The folds, together (HAZ-29): none holds safety content. */}
            <Fold id="why-title" title={t.result.whyHeading}>
              <ul className="list list--bullet">
                {result.reasons.map((code) => (
                  <li key={code}>{t.reasons[code]?.[who] ?? code}</li>
                ))}
              </ul>
            </Fold>
            <Fold id="week-title" title={t.result.weekHeading}>
              <ul className="list list--bullet">
                {week.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </Fold>
            {!OPEN_WITHDRAWAL.has(result.withdrawal) && (
              <Fold id="withdrawal-title" title={t.result.withdrawalHeading}>
                {withdrawal}
              </Fold>
            )}
            {foldedNotes.length > 0 && (
              <Fold id="notes-title" title={t.result.notesHeading}>
                <ul className="list list--notes">
                  {foldedNotes.map((note) => (
                    <li key={note}>{noteLine(note)}</li>
                  ))}
                </ul>
              </Fold>
            )}

            <p className="result__disclaimer">{t.result.notDiagnosis[who]}</p>
            <DraftNotice />
            {partner && (
              <p className="result__disclaimer" data-privacy>
                {format(t.result.sharedWithPartner, { partner })}
              </p>
            )}
            {staff && (
              <CopyNote
                makeNote={async () => {
                  const now = new Date();
                  // The record language's words; if they can't load, a note beats none.
                  let words: Dictionary = t;
                  try {
                    words = await recordWords(t);
                  } catch {
                    // The screen's language, as before issue 18.
                  }
                  return formatIntakeNote({
                    answers,
                    result,
                    t: words,
                    now,
                    appVersion,
                    center,
                    programs,
                    codeLanguage,
                  });
                }}
              />
            )}
            {who !== 'staff' && <HandoffCode answers={answers} who={who} />}
            <div className="button-group no-print">
              <button
                type="button"
                className="button button--secondary"
                onClick={() => window.print()}
              >
                {t.common.print}
              </button>
              {staff ? (
                <NewCaller onConfirm={onRestart} />
              ) : (
                <button type="button" className="button button--secondary" onClick={onRestart}>
                  {t.common.startOver}
                </button>
              )}
            </div>
          </>
        )}
      </div>
    </article>
  );
}
