import { centerConfig } from '../config/center';
import { questionText, type OptionText, type QuestionScreenWords } from '../i18n/types';

/**
 * A question's option words. The Medicaid option names the state's programme where the center
 * configures one ("Medi-Cal (Medicaid)"), so people find the name they know.
 */
export function optionTexts(
  t: QuestionScreenWords,
  questionId: string,
): Readonly<Record<string, OptionText>> {
  const options = questionText(t, questionId).options;
  const program = centerConfig.stateInsuranceProgram?.[t.lang];
  if (questionId !== 'insurance.type' || !program || !options.medicaid) return options;
  return {
    ...options,
    medicaid: { ...options.medicaid, label: `${program} (${options.medicaid.label})` },
  };
}
