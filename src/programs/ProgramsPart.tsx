/**
 * The center's programs on the result (center-programs.md §2–3): the programs at the level, or
 * the referral when there are none, and the alternative's programs. Part of the result's
 * lazily loaded code. The DOM hooks (data-center-programs, data-program…, data-referral,
 * data-alternative-programs) are public: see the spec §3.
 */
import type { CareLevel } from '../results/levels';
import { useFullText } from '../i18n/context';
import { format } from '../i18n/format';
import type { VoiceKey } from '../i18n/voice';
import { CallLink } from '../ui/CallLink';
import { Interpreter } from '../screens/Interpreter';
import type { LevelPrograms, MatchedProgram } from './match';
import type { Program } from '../config/center-schema';
import type { Dictionary } from '../i18n/types';
import { langAttr } from '../i18n/in-language';
import {
  fitLines,
  insuranceText,
  languageText,
  placeParts,
  programName,
  scheduleLines,
  type MedicaidName,
} from './program-text';

/** The SAMHSA National Helpline (free, confidential, 24/7, English and Spanish). */
export const HELPLINE_TEL = 'tel:+18006624357';
export const HELPLINE_TEXT = '1-800-662-4357';
export const FIND_TREATMENT_URL = 'https://findtreatment.gov/';

interface Common {
  readonly center: string;
  readonly who: VoiceKey;
  readonly medicaid: MedicaidName;
}

function ProgramItem({
  match,
  who,
  medicaid,
  headingLevel,
}: Omit<Common, 'center'> & { match: MatchedProgram; headingLevel: 'h3' | 'h4' }) {
  const t = useFullText();
  const p = t.programs;
  const { program } = match;
  const Heading = headingLevel;
  const fits = fitLines(t, match, who, medicaid);
  const insurance = insuranceText(t, match, who, medicaid);
  const language = languageText(t, match);
  const name = programName(t, program);
  return (
    <li
      className="program"
      data-program={program.id}
      data-program-level={program.level}
      data-program-times={match.times.join(' ')}
    >
      <Heading className="program__name" lang={langAttr(name, t.lang)}>
        {name.text}
      </Heading>
      <dl className="program__facts">
        <div className="program__fact">
          <dt>{p.when}</dt>
          {scheduleLines(t, program).map((line) => (
            <dd key={line}>{line}</dd>
          ))}
          {language && <dd>{language}</dd>}
        </div>
        <div className="program__fact">
          <dt>{p.where}</dt>
          <dd>
            <PlaceText t={t} program={program} />
          </dd>
        </div>
        {insurance && (
          <div className="program__fact">
            <dt>{p.insurance}</dt>
            <dd>{insurance}</dd>
          </div>
        )}
        {fits.length > 0 && (
          <div className="program__fact program__fact--list">
            <dt>{p.whyItFits}</dt>
            <dd>
              <ul className="list list--fit">
                {fits.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </dd>
          </div>
        )}
      </dl>
    </li>
  );
}

function ProgramList({
  matches,
  headingLevel,
  ...common
}: Omit<Common, 'center'> & { matches: readonly MatchedProgram[]; headingLevel: 'h3' | 'h4' }) {
  return (
    <ul className="program-list">
      {matches.map((m) => (
        <ProgramItem key={m.program.id} match={m} headingLevel={headingLevel} {...common} />
      ))}
    </ul>
  );
}

function Referral({
  level,
  reason,
  center,
  who,
}: Extract<LevelPrograms, { kind: 'referral' }> & Common) {
  const t = useFullText();
  const r = t.programs.referral;
  // Early intervention is information, not alarm: the helpline answers questions too.
  const info = level === 'early-intervention';
  const values = { center, level: t.levels[level].inSentence };
  return (
    <section className="card referral" data-referral aria-labelledby="referral-title">
      <h2 id="referral-title">{info ? r.infoHeading : r.heading}</h2>
      <p>
        {format(reason === 'none-for-age' ? r.noneForAge : r.noneAtLevel, values)}{' '}
        {format((info ? r.infoCall : r.callAnyway)[who], values)}
      </p>
      <Interpreter who={who} />
      <p>{info ? r.infoHelpline : r.helpline[who]}</p>
      <p className="card__actions">
        <CallLink className="button button--secondary" href={HELPLINE_TEL}>
          {r.callHelpline} <span className="referral__number">{HELPLINE_TEXT}</span>
        </CallLink>
      </p>
      <p>
        {r.search[who]}{' '}
        <a href={FIND_TREATMENT_URL} target="_blank" rel="noopener noreferrer">
          FindTreatment.gov
        </a>
      </p>
    </section>
  );
}

/** The programs at the result's level, or the referral. Right after the call card. */
export function LevelProgramsPart({
  part,
  freeVerification,
  ...common
}: Common & { part: LevelPrograms; freeVerification: boolean }) {
  const t = useFullText();
  const p = t.programs;
  if (part.kind === 'referral') return <Referral {...part} {...common} />;
  return (
    <section className="programs" data-center-programs aria-labelledby="programs-title">
      <h2 id="programs-title">{format(p.heading, { center: common.center })}</h2>
      <p>
        {p.intro[common.who]}
        {freeVerification &&
          ` ${format(p.freeVerification[common.who], { center: common.center })}`}
      </p>
      <ProgramList matches={part.programs} headingLevel="h3" {...common} />
    </section>
  );
}

/** The alternative's programs, under the contract's "option to ask about" wording. */
export function AlternativeProgramsPart({
  level,
  programs,
  ...common
}: Common & { level: CareLevel; programs: readonly MatchedProgram[] }) {
  const t = useFullText();
  return (
    <section
      className="programs programs--alternative"
      data-alternative-programs
      aria-labelledby="alternative-programs-title"
    >
      {/* Folded (issue 19): the option to ask about, after the level's own programs. */}
      <details className="fold" data-fold>
        <summary className="fold__summary">
          <h3 id="alternative-programs-title" className="fold__title">
            {format(t.programs.alternativeHeading, {
              level: t.levels[level].inSentence,
              center: common.center,
            })}
          </h3>
        </summary>
        <div className="fold__body">
          <ProgramList matches={programs} headingLevel="h4" {...common} />
        </div>
      </details>
    </section>
  );
}

/** Where, with a place the center gives only in English marked `lang="en"` inside the sentence. */
function PlaceText({ t, program }: { t: Dictionary; program: Program }) {
  const { place, text } = placeParts(t, program);
  const lang = place && langAttr(place, t.lang);
  if (!place || !lang) return <>{text}</>;
  const [before = '', after = ''] = text.split(place.text);
  return (
    <>
      {before}
      <span lang={lang}>{place.text}</span>
      {after}
    </>
  );
}
