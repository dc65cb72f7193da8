/**
 * The programs block of the staff intake note (center-programs.md §2.7): the programs shown on
 * the result, top three at the level then the alternative's, each as one line with its times,
 * place and why it may fit; or the referral. Plain strings: ./intake-note.ts lays them out.
 */
import type { Dictionary } from '../i18n/types';
import type { Recommendation } from '../results/recommend';
import type { Answers } from '../questions/answers';
import {
  factsFromAnswers,
  programsForResult,
  type CenterPrograms,
  type MatchedProgram,
} from '../programs/match';
import {
  fitLines,
  insuranceText,
  languageText,
  placeText,
  scheduleLines,
} from '../programs/program-text';

export interface ProgramNote {
  /** One item per program at the level, or the referral's one line. */
  readonly atLevel: readonly string[];
  /** The alternative's level name and its programs, when it has any. */
  readonly alternative: { readonly level: string; readonly items: readonly string[] } | null;
}

function programLine(t: Dictionary, match: MatchedProgram, medicaid: string): string {
  const { program } = match;
  const facts = [
    ...scheduleLines(t, program),
    languageText(t, match),
    placeText(t, program),
    insuranceText(t, match, 'staff', medicaid),
  ].filter((fact): fact is string => fact !== null);
  // Staff read the result about the caller or the person they call about: the "they" form.
  const why = fitLines(t, match, 'staff', medicaid);
  const whyText = why.length > 0 ? ` ${t.programs.whyItFits}: ${why.join('; ')}.` : '';
  return `${program.name[t.lang] ?? program.name.en}: ${facts.join('; ')}.${whyText}`;
}

/** The programs block's content, or null for an emergency. */
export function programNote(
  t: Dictionary,
  programs: CenterPrograms,
  result: Recommendation,
  answers: Answers,
  medicaid: string,
): ProgramNote | null {
  const shown = programsForResult(programs.programs, result, factsFromAnswers(answers, t.lang));
  if (!shown) return null;
  return {
    atLevel:
      shown.main.kind === 'programs'
        ? shown.main.programs.map((m) => programLine(t, m, medicaid))
        : [t.programs.staff.noteReferral],
    alternative: shown.alternative && {
      level: t.levels[shown.alternative.level].name,
      items: shown.alternative.programs.map((m) => programLine(t, m, medicaid)),
    },
  };
}
