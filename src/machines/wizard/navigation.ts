/**
 * Pure navigation over the question bank: which screens are asked, which is next, whether a
 * submitted screen raised an emergency. The machine's guards are thin wrappers over these.
 */
import { QUESTIONS, type Question } from '../../questions/bank';
import { screenQuestions } from '../../questions/screen-schema';
import {
  askedWhen,
  copyAnswers,
  isEmpty,
  readAnswer,
  walkAnswers,
  writeAnswer,
  type Answers,
  type WalkResult,
} from '../../questions/answers';
import { SCREENS, type ScreenId } from '../../questions/screens';

export const SCREEN_IDS = SCREENS.map((s) => s.id) as readonly ScreenId[];

/**
 * The walk over the whole bank, once per answers object: a Continue asks several questions of
 * the same answers (is the screen complete, is there an emergency, what comes next, what does
 * the screen count show), and each used to walk the bank again. Answers held by the machine
 * are never changed in place (every change makes a new object), so an object's walk can't go
 * stale; its clean answers are frozen so nobody changes them either.
 */
const walks = new WeakMap<object, WalkResult>();
function fullWalk(answers: Answers): WalkResult {
  let walk = walks.get(answers);
  if (!walk) {
    walk = walkAnswers(answers);
    for (const section of Object.values(walk.answers)) {
      if (typeof section === 'object' && section !== null) Object.freeze(section);
    }
    Object.freeze(walk.answers);
    walks.set(answers, walk);
  }
  return walk;
}

/** The answers of valid, asked questions only, in asking order (stale answers dropped). */
export function askedAnswers(answers: Answers): Answers {
  return fullWalk(answers).answers;
}

// The helpers below take `clean` answers (one walk, done by the exported caller), so a walk
// over the whole bank is not repeated once per screen.
const askedIn = (screen: ScreenId, clean: Answers): boolean =>
  screenQuestions(screen).some((q) => askedWhen(q, clean));
const missingIn = (screen: ScreenId, clean: Answers): Question[] =>
  screenQuestions(screen).filter(
    (q) => askedWhen(q, clean) && readAnswer(clean, q.id) === undefined,
  );

/** Is any question of this screen asked, given the answers so far? */
export function isScreenAsked(screen: ScreenId, answers: Answers): boolean {
  return askedIn(screen, askedAnswers(answers));
}

/** Asked questions of a screen that have no valid answer yet. */
export function missingOnScreen(screen: ScreenId, answers: Answers): Question[] {
  return missingIn(screen, askedAnswers(answers));
}

/** The next asked screen after `from` in bank order, or undefined when the review comes next. */
export function nextScreenAfter(from: ScreenId | 'start', answers: Answers): ScreenId | undefined {
  const start = from === 'start' ? 0 : SCREEN_IDS.indexOf(from) + 1;
  const clean = askedAnswers(answers);
  return SCREEN_IDS.slice(start).find((s) => askedIn(s, clean));
}

/** The first asked screen with an unanswered question (for returns from the review). */
export function firstIncompleteScreen(answers: Answers): ScreenId | undefined {
  const clean = askedAnswers(answers);
  return SCREEN_IDS.find((s) => missingIn(s, clean).length > 0);
}

/**
 * The screen holding the first emergency answer that still stands (asked and valid), if any.
 * Submitting that screen, or any after it, goes to the crisis screen.
 */
export function emergencyScreen(answers: Answers): ScreenId | undefined {
  const at = fullWalk(answers).emergencyAt;
  return at ? SCREENS.find((s) => (s.questions as readonly string[]).includes(at))?.id : undefined;
}

export function raisesEmergency(screen: ScreenId, answers: Answers): boolean {
  const at = emergencyScreen(answers);
  return at !== undefined && SCREEN_IDS.indexOf(at) <= SCREEN_IDS.indexOf(screen);
}

/**
 * Merges one screen's submitted values into the answers: only that screen's question ids are
 * taken, so a forged or stale field can't write elsewhere. Arrays are copied.
 */
export function mergeScreen(answers: Answers, screen: ScreenId, values: unknown): Answers {
  const next = copyAnswers(answers) as Record<string, unknown>;
  for (const q of screenQuestions(screen)) {
    const value = readAnswer(values, q.id);
    writeAnswer(next, q.id, isEmpty(value) ? undefined : value);
  }
  return next;
}

export { isEmpty };

/** Every question id on the screens before `screen` (for per-screen validation context). */
export function questionsBefore(screen: ScreenId): readonly Question[] {
  const index = SCREEN_IDS.indexOf(screen);
  const earlier = new Set(SCREENS.slice(0, index).flatMap((s) => s.questions as readonly string[]));
  return (QUESTIONS as readonly Question[]).filter((q) => earlier.has(q.id));
}

/** The answers of the screens before `screen`, validated with the skip logic. */
export function answersBefore(screen: ScreenId, answers: Answers): Answers {
  return walkAnswers(answers, questionsBefore(screen)).answers;
}

export type Step = 'start' | ScreenId | 'review' | 'result' | 'crisis';

/**
 * Where Continue on a question screen leads: nowhere while the screen is incomplete; the
 * crisis screen when an emergency answer stands on it or before it; after a change from the
 * review, the first screen the change opened, else the review; otherwise the next asked screen.
 */
export function destinationAfterSubmit(
  answers: Answers,
  screen: ScreenId,
  review: { readonly askedAtChange: readonly ScreenId[] } | null,
): Step | undefined {
  if (missingOnScreen(screen, answers).length > 0) return undefined;
  if (raisesEmergency(screen, answers)) return 'crisis';
  if (!review) return nextScreenAfter(screen, answers) ?? 'review';
  // A change from the review: screens it opened (not on the review before) are asked first,
  // even when old answers to them are kept, so nothing is judged on answers not seen again.
  const later = SCREEN_IDS.slice(SCREEN_IDS.indexOf(screen) + 1);
  const opened = later.find(
    (s) =>
      isScreenAsked(s, answers) &&
      (!review.askedAtChange.includes(s) || missingOnScreen(s, answers).length > 0),
  );
  return opened ?? firstIncompleteScreen(answers) ?? 'review';
}

/** The screens asked with these answers, in order. */
export function askedScreens(answers: Answers): ScreenId[] {
  const clean = askedAnswers(answers);
  return SCREEN_IDS.filter((s) => askedIn(s, clean));
}

/**
 * Where Back goes: the latest step in the history that is still part of the path. A screen a
 * later change no longer asks is skipped (it would show questions that no longer count).
 */
export function backStep(
  history: readonly Step[],
  answers: Answers,
  from?: Step,
): { readonly step: Step; readonly index: number } | undefined {
  const clean = askedAnswers(answers);
  for (let index = history.length - 1; index >= 0; index--) {
    const step = history[index]!;
    if (step === from) continue; // Back always moves
    const screen = (SCREEN_IDS as readonly string[]).includes(step);
    if (screen && !askedIn(step as ScreenId, clean)) continue;
    return { step, index };
  }
  return undefined;
}
