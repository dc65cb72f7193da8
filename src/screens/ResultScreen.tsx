/**
 * The result (contract §4): level in plain words and its ASAM number, why, what a week looks
 * like, the alternative, withdrawal care, an urgency card, the center's number, the notes,
 * "not a diagnosis", print and start over. The root carries data-level/-asam/-urgency.
 */
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
import { version as appVersion } from '../../package.json';
import { useFirstFramePainted } from '../ui/useFirstFramePainted';
import { centerPrograms } from '../config/center-programs';
import { factsFromAnswers, programsForResult, type CenterPrograms } from '../programs/match';
import { AlternativeProgramsPart, LevelProgramsPart } from '../programs/ProgramsPart';
import { HandoffCode } from './HandoffCode';
import { CallCard } from './CallCard';

export interface ResultScreenProps {
  readonly answers: Answers;
  readonly result: Recommendation;
  readonly onRestart: () => void;
  /** The center's programs (a test may give others). */
  readonly programs?: CenterPrograms;
}

export function ResultScreen({
  answers,
  result,
  onRestart,
  programs = centerPrograms,
}: ResultScreenProps) {
  const t = useFullText();
  const { center, mode, partner } = useSettings();
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
  const programsCommon = {
    center,
    who,
    medicaid: centerConfig.stateInsuranceProgram?.[t.lang] ?? t.result.medicaidFallback,
  };

  return (
    <article
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

            <section aria-labelledby="why-title">
              <h2 id="why-title">{t.result.whyHeading}</h2>
              <ul className="list list--bullet">
                {result.reasons.map((code) => (
                  <li key={code}>{t.reasons[code]?.[who] ?? code}</li>
                ))}
              </ul>
            </section>

            <section aria-labelledby="week-title">
              <h2 id="week-title">{t.result.weekHeading}</h2>
              <ul className="list list--bullet">
                {level.week.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </section>

            {result.alternative && (
              <section aria-labelledby="alternative-title">
                <h2 id="alternative-title">{t.result.alternativeHeading}</h2>
                <p>
                  {format(t.result.alternativeBody[who], {
                    level: level.name,
                    alternative: t.levels[result.alternative].name,
                  })}
                </p>
                {shown?.alternative && (
                  <AlternativeProgramsPart {...shown.alternative} {...programsCommon} />
                )}
              </section>
            )}

            <section aria-labelledby="withdrawal-title">
              <h2 id="withdrawal-title">{t.result.withdrawalHeading}</h2>
              <p>{t.result.withdrawal[result.withdrawal][who]}</p>
            </section>

            {notes.length > 0 && (
              <section aria-labelledby="notes-title">
                <h2 id="notes-title">{t.result.notesHeading}</h2>
                <ul className="list list--notes">
                  {notes.map((note) => (
                    <li key={note}>{noteText(t, note, answers, who)}</li>
                  ))}
                </ul>
              </section>
            )}

            <p className="result__disclaimer">{t.result.notDiagnosis[who]}</p>
            {partner && (
              <p className="result__disclaimer" data-privacy>
                {format(t.result.sharedWithPartner, { partner })}
              </p>
            )}
            {staff && (
              <CopyNote
                makeNote={() =>
                  formatIntakeNote({
                    answers,
                    result,
                    t,
                    now: new Date(),
                    appVersion,
                    center,
                    programs,
                  })
                }
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
