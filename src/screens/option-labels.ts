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
  // The same object every time for the same words, so a memoised field can skip a render.
  let named = withProgram.get(options);
  if (!named) {
    named = {
      ...options,
      medicaid: { ...options.medicaid, label: `${program} (${options.medicaid.label})` },
    };
    withProgram.set(options, named);
  }
  return named;
}

const withProgram = new WeakMap<object, Readonly<Record<string, OptionText>>>();
