/**
 * The wizard's flow: start → question screens (only those asked) → review → result, with the
 * crisis interrupt (contract Step 0). One state per screen, generated from the screen list, so
 * the statechart itself holds every route; the guards wrap the pure rules of navigation.ts.
 *
 * Back follows a history stack (the steps actually visited), not "index − 1".
 */
import { and, assign, createMachine, setup } from 'xstate';
import type { Answers } from '../../questions/answers';
import type { ScreenId } from '../../questions/screens';
import type { CodeLanguage } from '../../questions/handoff-code';
import {
  SCREEN_IDS,
  askedScreens,
  backStep,
  destinationAfterSubmit,
  emergencyScreen,
  firstIncompleteScreen,
  mergeScreen,
  type Step,
} from './navigation';

export type { Step };

export interface WizardContext {
  /** Everything entered, stale answers included; the engine reads only what is asked. */
  readonly answers: Answers;
  /** The steps visited before the current one; Back pops it. */
  readonly history: readonly Step[];
  /** Set by a Change link on the review: Continue goes back there when nothing new opened. */
  readonly returnToReview: boolean;
  /** The screens asked when Change was pressed: any other screen the change opens is new. */
  readonly askedAtChange: readonly ScreenId[];
  /**
   * The answers came from a handoff code (issue 18): the language of the screen it was made on,
   * or 'not-recorded' for a code of the first version. null: not from a code. Staff mode names
   * it and suggests an interpreter; it goes with the answers (RESTART forgets both). Absent: null.
   */
  readonly codeLanguage?: CodeLanguage | 'not-recorded' | null;
}

/** The language a handoff code names, as the wizard keeps it. */
export type CodeLanguageRecord = CodeLanguage | 'not-recorded';

export type WizardEvent =
  /** `codeLanguage`: the walk of a handoff code's answers; absent keeps what was there. */
  | { type: 'START'; codeLanguage?: CodeLanguageRecord }
  | { type: 'SUBMIT'; screen: ScreenId; values: unknown }
  | { type: 'BACK' }
  | { type: 'CHANGE'; screen: ScreenId }
  | { type: 'CONFIRM' }
  | { type: 'RESTART' };

export interface WizardInput {
  readonly answers?: Answers;
  readonly history?: readonly Step[];
  readonly returnToReview?: boolean;
  readonly askedAtChange?: readonly ScreenId[];
}

type SubmitEvent = Extract<WizardEvent, { type: 'SUBMIT' }>;

/**
 * The answers after a SUBMIT, merged once per event: XState tries the screen's transitions in
 * turn (one per possible destination), and each guard and then the action ask for them. The
 * same object each time also means navigation.ts walks it once.
 */
const merges = new WeakMap<SubmitEvent, { readonly base: Answers; readonly answers: Answers }>();
function submittedAnswers(context: WizardContext, event: SubmitEvent): Answers {
  const hit = merges.get(event);
  if (hit?.base === context.answers) return hit.answers;
  const answers = mergeScreen(context.answers, event.screen, event.values);
  merges.set(event, { base: context.answers, answers });
  return answers;
}

/**
 * Where a SUBMIT leads, worked out once per event for the same context: the guard asks once
 * for each possible destination (about twenty), and each answer walks the screens.
 */
const destinations = new WeakMap<
  SubmitEvent,
  { readonly context: WizardContext; readonly step: Step | undefined }
>();
function submitDestination(context: WizardContext, event: WizardEvent): Step | undefined {
  if (event.type !== 'SUBMIT') return undefined;
  const hit = destinations.get(event);
  if (hit?.context === context) return hit.step;
  const step = destinationAfterSubmit(
    submittedAnswers(context, event),
    event.screen,
    context.returnToReview ? { askedAtChange: context.askedAtChange } : null,
  );
  destinations.set(event, { context, step });
  return step;
}

/**
 * XState's `setup`, typed as it is, with only the `createMachine` the wizard uses. The real one
 * also returns `sendTo`, `log`, `emit`, `enqueueActions`, ... which would bring their code onto
 * the first load (about 0.7 KB gzipped) though nothing here calls them. Its `createMachine` is
 * exactly this (xstate/dist/xstate.esm.js).
 */
const machineOf = createMachine as (config: object, implementations: object) => unknown;
const lightSetup = (({ schemas, actors, actions, guards, delays }) => ({
  createMachine: (config: object) =>
    machineOf({ ...config, schemas }, { actors, actions, guards, delays }),
})) as typeof setup;

