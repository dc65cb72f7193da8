/**
 * "Question 5 of about 17": a question screen's place among the screens asked, and how many
 * screens the whole check has given the answers so far, from the skip logic the machine uses
 * (askedScreens, askedWhen). A screen counts when it is asked, or may still be: when it hangs
 * on an answer not given yet. So, going forward, the total only ever goes down as answers come
 * in (it never jumps up on an anxious reader), and it is exact, "about" dropped, once nothing
 * is left undecided: the last question is always "N of N".
 *
 * Worked out from the answers the machine holds (those of the screens already continued),
 * never from a screen's unsubmitted choices: a screen's count doesn't change while it is read
 * (a screen reader has just announced it with the heading); a choice that opens or closes
 * later screens shows in the next screen's count.
 */
import { QUESTIONS, type Question } from '../../questions/bank';
import { askedWhen, readAnswer, type Answers } from '../../questions/answers';
import { SCREENS, type ScreenId } from '../../questions/screens';
import { askedAnswers, askedScreens } from './navigation';

export interface Progress {
  /** The screen's number among the screens asked, from 1 ("Question N"). */
  readonly n: number;
  /** How many question screens the check has: asked ones, and those still undecided. */
  readonly total: number;
  /** No screen is undecided: `total` is the number of screens there will be. */
  readonly exact: boolean;
}

export function progressAt(screen: ScreenId, answers: Answers): Progress {
  const clean = askedAnswers(answers);
  // Questions that may be asked and have no answer yet, in asking order (a condition only
  // names an earlier question).
  const open = new Set<string>();
  for (const q of QUESTIONS as readonly Question[]) {
    if (readAnswer(clean, q.id) === undefined && askedWhen(q, clean, (id) => open.has(id))) {
      open.add(q.id);
    }
  }
  const asked: readonly string[] = askedScreens(answers);
  const total = SCREENS.filter(
    (s) => asked.includes(s.id) || s.questions.some((id) => open.has(id)),
  ).length;
  return { n: asked.indexOf(screen) + 1, total, exact: total === asked.length };
}
