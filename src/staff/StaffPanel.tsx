/**
 * Staff mode's live view: the six dimension ratings by their ASAM 3rd-edition names, severity
 * and criteria count, and the provisional level, as answers come in. Questions not reached
 * yet count as their lowest risk (contract §1 "Partial answers"), and the panel says so.
 */
import type { Answers } from '../questions/answers';
import { DIMENSIONS } from '../results/levels';
import { useFullText } from '../i18n/context';
import { format } from '../i18n/format';
import { provisionalRatings } from './dimensions';
import { centerPrograms } from '../config/center-programs';
import { factsFromAnswers, rankPrograms, type CenterPrograms } from '../programs/match';
import type { CodeLanguageRecord } from '../machines/wizard/wizard.machine';
import { codeLanguageText } from './code-language';

export function StaffPanel({
  answers,
  programs = centerPrograms,
  codeLanguage = null,
}: {
  answers: Answers;
  /** The center's programs (a test may give others). */
  programs?: CenterPrograms;
  /** The language the caller's handoff code names, when the answers came from one (issue 18). */
  codeLanguage?: CodeLanguageRecord | null | undefined;
}) {
  const t = useFullText();
  const s = t.staff.ui;
  const r = provisionalRatings(answers);
  const language = codeLanguageText(t.interpreter, codeLanguage, t.lang);
  // The first program that fits at the provisional level, as the result would order them.
  const first =
    r.level === 'emergency'
      ? undefined
      : rankPrograms(programs.programs, r.level, factsFromAnswers(answers, t.lang))[0];
  const level =
    r.level === 'emergency' ? s.emergency : `${t.levels[r.level].name} (ASAM ${r.asamLevel ?? ''})`;
  return (
    <details className="staff-panel" open>
      <summary className="staff-panel__summary">
        {s.panelTitle}: {level}
      </summary>
      {language && (
        <p className="staff-panel__language" data-caller-language={codeLanguage ?? undefined}>
          {language}
        </p>
      )}
      <p className="staff-panel__note">{s.panelNote}</p>
      <dl className="staff-panel__list">
        {DIMENSIONS.map((d) => (
          <div key={d} className="staff-panel__row">
            <dt>{t.staff.dimensions[d]}</dt>
            <dd className="staff-panel__rating">{format(s.rating, { n: r.dimensions[d] })}</dd>
          </div>
        ))}
        <div className="staff-panel__row">
          <dt>{s.severity}</dt>
          <dd>
            {t.staff.severity[r.severity]} · {format(s.criteria, { n: r.criteriaCount })}
          </dd>
        </div>
        <div className="staff-panel__row">
          <dt>{s.provisionalLevel}</dt>
          <dd>{level}</dd>
        </div>
        {r.level !== 'emergency' && (
          <div className="staff-panel__row" data-staff-program={first?.program.id ?? ''}>
            <dt>{t.programs.staff.firstProgram}</dt>
            {first ? (
              <dd lang={first.program.name[t.lang] === undefined ? 'en' : undefined}>
                {first.program.name[t.lang] ?? first.program.name.en}
              </dd>
            ) : (
              <dd>{t.programs.staff.noProgram}</dd>
            )}
          </div>
        )}
      </dl>
    </details>
  );
}