const wizardSetup = lightSetup({
  types: {
    context: {} as WizardContext,
    events: {} as WizardEvent,
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- the assertion is what types `input`
    input: {} as WizardInput,
  },
  guards: {
    /** A SUBMIT sent for another screen (a double click landing late) is ignored. */
    isForThisScreen: ({ event }, params: { screen: ScreenId }) =>
      event.type === 'SUBMIT' && event.screen === params.screen,
    submitLeadsTo: ({ context, event }, params: { step: Step }) =>
      submitDestination(context, event) === params.step,
    isChangeOf: ({ event }, params: { screen: ScreenId }) =>
      event.type === 'CHANGE' && event.screen === params.screen,
    backLeadsTo: ({ context }, params: { step: Step; from: Step }) =>
      backStep(context.history, context.answers, params.from)?.step === params.step,
    hasEmergency: ({ context }) => emergencyScreen(context.answers) !== undefined,
    isFirstIncomplete: ({ context }, params: { screen: ScreenId }) =>
      firstIncompleteScreen(context.answers) === params.screen,
  },
  actions: {
    saveScreen: assign({
      answers: ({ context, event }) =>
        event.type === 'SUBMIT' ? submittedAnswers(context, event) : context.answers,
    }),
    pushHistory: assign({
      history: ({ context }, params: { step: Step }) => [...context.history, params.step],
    }),
    popHistory: assign({
      history: ({ context }, params: { from: Step }) =>
        context.history.slice(
          0,
          backStep(context.history, context.answers, params.from)?.index ?? 0,
        ),
    }),
    markReturnToReview: assign({
      returnToReview: true,
      askedAtChange: ({ context }) => askedScreens(context.answers),
    }),
    clearReturnToReview: assign({ returnToReview: false, askedAtChange: [] }),
    // START only: a code's walk names its language; a START without one keeps what was there.
    noteCodeLanguage: assign({
      codeLanguage: ({ context, event }) =>
        (event as { codeLanguage?: CodeLanguageRecord }).codeLanguage ?? context.codeLanguage,
    }),
    forgetEverything: assign({
      answers: {},
      history: [],
      returnToReview: false,
      askedAtChange: [],
      codeLanguage: undefined,
    }),
  },
});

const push = (step: Step) => ({ type: 'pushHistory', params: { step } }) as const;

/** Back: to the latest step visited that is still on the path. */
const backTo = (self: Step) =>
  (['start', ...SCREEN_IDS, 'review'] as const)
    .filter((step) => step !== self)
    .map((step) => ({
      guard: { type: 'backLeadsTo', params: { step, from: self } } as const,
      target: step,
      actions: { type: 'popHistory', params: { from: self } } as const,
    }));

/** Continue on a question screen: to the step navigation.ts names, if the event is ours. */
const submitFrom = (screen: ScreenId) =>
  (['crisis', 'review', ...SCREEN_IDS.filter((s) => s !== screen)] as const).map((step) => ({
    guard: and([
      { type: 'isForThisScreen', params: { screen } },
      { type: 'submitLeadsTo', params: { step } },
    ]),
    target: step,
    actions: [
      push(screen),
      'saveScreen' as const,
      ...(step === 'review' ? (['clearReturnToReview'] as const) : []),
    ],
  }));

const questionStates = Object.fromEntries(
  SCREEN_IDS.map((screen) => [
    screen,
    { tags: ['question'], on: { SUBMIT: submitFrom(screen), BACK: backTo(screen) } },
  ]),
) as Record<ScreenId, { tags: string[]; on: object }>;

export const wizardMachine = wizardSetup.createMachine({
  id: 'wizard',
  initial: 'start',
  context: ({ input }) => ({
    answers: input?.answers ?? {},
    history: input?.history ?? [],
    returnToReview: input?.returnToReview ?? false,
    askedAtChange: input?.askedAtChange ?? [],
  }),
  on: {
    RESTART: { target: '.start', actions: 'forgetEverything' },
  },
  states: {
    start: {
      on: {
        START: { target: SCREEN_IDS[0], actions: [push('start'), 'noteCodeLanguage' as const] },
      },
    },
    ...questionStates,
    review: {
      // Back on the review by any route: a Change made earlier no longer steers Continue.
      entry: 'clearReturnToReview',
      on: {
        CHANGE: SCREEN_IDS.map((screen) => ({
          guard: { type: 'isChangeOf', params: { screen } } as const,
          target: screen,
          actions: [push('review'), 'markReturnToReview' as const],
        })),
        // Continue: the result, unless an emergency answer stands (the crisis screen: never
        // past it) or something is still unanswered (then that screen).
        CONFIRM: [
          { guard: 'hasEmergency', target: 'crisis', actions: push('review') },
          ...SCREEN_IDS.map((screen) => ({
            guard: { type: 'isFirstIncomplete', params: { screen } } as const,
            target: screen,
            actions: [push('review'), 'markReturnToReview' as const],
          })),
          { target: 'result', actions: push('review') },
        ],
        BACK: backTo('review'),
      },
    },
    result: {
      tags: ['done'],
      on: { BACK: backTo('result') },
    },
    crisis: {
      tags: ['done'],
      // Only back, to change the answer that raised it: never forward past it.
      on: { BACK: backTo('crisis') },
    },
  },
});

/** A resolved state of the wizard, as a restored session starts it. */
export type WizardSnapshot = ReturnType<typeof wizardMachine.resolveState>;
